// Fails when a .script.yaml (or wmill-lock.yaml) is not what `npm run metadata` would write:
// the script's signature changed and the metadata was not regenerated. One test per property,
// each listing every offender; data-driven over f/, nothing is written to disk.
import { describe, expect, test } from "bun:test";
import { join } from "node:path";
import { planMetadata } from "../../tools/metadata_core.ts";
import { listOperations, listScripts, metadataPath } from "../../tools/script_files.ts";
import { WMILL_LOCKFILE } from "../../tools/wmill_format.ts";

const ROOT = join(import.meta.dir, "../..");
const modules = listScripts(ROOT);
const plan = planMetadata(ROOT);
const changed = new Map(plan.changes.map((c) => [c.path, c]));

describe("script metadata is up to date", () => {
  test("f/ holds the operations and the core's library modules", () => {
    expect(listOperations(ROOT).length).toBeGreaterThan(0);
    expect(modules.filter((p) => p.startsWith("f/core/")).length).toBeGreaterThan(0);
  });

  test("every module has its .script.yaml", () => {
    expect(
      modules.filter((p) => changed.get(metadataPath(p))?.before === undefined && changed.has(metadataPath(p))),
    ).toEqual([]);
  });

  test("every .script.yaml is what `npm run metadata` writes", () => {
    const stale = modules.map(metadataPath).filter((p) => changed.get(p)?.before !== undefined);
    expect(stale, "stale: run `npm run metadata` and commit the result").toEqual([]);
  });

  test(`${WMILL_LOCKFILE} holds the hash of every script as it is`, () => {
    const change = changed.get(WMILL_LOCKFILE);
    expect(change?.before, `${WMILL_LOCKFILE} is stale: run \`npm run metadata\``).toBe(change?.after);
  });

  test("no .script.yaml without its script", () => {
    expect(plan.orphans).toEqual([]);
  });
});
