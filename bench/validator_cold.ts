// `bun bench/validator_cold.ts [--reps=N]`: what the structured-output validator (@cfworker/json-schema)
// costs a cold job. Together's chat script is bundled as Windmill bundles it (Bun.build, browser target,
// Windmill's minify settings), once with the validator replaced by an empty class, once as it is; each
// bundle runs in fresh processes, under Node (V8, as the native isolate is) and Bun, importing the bundle
// and making one chat through a stubbed fetch, without response_format and with a json_schema one.
import { mkdirSync, writeFileSync } from "node:fs";

const root = new URL("..", import.meta.url).pathname;
const out = new URL("./results/validator/", import.meta.url).pathname;
const reps = Number(process.argv.find((a) => a.startsWith("--reps="))?.slice(7) ?? 21);
mkdirSync(out, { recursive: true });

const stubValidator: import("bun").BunPlugin = {
  name: "no-validator",
  setup(build) {
    build.onResolve({ filter: /^@cfworker\/json-schema/ }, () => ({ path: "stub", namespace: "stub" }));
    build.onLoad({ filter: /.*/, namespace: "stub" }, () => ({
      contents: "export class Validator { validate() { return { valid: true, errors: [] }; } }",
      loader: "js",
    }));
  },
};

async function bundle(name: string, plugins: import("bun").BunPlugin[]): Promise<number> {
  const built = await Bun.build({
    entrypoints: [`${root}f/togetherai/create_chat_completion.ts`],
    target: "browser",
    minify: { identifiers: false, syntax: true, whitespace: false },
    plugins,
  });
  if (!built.success) throw new AggregateError(built.logs, "bundling failed");
  const code = await built.outputs[0]!.text();
  writeFileSync(`${out}${name}.mjs`, code);
  return code.length;
}

// The child: time from before the import to the chat's answer, printed as one number (ms).
const child = `
// Warm what every job pays alike (Node loads its fetch classes on first use), then time the import
// (parse and evaluate the bundle) and the first chat (compile the contract, the validator if asked).
await new Response("{}").json();
const answer = JSON.stringify({ label: "negative", confidence: 0.92 });
globalThis.fetch = async () => new Response(JSON.stringify({ id: "x", object: "chat.completion",
  choices: [{ index: 0, message: { role: "assistant", content: answer }, finish_reason: "stop" }] }),
  { headers: { "content-type": "application/json" } });
const body = { model: "m", messages: [{ role: "user", content: "Classify: broken parcel." }] };
if (process.argv[3] === "schema") body.response_format = { type: "json_schema", json_schema: { name: "r", strict: true,
  schema: { type: "object", properties: { label: { enum: ["positive", "negative"] }, confidence: { type: "number",
  minimum: 0, maximum: 1 } }, required: ["label", "confidence"], additionalProperties: false } } };
const t0 = performance.now();
const { main } = await import(process.argv[2]);
const t1 = performance.now();
const result = await main({ api_key: "tgp_v1_bench0123456789" }, body);
const t2 = performance.now();
if (process.argv[3] === "schema" && result.parsed?.label !== "negative") throw new Error("not parsed");
console.log((t1 - t0).toFixed(3), (t2 - t1).toFixed(3));
`;
writeFileSync(`${out}child.mjs`, child);

const sizes = { without: await bundle("without", [stubValidator]), with: await bundle("with", []) };
const runs = [
  { id: "without validator", file: "without", mode: "plain" },
  { id: "with validator, unused", file: "with", mode: "plain" },
  { id: "with validator, json_schema", file: "with", mode: "schema" },
];
const runtimes = [
  { id: "node (V8)", cmd: ["node"] },
  { id: "bun", cmd: [process.execPath] },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const samples = new Map<string, { wall: number[]; load: number[]; call: number[] }>();
for (let rep = -1; rep < reps; rep++) {
  for (const rt of runtimes) {
    for (const r of runs) {
      const t0 = performance.now();
      const p = Bun.spawnSync([...rt.cmd, `${out}child.mjs`, `${out}${r.file}.mjs`, r.mode]);
      const wall = performance.now() - t0;
      if (p.exitCode !== 0) throw new Error(`${rt.id} ${r.id}: ${p.stderr.toString()}`);
      if (rep < 0) continue; // the first round warms the disk cache
      const key = `${rt.id}|${r.id}`;
      const s = samples.get(key) ?? { wall: [], load: [], call: [] };
      const [load, call] = p.stdout.toString().trim().split(" ").map(Number);
      s.wall.push(wall);
      s.load.push(load!);
      s.call.push(call!);
      samples.set(key, s);
    }
  }
}

console.log(
  `bundle: ${sizes.without} bytes without the validator, ${sizes.with} with (+${sizes.with - sizes.without})`,
);
console.log(`medians of ${reps} fresh processes each, ms (difference to the bundle without the validator)`);
console.log(`${"".padEnd(39)} ${"process".padStart(15)} ${"import".padStart(15)} ${"first chat".padStart(15)}`);
for (const rt of runtimes) {
  const base = samples.get(`${rt.id}|${runs[0]!.id}`)!;
  for (const r of runs) {
    const s = samples.get(`${rt.id}|${r.id}`)!;
    const cell = (k: "wall" | "load" | "call") => {
      const [m, d] = [median(s[k]), median(s[k]) - median(base[k])];
      return `${m.toFixed(2)} (${d >= 0 ? "+" : ""}${d.toFixed(2)})`.padStart(15);
    };
    console.log(`${rt.id.padEnd(10)} ${r.id.padEnd(28)} ${cell("wall")} ${cell("load")} ${cell("call")}`);
  }
}
