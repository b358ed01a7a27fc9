// One table describes how each provider's resource looks, where its real API lives and
// which environment variables hold its key, so the rest of the runner stays generic.

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

export const providers: Record<ProviderId, ProviderInfo> = {
  ai21: {
    id: "ai21",
    label: "AI21",
    keyField: "apiKey",
    baseField: "baseUrl",
    defaultBase: "https://api.ai21.com/studio/v1",
    keyEnv: "AI21_API_KEY",
    baseEnv: "AI21_BASE_URL",
    chat: { operation: "ai21/create_chat_completion", model: "jamba-mini" },
  },
  togetherai: {
    id: "togetherai",
    label: "Together AI",
    keyField: "api_key",
    baseField: "base_url",
    defaultBase: "https://api.together.xyz/v1",
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
    keyField: "apiKey",
    baseField: "baseUrl",
    defaultBase: "https://api.cohere.com",
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
