// One table describes how each provider's resource looks, where its real API lives and
// which environment variables hold its key, so the rest of the runner stays generic. The
// resource's field names and the default base URL are the deployed core's (f/core/providers.ts);
// what only the runner needs (display name, environment variables, the tour's chat) lives here.
import { PROVIDERS } from "../f/core/providers.ts";

export type ProviderId = "ai21" | "togetherai" | "cohere";

export type ProviderInfo = {
  id: ProviderId;
  label: string;
  /** resource field names differ: Together's Hub resource type uses snake_case */
  keyField: string;
  baseField: string;
  defaultBase: string;
  keyEnv: string;
  baseEnv: string;
  /** the chat script the tour runs, and a body that streams */
  chat: { operation: string; model: string };
};

const deployed = (id: ProviderId) => ({
  keyField: PROVIDERS[id].key,
  baseField: PROVIDERS[id].base,
  defaultBase: PROVIDERS[id].url,
});

export const providers: Record<ProviderId, ProviderInfo> = {
  ai21: {
    id: "ai21",
    label: "AI21",
    ...deployed("ai21"),
    keyEnv: "AI21_API_KEY",
    baseEnv: "AI21_BASE_URL",
    chat: { operation: "ai21/create_chat_completion", model: "jamba-mini" },
  },
  togetherai: {
    id: "togetherai",
    label: "Together AI",
    ...deployed("togetherai"),
    keyEnv: "TOGETHER_API_KEY",
    baseEnv: "TOGETHER_BASE_URL",
    chat: {
      operation: "togetherai/create_chat_completion",
      model: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
    },
  },
  cohere: {
    id: "cohere",
    label: "Cohere",
    ...deployed("cohere"),
    // CO_API_KEY / CO_API_URL are the names the official Cohere SDK reads
    keyEnv: "CO_API_KEY",
    baseEnv: "CO_API_URL",
    chat: { operation: "cohere/chat", model: "command-a-plus-05-2026" },
  },
};

export const providerIds = Object.keys(providers) as ProviderId[];

export function isProviderId(value: string): value is ProviderId {
  return (providerIds as string[]).includes(value);
}

export function makeResource(provider: ProviderId, apiKey: string, baseUrl?: string): Record<string, string> {
  const info = providers[provider];
  const resource: Record<string, string> = { [info.keyField]: apiKey };
  if (baseUrl) resource[info.baseField] = baseUrl;
  return resource;
}
