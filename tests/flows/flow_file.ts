// Reads a flow folder the way `wmill sync push` does (flow.yaml, `content: '!inline <file>'` for each
// inline step, a plain string as `wmill sync pull` writes it; the CLI also reads an unquoted tag) and checks, before anything runs, that every module uses only what the harness implements.
// Anything else is refused loudly: a template must not rely on a feature the tests never exercise.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export type Transform = { type: "static"; value?: unknown } | { type: "javascript"; expr: string };
export type Module = {
  id: string;
  summary?: string;
  value: Record<string, any> & { type: string };
  sleep?: Transform;
  continue_on_error?: boolean;
  skip_if?: { expr: string };
  stop_after_if?: { expr: string };
};
export type Flow = {
  summary: string;
  description?: string;
  schema: { properties: Record<string, Record<string, any>>; required?: string[]; order?: string[] };
  value: { modules: Module[] };
};

/** A flow feature the harness does not run: the test must fail, never skip it. */
export class HarnessError extends Error {
  override name = "HarnessError";
}

// The CLI's own reading of the tag (windmill-cli utils/yaml.ts): the value becomes "!inline <file>".
const inlineTag = { tag: "!inline", resolve: (value: string) => `!inline ${value}` };

export function readFlowYaml(dir: string): Flow {
  return parse(readFileSync(join(dir, "flow.yaml"), "utf8"), { customTags: [inlineTag] }) as Flow;
}

const MODULE_KEYS = ["id", "summary", "value", "sleep", "continue_on_error", "skip_if", "stop_after_if"];
const VALUE_KEYS: Record<string, string[]> = {
  script: ["type", "path", "input_transforms"],
  rawscript: ["type", "content", "language", "input_transforms", "lock"],
  forloopflow: ["type", "modules", "iterator", "skip_failures", "parallel", "parallelism"],
  whileloopflow: ["type", "modules", "skip_failures"],
  branchone: ["type", "branches", "default"],
};
const LOOPS = ["forloopflow", "whileloopflow"];

function refuseExtra(what: string, object: object, allowed: string[]): void {
  const extra = Object.keys(object).filter((k) => !allowed.includes(k));
  if (extra.length) throw new HarnessError(`${what}: the harness does not implement ${extra.join(", ")}`);
}

function checkTransform(what: string, t: unknown): void {
  const type = (t as Transform | undefined)?.type;
  if (type === "static") refuseExtra(what, t as object, ["type", "value"]);
  else if (type === "javascript") refuseExtra(what, t as object, ["type", "expr"]);
  else throw new HarnessError(`${what}: input transform of type ${type} is not implemented`);
}

/** Loads the flow and maps each inline step id to the file it runs (resolved next to flow.yaml). */
export function loadFlow(dir: string): { flow: Flow; inline: Map<string, string> } {
  const flow = readFlowYaml(dir);
  refuseExtra("flow.yaml", flow, ["summary", "description", "schema", "value"]);
  refuseExtra("flow value", flow.value, ["modules"]);
  const inline = new Map<string, string>();
  const ids = new Set<string>();
  const visit = (modules: Module[]) => {
    for (const m of modules) {
      if (ids.has(m.id)) throw new HarnessError(`step id ${m.id} is used twice`);
      ids.add(m.id);
      refuseExtra(`step ${m.id}`, m, MODULE_KEYS);
      const v = m.value;
      const allowed = VALUE_KEYS[v.type];
      if (!allowed) throw new HarnessError(`step ${m.id}: module type ${v.type} is not implemented`);
      refuseExtra(`step ${m.id}`, v, allowed);
      if (m.stop_after_if) {
        if (!LOOPS.includes(v.type)) throw new HarnessError(`step ${m.id}: stop_after_if is implemented on loops only`);
        refuseExtra(`step ${m.id} stop_after_if`, m.stop_after_if, ["expr"]);
      }
      if (m.sleep) checkTransform(`step ${m.id} sleep`, m.sleep);
      for (const [name, t] of Object.entries(v.input_transforms ?? {})) checkTransform(`step ${m.id} ${name}`, t);
      if (v.type === "rawscript") inline.set(m.id, inlineFile(dir, m));
      if (v.type === "forloopflow") {
        checkTransform(`step ${m.id} iterator`, v.iterator);
        if (v.parallelism && v.parallelism.type !== "static")
          throw new HarnessError(`step ${m.id}: only a static parallelism is implemented`);
      }
      if (LOOPS.includes(v.type)) visit(v.modules);
      if (v.type === "branchone") {
        for (const b of v.branches) refuseExtra(`step ${m.id} branch`, b, ["summary", "expr", "modules"]);
        for (const b of v.branches) visit(b.modules);
        visit(v.default);
      }
    }
  };
  visit(flow.value.modules);
  return { flow, inline };
}

function inlineFile(dir: string, m: Module): string {
  const { content, language } = m.value;
  if (language !== "bunnative" && language !== "bun")
    throw new HarnessError(`step ${m.id}: inline ${language} is not implemented`);
  const name = typeof content === "string" && content.match(/^!inline (\S+)$/)?.[1];
  if (!name) throw new HarnessError(`step ${m.id}: inline code must be a file next to flow.yaml (!inline <file>)`);
  const file = join(dir, name);
  if (!existsSync(file)) throw new HarnessError(`step ${m.id}: ${name} does not exist`);
  return file;
}

/** Every step of a module list, loops' and branches' inner steps included, in order. */
export function allSteps(modules: Module[]): Module[] {
  return modules.flatMap((m) => {
    const v = m.value;
    const inner: Module[] = v.modules ?? [
      ...(v.branches ?? []).flatMap((b: { modules: Module[] }) => b.modules),
      ...(v.default ?? []),
    ];
    return [m, ...allSteps(inner)];
  });
}
