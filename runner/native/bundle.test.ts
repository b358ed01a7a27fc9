// Bundling as a Windmill worker bundles: self-contained, workspace-relative imports, versioned npm imports.
import { afterAll, describe, expect, test } from "bun:test";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { bundle } from "./bundle.ts";

const root = mkdtempSync(join(tmpdir(), "native-bundle-"));
symlinkSync(resolve(import.meta.dir, "../../node_modules"), join(root, "node_modules"));
mkdirSync(join(root, "f/demo"), { recursive: true });
const write = (path: string, code: string) => writeFileSync(join(root, path), code);
write("f/demo/lib.ts", "export const greeting = 'hi';\n");
write("outside.ts", "export const secret = 1;\n");
write(
  "f/demo/versioned.ts",
  `import { createParser } from "eventsource-parser@4.1.3";\nimport { greeting } from "../demo/lib.ts";\n` +
    "export async function main() { return typeof createParser + greeting; }\n",
);
write(
  "f/demo/escapes.ts",
  `import { secret } from "../../outside.ts";\nexport async function main() { return secret; }\n`,
);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("bundle", () => {
  test("inlines relative imports and npm packages, stripping an import's version suffix as Windmill does", async () => {
    const code = await bundle("f/demo/versioned.ts", root);
    expect(code).toContain("function createParser(");
    expect(code).toContain('"hi"');
    expect(code).not.toMatch(/^\s*import\b/m);
    expect(code).toMatch(/^export\s*\{[^}]*\bmain\b/m);
  });

  test("refuses a relative import that leaves the workspace folders, which a worker could not fetch", async () => {
    await expect(bundle("f/demo/escapes.ts", root)).rejects.toThrow("outside the workspace");
  });
});
