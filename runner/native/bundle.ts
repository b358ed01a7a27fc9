// Bundles a script exactly as a Windmill worker does before running it natively (bun_executor.rs,
// see ../shared/docs/windmill.md "Bundling"): Bun.build for the browser, relative imports resolved
// as workspace paths, npm packages bundled in, version suffixes on imports stripped.
import { dirname, relative, resolve } from "node:path";
import type { BunPlugin } from "bun";

const REPO_ROOT = resolve(import.meta.dir, "../..");

// Windmill's resolver fetches `../core/http.ts` as the workspace path `f/core/http`: a relative import
// must stay inside the workspace folders (f/ or u/), or the worker cannot fetch it.
function workspaceResolver(root: string): BunPlugin {
  return {
    name: "windmill-relative-resolver",
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, ({ path, importer }) => {
        const target = resolve(dirname(importer), path);
        const rel = relative(root, target);
        if (!/^(f|u)\//.test(rel) && relative(root, importer).match(/^(f|u)\//)) {
          throw new Error(`${relative(root, importer)} imports ${path}, which is outside the workspace (f/ or u/)`);
        }
        return { path: target };
      });
      // "eventsource-parser@4.1.3": Windmill records the version for the lock and strips it before bundling.
      build.onResolve({ filter: /^(@[^/@]+\/)?[^/@.][^/@]*@[^/]+/ }, ({ path, importer }) => {
        const bare = path.replace(/^((?:@[^/@]+\/)?[^/@]+)@[^/]+/, "$1");
        return { path: Bun.resolveSync(bare, dirname(importer)) };
      });
    },
  };
}

/** The options of Windmill's Bun.build, bar `outdir`: the bundle stays in memory here. */
export function windmillBuildOptions(entry: string, root = REPO_ROOT): Parameters<typeof Bun.build>[0] {
  return {
    entrypoints: [entry],
    target: "browser",
    plugins: [workspaceResolver(root)],
    external: ["electron"],
    minify: { identifiers: false, syntax: true, whitespace: false },
  };
}

const cache = new Map<string, Promise<string>>();

/** The bundle of one script file (absolute, or relative to the repository), built once per process. */
export function bundle(file: string, root = REPO_ROOT): Promise<string> {
  const entry = resolve(root, file);
  let built = cache.get(entry);
  if (!built) {
    const failed = (logs: unknown[]) => new Error(`bundling ${file} failed: ${logs.map(String).join("\n")}`);
    built = Bun.build(windmillBuildOptions(entry, root)).then(
      (out) => {
        if (!out.success || out.outputs.length !== 1) throw failed(out.logs);
        return out.outputs[0]!.text();
      },
      (e: { errors?: unknown[] }) => {
        throw failed(e.errors ?? [e]);
      },
    );
    cache.set(entry, built);
  }
  return built;
}
