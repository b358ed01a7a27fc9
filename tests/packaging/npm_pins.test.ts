// Windmill locks a script's npm imports when it deploys it and again whenever a library it imports
// changes; an unversioned import then resolves to `latest` (../shared/docs/windmill.md). So every npm
// import under f/ names its version, that version is the one package.json pins and npm installed, and
// tsconfig.json `paths` maps the qualified specifier onto the installed package for Bun, tsc and Bun.build.
import { describe, expect, test } from "bun:test";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(import.meta.dir, "../..");
const read = (p: string) => readFileSync(join(ROOT, p), "utf8");
const pkg = JSON.parse(read("package.json"));
// tsconfig.json is JSON without comments here; a comment would make this test fail loudly.
const paths: Record<string, string[]> = JSON.parse(read("tsconfig.json")).compilerOptions.paths ?? {};

const modules = readdirSync(join(ROOT, "f"), { recursive: true, encoding: "utf8" })
  .filter((p) => p.endsWith(".ts") && !p.endsWith(".test.ts"))
  .map((p) => join("f", p));
const npmImports = modules.flatMap((file) =>
  [...read(file).matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+["']([^"'.][^"']*)["']/gm)].map((m) => ({
    file,
    spec: m[1]!,
  })),
);
/** "name@1.2.3" or "@scope/name@1.2.3" → [name, version]. */
const split = (spec: string) => /^((?:@[^/]+\/)?[^@]+)(?:@(.+))?$/.exec(spec)!.slice(1) as [string, string?];

describe("npm imports of deployed modules are pinned on the server too", () => {
  test("the deployed modules import at least one npm package (eventsource-parser)", () => {
    expect(npmImports.map((i) => split(i.spec)[0])).toContain("eventsource-parser");
  });

  test.each(npmImports)("$file imports $spec with the exact version package.json pins", ({ spec }) => {
    const [name, version] = split(spec);
    expect(version, `${spec} names no version`).toBeDefined();
    expect(pkg.dependencies?.[name], `${name} is not a dependency in package.json`).toBe(version);
    expect(JSON.parse(read(`node_modules/${name}/package.json`)).version).toBe(version);
  });

  test.each(npmImports)("tsconfig.json maps $spec onto the installed package", ({ spec }) => {
    const [name] = split(spec);
    expect(paths[spec]).toEqual([`./node_modules/${name}`]);
  });

  test("the pinned eventsource-parser supports Node 20, as the machines and CI run it", () => {
    const engines = JSON.parse(read("node_modules/eventsource-parser/package.json")).engines?.node ?? "";
    const floor = Number(/>=\s*(\d+)/.exec(engines)?.[1] ?? 0);
    expect(floor).toBeLessThanOrEqual(20);
  });

  test("Bun.build, as Windmill bundles a script, resolves the qualified import into the bundle", async () => {
    const built = await Bun.build({
      entrypoints: [join(ROOT, "f/core/sse.ts")],
      target: "browser",
      minify: { identifiers: false, syntax: true, whitespace: false },
    });
    expect(built.success).toBe(true);
    const code = await built.outputs[0]!.text();
    expect(code).toContain("createParser");
    expect(code).not.toMatch(/from\s*["']eventsource-parser/);
  });
});
