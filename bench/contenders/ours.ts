// This project's scripts, called the way Windmill calls them: main(auth, body).
import { answerText, API_KEY, chatRequest, type Load } from "../chat_request.ts";
import type { Provider } from "../wire.ts";

/** The chat script of each provider and the resource it takes (field names as in f/core/providers.ts). */
export const SCRIPTS: Record<Provider, { file: string; auth: (baseUrl: string) => object }> = {
  ai21: { file: "f/ai21/create_chat_completion.ts", auth: (baseUrl) => ({ apiKey: API_KEY, baseUrl }) },
  togetherai: { file: "f/togetherai/create_chat_completion.ts", auth: (base_url) => ({ api_key: API_KEY, base_url }) },
  cohere: { file: "f/cohere/chat.ts", auth: (baseUrl) => ({ apiKey: API_KEY, baseUrl }) },
};

export const load: Load = async (provider, baseUrl) => {
  const script = SCRIPTS[provider];
  // A computed path: the scripts of the other providers may not exist yet, and type-checking must not care.
  const { main } = await import(new URL(`../../${script.file}`, import.meta.url).href);
  const auth = script.auth(baseUrl);
  // Streamed or not, the script returns the non-streamed response shape; it prints WM_STREAM lines itself.
  return async (stream) => answerText(provider, await main(auth, chatRequest(provider, stream)));
};
