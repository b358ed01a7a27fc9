// The repository layout wmill relies on: every f/ folder is listed in wmill.yaml and has its
// folder.meta.yaml, f/ holds nothing wmill would choke on, and `wmill lint` passes offline.
import { describe, expect, test } from "bun:test";
import { join } from "node:path";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { listTree, readText } from "../../tools/script_files.ts";
import { fromYaml } from "../../tools/wmill_format.ts";
import { REPO_ROOT, wmill } from "../support/run_wmill.ts";

const config = fromYaml(readText(REPO_ROOT, "wmill.yaml")!) as {
  includes: string[];
  excludes: string[];
  keepDeleted?: boolean;
};
const files = listTree(REPO_ROOT);
const folders = [...new Set(files.map((p) => p.split("/")[1]!))].sort();

// wmill pushes .json/.yaml/.js/.sql/... files under f/ as objects and fails on unknown ones;
// .md is ignored by it. A .script.lock is a lock the server computed, kept by `wmill sync pull`.
// Anything else needs a decision (and an entry here).
const ALLOWED = [
  /\.ts$/,
  /\.script\.yaml$/,
  /\.script\.lock$/,
  /\/folder\.meta\.yaml$/,
  /\.md$/,
  /__flow\/flow\.yaml$/,
];

describe("repository layout for wmill", () => {
  test.each(folders)("f/%s is included by wmill.yaml and has folder.meta.yaml", (folder) => {
    expect(config.includes).toContain(`f/${folder}/**`);
    expect(files).toContain(`f/${folder}/folder.meta.yaml`);
  });

  test("tests and dev tooling are excluded, remote items are never deleted", () => {
    for (const p of [
      "**/*.test.ts",
      "tests/**",
      "runner/**",
      "tools/**",
      "bench/**",
      "fixtures/**",
      "examples/**",
      "node_modules/**",
    ]) {
      expect(config.excludes).toContain(p);
    }
    expect(config.keepDeleted).toBe(true);
  });

  test("f/ holds only scripts, their metadata, tests, flows and folder metadata", () => {
    expect(files.filter((p) => !ALLOWED.some((re) => re.test(p)))).toEqual([]);
  });

  test("wmill lint passes (offline)", async () => {
    const home = mkdtempSync(join(tmpdir(), "wmill-lint-"));
    try {
      const run = await wmill(["lint", "--fail-on-warn"], REPO_ROOT, home);
      expect(run.code, run.out + run.err).toBe(0);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }, 60_000);
});
