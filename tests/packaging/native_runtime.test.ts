// Windmill runs `//native` scripts in V8 isolates: web-standard APIs only, imports that deploy with them.
import { describe, expect, test } from "bun:test";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";

const ROOT = join(import.meta.dir, "../..");
const NPM_ALLOWED = new Set(["eventsource-parser"]);
const FORBIDDEN: [RegExp, string][] = [
  [/\bBun\./, "Bun.* is not in the isolate"],
  [/\bDeno\./, "Deno.* is not in the isolate"],
  [/\brequire\(/, "require() is not in the isolate"],
  [/\bprocess\.(?!env\b)/, "only process.env exists in the isolate"],
  [/\bBuffer\./, "Buffer is Node's; use Uint8Array"],
  [/\bperformance\./, "performance is not promised by the isolate; use Date.now()"],
];

const sources = readdirSync(join(ROOT, "f"), { recursive: true, encoding: "utf8" })
  .filter((p) => p.endsWith(".ts") && !p.endsWith(".test.ts") && !p.endsWith(".d.ts"))
  .map((p) => join("f", p))
  .sort();

const importsOf = (code: string) =>
  [...code.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+["']([^"']+)["']/gm)].map((m) => m[1]);
const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

describe("every module under f/ runs in Windmill's native isolates", () => {
  test("there are modules to check", () => expect(sources.length).toBeGreaterThan(0));

  for (const file of sources) {
    const code = readFileSync(join(ROOT, file), "utf8");
    test(`${file} uses only web-standard APIs and imports that deploy with it`, () => {
      for (const spec of importsOf(code)) {
        if (spec.startsWith(".")) {
          const target = normalize(join(dirname(file), spec));
          expect(relative("f", target).startsWith("..")).toBe(false);
          expect(spec.endsWith(".ts")).toBe(true);
        } else {
          // Version-qualified ("eventsource-parser@3.0.6", tests/packaging/npm_pins.test.ts).
          const name = spec.replace(/(.)@[^@/]+$/, "$1");
          expect(NPM_ALLOWED.has(name) ? spec : `forbidden import ${spec}`).toBe(spec);
        }
      }
      const body = withoutComments(code);
      for (const [pattern, why] of FORBIDDEN) expect(pattern.test(body) ? why : "").toBe("");
    });

    if (/export\s+async\s+function\s+main\b/.test(code)) {
      test(`${file} starts with //native`, () => expect(code.split("\n")[0]).toBe("//native"));
    }
  }
});
