// The rungs of bench/profile.ts: the probe bundle the contender argument names (probe1 … probe6),
// built from bench/probe.ts around AI21's chat script.
import { answerText, chatRequest, type Load } from "../chat_request.ts";
import { SCRIPTS } from "./ours.ts";

export const load: Load = async (provider, baseUrl) => {
  const rung = process.argv[2]!.slice("probe".length);
  const { main } = await import(new URL(`../results/bundles/probe${rung}.js`, import.meta.url).href);
  const auth = SCRIPTS[provider].auth(baseUrl);
  return async (stream) => answerText(provider, await main(auth, chatRequest(provider, stream)));
};
