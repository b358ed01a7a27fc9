// The official AI21 SDK (bench/package.json) doing the same work as the script.
import { API_KEY, chatRequest, type Load, streamLine } from "../chat_request.ts";

export const load: Load = async (_provider, baseUrl) => {
  // Untyped on purpose: bench/node_modules exists only after `npm run bench`, type-checking runs without it.
  const { AI21 } = await import("ai21" as string);
  const client = new AI21({ apiKey: API_KEY, baseURL: baseUrl });
  return async (stream) => {
    const reply = await client.chat.completions.create(chatRequest("ai21", stream));
    if (!stream) return reply.choices[0].message.content;
    // The SDK yields events, not network chunks: a line per event is what a script built on it prints.
    let text = "";
    for await (const chunk of reply) {
      const piece = chunk.choices[0]?.delta?.content;
      if (!piece) continue;
      console.log(streamLine(piece));
      text += piece;
    }
    return text;
  };
};
