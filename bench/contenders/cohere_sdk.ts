// The official Cohere SDK (bench/package.json) doing the same work as the script.
import { API_KEY, chatRequest, type Load, streamLine } from "../chat_request.ts";

export const load: Load = async (_provider, baseUrl) => {
  // Untyped on purpose: bench/node_modules exists only after `npm run bench`, type-checking runs without it.
  const { CohereClientV2 } = await import("cohere-ai" as string);
  const client = new CohereClientV2({ token: API_KEY, environment: baseUrl });
  return async (stream) => {
    // The SDK speaks camelCase and picks the endpoint by method, not by a `stream` field.
    const { max_tokens, stream: _, ...rest } = chatRequest("cohere", stream);
    const request = { ...rest, maxTokens: max_tokens };
    if (!stream) return (await client.chat(request)).message.content.map((c: any) => c.text).join("");
    // The SDK yields events, not network chunks: a line per event is what a script built on it prints.
    let text = "";
    for await (const event of await client.chatStream(request)) {
      const piece = event.type === "content-delta" ? event.delta?.message?.content?.text : undefined;
      if (!piece) continue;
      console.log(streamLine(piece));
      text += piece;
    }
    return text;
  };
};
