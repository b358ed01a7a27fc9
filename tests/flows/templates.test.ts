// What every flow template under f/ must be, checked on each: valid for Windmill's own validator,
// inputs typed and described (provider resources as resource pickers), steps calling the
// collection's scripts by path, and inline steps as //native files beside flow.yaml.
import { describe, expect, test } from "bun:test";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { WindmillYamlValidator } from "windmill-yaml-validator";
import { listFlows } from "../../tools/script_files.ts";
import { allSteps, loadFlow } from "./flow_file.ts";

const ROOT = join(import.meta.dir, "../..");
const flows = listFlows(ROOT);
const validator = new WindmillYamlValidator();
const PROVIDERS = ["ai21", "togetherai", "cohere"];

test("there are five flow templates, in f/flows", () => {
  expect(flows.length).toBe(5);
  expect(flows.every((f) => f.startsWith("f/flows/"))).toBe(true);
});

const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const flowsSection = readme.slice(
  readme.indexOf("\n## Flows\n"),
  readme.indexOf("\n## ", readme.indexOf("\n## Flows\n") + 1),
);

test("the README's Flows section has one Mermaid diagram per flow", () => {
  expect(flowsSection.match(/```mermaid\n/g)?.length).toBe(flows.length);
});

describe.each(flows)("%s", (dir) => {
  test("is listed in the README's Flows section", () => {
    expect(flowsSection).toContain(`\`${dir.replace(/__flow$/, "")}\``);
  });

  const text = readFileSync(join(ROOT, dir, "flow.yaml"), "utf8");
  const { flow, inline } = loadFlow(join(ROOT, dir));
  const steps = allSteps(flow.value.modules);

  test("passes windmill-yaml-validator", () => {
    const { errors, parsed } = validator.validate(text, { type: "flow" });
    expect(parsed.diagnostics.filter((d) => d.severity === 0)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("has a summary and a description, and describes every input, in a stated order", () => {
    expect(flow.summary).toBeTruthy();
    expect(flow.description).toBeTruthy();
    const names = Object.keys(flow.schema.properties);
    expect(flow.schema.order).toEqual(names);
    for (const [name, p] of Object.entries(flow.schema.properties)) expect(p.description, name).toBeTruthy();
    for (const name of flow.schema.required ?? []) expect(names).toContain(name);
  });

  test("takes each provider it calls as a typed resource input", () => {
    const called = new Set(steps.filter((m) => m.value.type === "script").map((m) => m.value.path.split("/")[1]));
    expect(called.size).toBeGreaterThan(0);
    for (const provider of called) {
      expect(PROVIDERS).toContain(provider);
      const input = Object.values(flow.schema.properties).find((p) => p.format === `resource-${provider}`);
      expect(input, `an input with format resource-${provider}`).toMatchObject({ type: "object" });
    }
  });

  test("calls the collection's scripts by path", () => {
    for (const m of steps.filter((s) => s.value.type === "script")) {
      const file = join(ROOT, `${m.value.path}.ts`);
      expect(existsSync(file) ? m.value.path : `${m.id}: no script ${m.value.path}`).toBe(m.value.path);
      expect(readFileSync(file, "utf8")).toMatch(/export async function main\(/);
    }
  });

  test("keeps each inline step as a //native TypeScript file beside flow.yaml", () => {
    for (const [id, file] of inline) {
      expect(file.startsWith(join(ROOT, dir) + "/") && file.endsWith(".ts")).toBe(true);
      expect(readFileSync(file, "utf8").split("\n")[0], id).toBe("//native");
    }
  });
});
