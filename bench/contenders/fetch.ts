// The floor: bare fetch, and for streams fetch + eventsource-parser, doing the work a script must do:
// parse every event's JSON, gather the text, print one WM_STREAM line per network chunk.
import { answerText, API_KEY, CHAT_PATH, chatRequest, type Load, streamLine } from "../chat_request.ts";
import type { Provider } from "../wire.ts";

export const load: Load = async (provider, baseUrl, streaming) => {
  // Only a streaming run loads the SSE parser: the bare non-streamed call (the cold-start floor) needs none.
  const sse = streaming ? await import("eventsource-parser") : undefined;
  const url = baseUrl + CHAT_PATH[provider];
  const headers = { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" };
  return async (stream) => {
    const res = await fetch(url, { method: "POST", headers, body: JSON.stringify(chatRequest(provider, stream)) });
    if (!res.ok) throw new Error(`${res.status}: ${await res.text()}`);
    if (!stream) return answerText(provider, await res.json());
    return readStream(res.body!, provider, sse!.createParser);
  };
};

async function readStream(
  body: ReadableStream<Uint8Array>,
  provider: Provider,
  createParser: typeof import("eventsource-parser").createParser,
): Promise<string> {
  let text = "";
  let pending = "";
  const parser = createParser({
    onEvent({ data }) {
      if (data === "[DONE]") return;
      const event = JSON.parse(data);
      const piece = provider === "cohere" ? event.delta?.message?.content?.text : event.choices?.[0]?.delta?.content;
      if (piece) pending += piece;
    },
  });
  const decoder = new TextDecoder();
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parser.feed(decoder.decode(value, { stream: true }));
    if (!pending) continue;
    console.log(streamLine(pending));
    text += pending;
    pending = "";
  }
  return text;
}
