// Runs the real windmill-cli (node_modules/.bin/wmill) in a scratch copy of the repository,
// with its own HOME and config dir so nothing touches the user's wmill profiles.
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { planMetadata } from "../../tools/metadata_core.ts";
import type { WindmillStandIn } from "./windmill_standin.ts";

export const REPO_ROOT = join(import.meta.dir, "../..");
const WMILL = join(REPO_ROOT, "node_modules/.bin/wmill");

export type Run = { code: number; out: string; err: string };

/** A copy of the repository without node_modules and .git (so no git branch logic applies),
 * with metadata regenerated: the deploy test is about deploying, staleness is tested apart. */
export function scratchRepo(): { dir: string; home: string; cleanup: () => void } {
  const base = mkdtempSync(join(tmpdir(), "wmill-push-"));
  const dir = join(base, "repo");
  cpSync(REPO_ROOT, dir, {
    recursive: true,
    filter: (src) => !/[\\/](node_modules|\.git)([\\/]|$)/.test(src.slice(REPO_ROOT.length)),
  });
  for (const c of planMetadata(dir).changes) writeFileSync(join(dir, c.path), c.after);
  const home = join(base, "home");
  mkdirSync(home);
  return { dir, home, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

/** Makes `dir` a git repository with everything committed, as a user's checkout is: wmill's
 * branch logic (validateBranchConfiguration) only runs inside one. */
export function makeGitCheckout(dir: string): void {
  const git = (...args: string[]) => {
    const run = Bun.spawnSync(["git", "-c", "user.name=test", "-c", "user.email=test@example.com", ...args], {
      cwd: dir,
    });
    if (run.exitCode !== 0) throw new Error(`git ${args.join(" ")}: ${run.stderr.toString()}`);
  };
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "checkout");
}

const strip = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, "");

export async function wmill(args: string[], cwd: string, home: string, timeoutMs = 45_000): Promise<Run> {
  const proc = Bun.spawn([WMILL, ...args], {
    cwd,
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: join(home, ".config"),
      WMILL_CONFIG_DIR: join(home, "wmill"),
      NO_COLOR: "1",
      CI: "true",
    },
    stdin: "ignore",
    stdout: "pipe",
    stderr: "pipe",
  });
  const timer = setTimeout(() => proc.kill(), timeoutMs);
  const [out, err, code] = await Promise.all([
    new Response(proc.stdout).text(),
    new Response(proc.stderr).text(),
    proc.exited,
  ]);
  clearTimeout(timer);
  return { code, out: strip(out), err: strip(err) };
}

/** `wmill <command> ... --base-url <stand-in> --workspace <ws> --token <token>` */
export function againstStandIn(server: WindmillStandIn, ...command: string[]): string[] {
  return [...command, "--base-url", server.url, "--workspace", server.workspace, "--token", server.token];
}
