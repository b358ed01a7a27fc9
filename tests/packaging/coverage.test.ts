// Every script ships with its own test and a fixture the offline emulator can serve.
import { describe, expect, test } from "bun:test";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(import.meta.dir, "../..");
const scripts = ["ai21", "togetherai", "cohere"].flatMap((provider) =>
  readdirSync(join(ROOT, "f", provider))
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .filter((f) => /export\s+async\s+function\s+main\b/.test(readFileSync(join(ROOT, "f", provider, f), "utf8")))
    .map((f) => `${provider}/${f.slice(0, -3)}`),
);

describe("every script is covered", () => {
  for (const name of scripts) {
    test(`${name} has a test file that imports it`, () => {
      const file = join(ROOT, "tests", `${name}.test.ts`);
      expect(existsSync(file) ? file : `missing tests/${name}.test.ts`).toBe(file);
      expect(readFileSync(file, "utf8")).toContain(`f/${name}.ts"`);
    });

    test(`${name} has a fixture for the emulator`, () => {
      const [provider, op] = name.split("/");
      const dir = join(ROOT, "fixtures", provider);
      const found = existsSync(dir) && readdirSync(dir).some((f) => f === `${op}.json` || f.startsWith(`${op}.`));
      expect(found ? name : `missing fixtures/${name}.json`).toBe(name);
    });
  }
});
