import { expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { operationsTable, withFreshTable } from "../../tools/operations_table.ts";

const ROOT = join(import.meta.dir, "../..");

test("the README's operations table lists exactly the scripts there are (npm run docs rewrites it)", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  expect(readme).toBe(withFreshTable(readme, operationsTable(ROOT)));
});

test("the README opens with the setup-and-run command and the test command that CI runs", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const ci = readFileSync(join(ROOT, ".ci/run"), "utf8");
  const head = readme.slice(0, 600);
  expect(head).toContain("npm install && npm start");
  expect(head).toContain("npm test");
  expect(ci).toMatch(/^npm test\b/m);
});
