// Windmill runs `//native` scripts in V8 isolates: web-standard APIs only, imports that deploy with them.
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { hasMain, listScripts } from "../../tools/script_files.ts";

const ROOT = join(import.meta.dir, "../..");
const NPM_ALLOWED = new Set(["eventsource-parser", "@cfworker/json-schema"]);
const FORBIDDEN: [RegExp, string][] = [
  [/\bBun\./, "Bun.* is not in the isolate"],
  [/\bDeno\./, "Deno.* is not in the isolate"],
  [/\brequire\(/, "require() is not in the isolate"],
  [/\bprocess\.(?!env\b)/, "only process.env exists in the isolate"],
  [/\bBuffer\./, "Buffer is Node's; use Uint8Array"],
  [/\bperformance\./, "performance is not promised by the isolate; use Date.now()"],
];

const sources = listScripts(ROOT).filter((p) => !p.endsWith(".d.ts"));
const code = new Map(sources.map((file) => [file, readFileSync(join(ROOT, file), "utf8")]));

const importsOf = (code: string) =>
  [...code.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+["']([^"']+)["']/gm)].map((m) => m[1]);
const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

// One test per property, each listing every module that breaks it.
describe("every module under f/ runs in Windmill's native isolates", () => {
  test("there are modules to check", () => expect(sources.length).toBeGreaterThan(0));

  test("relative imports stay inside f/ and name their .ts file", () => {
    const wrong = sources.flatMap((file) =>
      importsOf(code.get(file)!)
        .filter((spec) => spec.startsWith("."))
        .filter((spec) => relative("f", normalize(join(dirname(file), spec))).startsWith("..") || !spec.endsWith(".ts"))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(wrong).toEqual([]);
  });

  test(`npm imports are only ${[...NPM_ALLOWED].join(", ")}`, () => {
    const wrong = sources.flatMap((file) =>
      importsOf(code.get(file)!)
        // Version-qualified ("eventsource-parser@3.1.1"): the name is what is allowed.
        .filter((spec) => !spec.startsWith(".") && !NPM_ALLOWED.has(spec.replace(/(.)@[^@/]+$/, "$1")))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(wrong).toEqual([]);
  });

  test("only web-standard APIs are used", () => {
    const wrong = sources.flatMap((file) =>
      FORBIDDEN.filter(([pattern]) => pattern.test(withoutComments(code.get(file)!))).map(
        ([, why]) => `${file}: ${why}`,
      ),
    );
    expect(wrong).toEqual([]);
  });

  test("every script starts with //native", () => {
    const wrong = sources.filter((file) => hasMain(code.get(file)!) && code.get(file)!.split("\n")[0] !== "//native");
    expect(wrong).toEqual([]);
  });

  // Native fetch gives up after 900 s without response headers unless a leading comment says otherwise
  // (windmill.md, PR #11026): 0 lifts it, so timeout_seconds above 900 works and the core's timer is the bound.
  test("every script says //fetch_response_timeout 0 on its line 2, right after //native", () => {
    const wrong = sources.filter(
      (file) => hasMain(code.get(file)!) && code.get(file)!.split("\n")[1] !== "//fetch_response_timeout 0",
    );
    expect(wrong).toEqual([]);
  });
});
