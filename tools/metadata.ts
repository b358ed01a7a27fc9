// `npm run metadata` (bun tools/metadata.ts [--check] [root]): regenerates every f/**/*.script.yaml
// and wmill-lock.yaml from the scripts, keeping hand-written enrichment (tools/enrichment.ts).
// --check writes nothing and exits 1 listing the files that are stale.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { planMetadata, type Plan } from "./metadata_core.ts";

function main(argv: string[]): number {
  const check = argv.includes("--check");
  const root = argv.find((a) => !a.startsWith("--")) ?? process.cwd();
  let plan: Plan;
  try {
    plan = planMetadata(root);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    return 2;
  }
  for (const o of plan.orphans) console.error(`orphan  ${o}: no script next to it (rename or delete it)`);
  if (check) {
    for (const c of plan.changes) console.error(`${c.before === undefined ? "missing" : "stale  "} ${c.path}`);
    const bad = plan.changes.length + plan.orphans.length;
    console.log(bad === 0 ? "metadata: up to date" : `metadata: ${bad} file(s) to fix, run \`npm run metadata\``);
    return bad === 0 ? 0 : 1;
  }
  for (const c of plan.changes) {
    writeFileSync(join(root, c.path), c.after);
    console.log(`${c.before === undefined ? "created" : "updated"} ${c.path}`);
  }
  if (plan.changes.length === 0) console.log("metadata: nothing to do");
  return plan.orphans.length === 0 ? 0 : 1;
}

process.exit(main(process.argv.slice(2)));
