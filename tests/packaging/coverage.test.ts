// Every script is covered: a row in the contract table (checked in tests/contract), a fixture the
// offline emulator can serve, and, where it has behaviour of its own, a test file that imports it.
import { describe, expect, test } from "bun:test";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { listOperations } from "../../tools/script_files.ts";

const ROOT = join(import.meta.dir, "../..");
const operations = listOperations(ROOT);

describe("every script is covered", () => {
  test("there are scripts to check", () => expect(operations.length).toBeGreaterThan(0));

  test("every script has a fixture for the emulator", () => {
    const missing = operations.filter(({ provider, id }) => {
      const dir = join(ROOT, "fixtures", provider);
      const op = id.split("/")[1];
      return !existsSync(dir) || !readdirSync(dir).some((f) => f === `${op}.json` || f.startsWith(`${op}.`));
    });
    expect(missing.map((op) => `fixtures/${op.id}.json`)).toEqual([]);
  });

  test("a script's own test file imports that script", () => {
    const stray = operations
      .map(({ id }) => ({ id, file: join(ROOT, "tests", `${id}.test.ts`) }))
      .filter(({ id, file }) => existsSync(file) && !readFileSync(file, "utf8").includes(`f/${id}.ts"`));
    expect(stray.map(({ id }) => `tests/${id}.test.ts`)).toEqual([]);
  });

  test("no test file under tests/<provider>/ is left without its script", () => {
    const ids = new Set(operations.map((op) => op.id));
    const orphans = ["ai21", "togetherai", "cohere"].flatMap((provider) =>
      (existsSync(join(ROOT, "tests", provider)) ? readdirSync(join(ROOT, "tests", provider)) : [])
        .filter((f) => f.endsWith(".test.ts") && !ids.has(`${provider}/${f.slice(0, -".test.ts".length)}`))
        .map((f) => `tests/${provider}/${f}`),
    );
    expect(orphans).toEqual([]);
  });
});
