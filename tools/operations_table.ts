// The README's operations table, made from the scripts and their .script.yaml summaries, so it
// cannot drift: `npm run docs` rewrites it, and a test fails when it is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { listOperations, metadataPath, readText } from "./script_files.ts";

const START = "<!-- operations:start -->";
const END = "<!-- operations:end -->";
const PROVIDERS: Record<string, string> = { ai21: "AI21", togetherai: "Together AI", cohere: "Cohere" };

/** One section per provider: `| script | what it does |`, script paths as Windmill shows them. */
export function operationsTable(root: string): string {
  const rows: Record<string, string[]> = {};
  for (const { path: file, provider } of listOperations(root)) {
    if (!PROVIDERS[provider]) continue;
    const summary = String(parse(readText(root, metadataPath(file)) ?? "")?.summary ?? "").trim();
    (rows[provider] ??= []).push(`| \`${file.replace(/\.ts$/, "")}\` | ${summary.replace(/\|/g, "\\|")} |`);
  }
  return Object.keys(PROVIDERS)
    .filter((p) => rows[p])
    .map(
      (p) => `**${PROVIDERS[p]}** (${rows[p].length})\n\n| script | what it does |\n|---|---|\n${rows[p].join("\n")}`,
    )
    .join("\n\n");
}

/** The README with its operations section replaced by a fresh table. */
export function withFreshTable(readme: string, table: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md needs the markers ${START} and ${END}`);
  return `${readme.slice(0, a + START.length)}\n${table}\n${readme.slice(b)}`;
}

if (import.meta.main) {
  const root = join(import.meta.dir, "..");
  const path = join(root, "README.md");
  writeFileSync(path, withFreshTable(readFileSync(path, "utf8"), operationsTable(root)));
  console.log("README.md operations table rewritten");
}
