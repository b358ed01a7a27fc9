// `npm run metadata` (bun tools/metadata.ts [--check] [root]): regenerates every f/**/*.script.yaml,
// every shape module (f/<provider>/shapes/<name>.ts) and wmill-lock.yaml from the scripts, keeping
// hand-written enrichment (tools/enrichment.ts), and fails on a contract that does not tie to its
// signature. --check writes nothing and exits 1 listing the files that are stale.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
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
  if (!check) {
    // A new shape module lets its script load only once written: write, then plan again.
    for (let pass = 0; pass < 2 && plan.changes.length > 0; pass++) {
      for (const c of plan.changes) {
        mkdirSync(dirname(join(root, c.path)), { recursive: true });
        writeFileSync(join(root, c.path), c.after);
        console.log(`${c.before === undefined ? "created" : "updated"} ${c.path}`);
      }
      plan = planMetadata(root);
    }
  }
  for (const o of plan.orphans) console.error(`orphan  ${o}: no script next to it (rename or delete it)`);
  for (const p of plan.problems) console.error(`contract ${p}`);
  if (check) for (const c of plan.changes) console.error(`${c.before === undefined ? "missing" : "stale  "} ${c.path}`);
  const bad = plan.changes.length + plan.orphans.length + plan.problems.length;
  if (bad === 0) console.log(check ? "metadata: up to date" : "metadata: done");
  else console.log(`metadata: ${bad} problem(s)${check ? ", run `npm run metadata`" : ""}`);
  return bad === 0 ? 0 : 1;
}

process.exit(main(process.argv.slice(2)));
