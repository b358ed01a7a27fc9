// The one chat every contender sends, so they all do the same work on the way out too.
import type { Provider } from "./wire.ts";

/** A contender ready to call: one chat, streamed or not, returning the answer text (the proof it did the work). */
export type Chat = (stream: boolean) => Promise<string>;

/** What every file in contenders/ exports: set up a client for `provider` at `baseUrl` (`streaming`: for streamed chats). */
export type Load = (provider: Provider, baseUrl: string, streaming: boolean) => Promise<Chat>;

/** Windmill's result-stream line (windmill-client's appendToResultStream): newlines escaped. */
export const streamLine = (text: string) => "WM_STREAM: " + text.replace(/\n/g, "\\n");

export const API_KEY = "bench-key-0123456789abcdef";

const MODELS: Record<Provider, string> = {
  ai21: "jamba-mini",
  togetherai: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
  cohere: "command-a-03-2025",
};

/** Path below the base URL, as each provider's API has it. */
export const CHAT_PATH: Record<Provider, string> = {
  ai21: "/chat/completions",
  togetherai: "/chat/completions",
  cohere: "/v2/chat",
};

export function chatRequest(provider: Provider, stream: boolean) {
  return {
    model: MODELS[provider],
    messages: [
      { role: "system" as const, content: "You are a concise assistant for a workflow engine." },
      {
        role: "user" as const,
        content: "Explain in a few sentences how a flow passes results from one step to the next.",
      },
    ],
    max_tokens: 1024,
    temperature: 0.7,
    stream,
  };
}

/** The answer text of a non-streamed reply, in each provider's shape. */
export function answerText(provider: Provider, reply: any): string {
  if (provider === "cohere") return (reply?.message?.content ?? []).map((c: any) => c?.text ?? "").join("");
  return reply?.choices?.[0]?.message?.content ?? "";
}
