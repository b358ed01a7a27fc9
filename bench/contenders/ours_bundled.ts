// This project's scripts as Windmill's native workers run them: the one-file bundle Windmill builds
// (bench/bundles.ts writes them before measuring), loaded under Bun or, as ours_bundled_deno, Deno.
import { answerText, chatRequest, type Load } from "../chat_request.ts";
import { SCRIPTS } from "./ours.ts";

const bundles = new URL("../results/bundles/", import.meta.url);

export const load: Load = async (provider, baseUrl) => {
  const { main } = await import(new URL(`${provider}.js`, bundles).href);
  const auth = SCRIPTS[provider].auth(baseUrl);
  return async (stream) => answerText(provider, await main(auth, chatRequest(provider, stream)));
};
