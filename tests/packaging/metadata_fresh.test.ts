// Fails when a .script.yaml (or wmill-lock.yaml) is not what `npm run metadata` would write:
// the script's signature changed and the metadata was not regenerated. Data-driven over f/,
// so scripts added later are covered; nothing is written to disk.
import { describe, expect, test } from "bun:test";
import { join } from "node:path";
import { planMetadata } from "../../tools/metadata_core.ts";
import { listScripts, metadataPath } from "../../tools/script_files.ts";
import { WMILL_LOCKFILE } from "../../tools/wmill_format.ts";

const ROOT = join(import.meta.dir, "../..");
const scripts = listScripts(ROOT);
const plan = planMetadata(ROOT);
const stale = new Map(plan.changes.map((c) => [c.path, c]));
const hint = "stale: run `npm run metadata` and commit the result";

describe("script metadata is up to date", () => {
  test("f/ holds scripts or library modules", () => {
    // Not an error while the tree is being built, but say so: every other test here is per script.
    if (scripts.length === 0) console.warn("metadata_fresh: no scripts under f/ yet");
    expect(Array.isArray(scripts)).toBe(true);
  });

  test.each(scripts)("%s", (script) => {
    const change = stale.get(metadataPath(script));
    if (!change) return;
    if (change.before === undefined) throw new Error(`${change.path} is missing: run \`npm run metadata\``);
    expect(change.before, hint).toBe(change.after);
  });

  test(WMILL_LOCKFILE, () => {
    const change = stale.get(WMILL_LOCKFILE);
    expect(change?.before, `${WMILL_LOCKFILE} ${hint}`).toBe(change?.after);
  });

  test("no .script.yaml without its script", () => {
    expect(plan.orphans).toEqual([]);
  });
});
