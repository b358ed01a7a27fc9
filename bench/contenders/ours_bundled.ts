// This project's scripts as Windmill's native workers run them: bundled into one file first
// (`npm run bench -- --bundled` builds bench/results/bundles/ before measuring).
import { answerText, chatRequest, type Load } from "../chat_request.ts";
import type { Provider } from "../wire.ts";
import { SCRIPTS } from "./ours.ts";

const bundles = new URL("../results/bundles/", import.meta.url);

/** Bundles each script with everything it imports, as one file (run once, before measuring). */
export async function buildBundles(providers: Provider[]): Promise<void> {
  for (const p of providers) {
    const out = await Bun.build({
      entrypoints: [new URL(`../../${SCRIPTS[p].file}`, import.meta.url).pathname],
      target: "bun",
      format: "esm",
    });
    if (!out.success) throw new AggregateError(out.logs, `bundling ${SCRIPTS[p].file} failed`);
    await Bun.write(new URL(`${p}.js`, bundles).pathname, out.outputs[0]!);
  }
}

export const load: Load = async (provider, baseUrl) => {
  const { main } = await import(new URL(`${provider}.js`, bundles).href);
  const auth = SCRIPTS[provider].auth(baseUrl);
  return async (stream) => answerText(provider, await main(auth, chatRequest(provider, stream)));
};
