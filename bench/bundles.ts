// The chat scripts as Windmill's native workers run them: each bundled into one file by Bun.build with
// Windmill's own options (runner/native/bundle.ts), written to bench/results/bundles/ before measuring.
import { mkdirSync, writeFileSync } from "node:fs";
import { bundle } from "../runner/native/bundle.ts";
import { SCRIPTS } from "./contenders/ours.ts";
import type { Provider } from "./wire.ts";

export const BUNDLES = new URL("./results/bundles/", import.meta.url).pathname;

/** Builds the bundle of each provider's chat script; returns their sizes in bytes. */
export async function buildBundles(providers: Provider[]): Promise<Partial<Record<Provider, number>>> {
  mkdirSync(BUNDLES, { recursive: true });
  const sizes: Partial<Record<Provider, number>> = {};
  for (const p of providers) {
    const code = await bundle(SCRIPTS[p].file);
    writeFileSync(`${BUNDLES}${p}.js`, code);
    sizes[p] = code.length;
  }
  return sizes;
}
