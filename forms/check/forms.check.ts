// Every script's form, drawn by Windmill's own SchemaForm (windmill-components) in Chromium:
// it mounts, shows the signature's fields in order with their required marks and widgets,
// and what it really submits is accepted by the script's main against the offline emulator.
// Run with `npm run test:forms` (builds the page first); see forms/README.md.
import { afterAll, beforeAll, describe, expect, setDefaultTimeout, test } from "bun:test";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { listOperations, type Operation } from "../../runner/discover.ts";
import { startEmulator, type Emulator } from "../../runner/emulator.ts";
import { parseParams } from "../../runner/invoke.ts";
import { type Contract, contractOf, type Field } from "./contract.ts";
import { type Drawn, dropdownOptions, readForm } from "./dom.ts";
import { drawnFor, fillItem, fillRequired } from "./fill.ts";
import { type FormPage, openFormPage } from "./page.ts";
import { alsoFilled } from "./samples.ts";

const root = join(import.meta.dir, "..", "..");
const screenshots = join(import.meta.dir, "..", "screenshots");
/** Forms photographed for people who would rather look than read (README shows some). */
const photographed = new Set(["cohere/chat", "togetherai/create_image", "cohere/create_transcription"]);

// A test that times out has its child processes killed, Chromium included: be generous.
setDefaultTimeout(60_000);

let form: FormPage;
let emulator: Emulator;

beforeAll(async () => {
  form = await openFormPage();
  emulator = startEmulator({ delayMs: 0 });
  mkdirSync(screenshots, { recursive: true });
}, 120_000);

afterAll(async () => {
  await form?.close();
  emulator?.stop();
});

/** Labels as nested lists: what the order check compares (list items are drawn only when added). */
type Shape = { label: string; fields?: Shape[] };
const expectedShape = (fields: Field[]): Shape[] =>
  fields.map((f) =>
    f.kind === "object" && f.fields ? { label: f.label, fields: expectedShape(f.fields) } : { label: f.label },
  );
const drawnShape = (drawn: Drawn[]): Shape[] =>
  drawn.map((d) =>
    d.children.length && d.widget !== "list" ? { label: d.label, fields: drawnShape(d.children) } : { label: d.label },
  );

/** Pairs each contract field with its drawn field, through objects (not into list items). */
function pairs(fields: Field[], drawn: Drawn[]): [Field, Drawn | undefined][] {
  return fields.flatMap((f) => {
    const d = drawnFor(drawn, f);
    const inside = f.kind === "object" && f.fields && d ? pairs(f.fields, d.children) : [];
    return [[f, d] as [Field, Drawn | undefined], ...inside];
  });
}

/**
 * Required marks, drawn and expected. A list item's form marks a field whose schema says
 * `required: true`, or (utils.js getSchemaFromProperties) any object with a `required` list
 * of its own; `required: true` on such an object crashes its form. So an item's objects are
 * left out: their mark says nothing about the contract.
 */
const marks = (list: [Field, Drawn | undefined][], item: Field[] = []) =>
  list
    .filter(([f]) => !(item.includes(f) && f.kind === "object"))
    .map(([f, d]) => ({
      expected: `${f.path}${f.required ? " *" : ""}`,
      drawn: `${f.path}${d?.required ? " *" : ""}`,
    }));

/** The widget a field must get. A number with both bounds is a slider (Range.svelte), which needs a default. */
function widgetOf(f: Field): string {
  if (f.kind === "list" && f.values) return "multiselect";
  if (f.kind === "number") return f.schema.min !== undefined && f.schema.max !== undefined ? "slider" : "text";
  return {
    text: "text",
    toggle: "toggle",
    combobox: "combobox",
    file: "file",
    resource: "resource",
    object: "none",
    list: "list",
    json: "json",
  }[f.kind];
}

async function widgets(list: [Field, Drawn | undefined][]) {
  const out: { path: string; expected: string; drawn: string }[] = [];
  for (const [f, d] of list) {
    out.push({ path: f.path, expected: widgetOf(f), drawn: d?.widget ?? "missing" });
    if (f.values && (d?.widget === "combobox" || d?.widget === "multiselect")) {
      out.push({
        path: `${f.path} options`,
        expected: f.values.join(" | "),
        drawn: (await dropdownOptions(form.page, d.node)).join(" | "),
      });
    }
  }
  return { expected: out.map((w) => `${w.path}: ${w.expected}`), drawn: out.map((w) => `${w.path}: ${w.drawn}`) };
}

/** Calls main the way a worker does: parameters by name, the resource from the emulator. */
async function runMain(op: Operation, args: Record<string, unknown>) {
  const params = parseParams(readFileSync(op.file, "utf8"));
  const script = (await import(pathToFileURL(op.file).href)) as { main: (...a: unknown[]) => Promise<unknown> };
  return script.main(...params.map((p, i) => (i === 0 ? emulator.resource(op.provider) : args[p.name])));
}

const wanted = (op: Operation) => (f: Field) => f.required || (alsoFilled[op.id] ?? []).includes(f.path);

async function showFilled(op: Operation, c: Contract): Promise<Drawn[]> {
  expect(await form.show(c.path, c.schema)).toEqual([]);
  for (const field of c.fields.filter(wanted(op))) {
    const drawn = drawnFor(await readForm(form.page), field);
    if (!drawn) throw new Error(`${field.path} is not drawn`);
    await fillRequired(form, drawn.node, field, wanted(op));
  }
  return readForm(form.page);
}

/** Lists of objects directly in a parameter (body.messages...), where a person adds items. */
const itemLists = (c: Contract) =>
  c.fields
    .flatMap((top) => [top, ...(top.kind === "object" ? (top.fields ?? []) : [])])
    .filter((f) => f.kind === "list" && f.item === "object");

const operations = listOperations(root);

test("every script of the three providers has a form to check", () => {
  expect(operations.length).toBeGreaterThan(0);
  expect(new Set(operations.map((op) => op.provider))).toEqual(new Set(["ai21", "togetherai", "cohere"]));
});

for (const op of operations) {
  describe(op.id, () => {
    const contract = contractOf(op.file, `f/${op.id}`);
    let drawn: Drawn[] = [];

    test("mounts in Windmill's SchemaForm without a page error", async () => {
      const problems = await form.show(contract.path, contract.schema);
      drawn = await readForm(form.page);
      expect(problems).toEqual([]);
      expect(drawn.length).toBeGreaterThan(0);
    });

    test("shows its fields in the signature's order, at every level", () => {
      expect(drawnShape(drawn)).toEqual(expectedShape(contract.fields));
    });

    test("marks exactly the required fields", () => {
      const m = marks(pairs(contract.fields, drawn));
      expect(m.map((x) => x.drawn)).toEqual(m.map((x) => x.expected));
    });

    test("draws enums as comboboxes of exactly their values, booleans as toggles, base64 as file pickers", async () => {
      const w = await widgets(pairs(contract.fields, drawn));
      expect(w.drawn).toEqual(w.expected);
    });

    test("its required fields, filled in the form, make args that main accepts", async () => {
      await showFilled(op, contract);
      const args = await form.args();
      if (photographed.has(op.id)) {
        await form.page.locator("#form").screenshot({ path: join(screenshots, `${op.id.replace("/", "-")}.png`) });
      }
      expect(await form.problems()).toEqual([]);
      await runMain(op, args);
    }, 60_000);

    for (const list of itemLists(contract)) {
      test(`a new ${list.path} item shows its fields in order, with required marks and widgets`, async () => {
        expect(await form.show(contract.path, contract.schema)).toEqual([]);
        const owner = list.path.includes(".")
          ? drawnFor(await readForm(form.page), contract.fields.find((f) => list.path.startsWith(`${f.name}.`))!)!
          : undefined;
        const drawnList = drawnFor(owner ? owner.children : await readForm(form.page), list)!;
        await form.page.locator(`[data-node="${drawnList.node}"] #arg-input-add-item`).last().click({ force: true });
        const item = (await readForm(form.page))
          .flatMap(function all(d): Drawn[] {
            return [d, ...d.children.flatMap(all)];
          })
          .find((d) => d.node === drawnList.node)!.children;
        expect(drawnShape(item)).toEqual(expectedShape(list.fields ?? []));
        const m = marks(pairs(list.fields ?? [], item), list.fields);
        expect(m.map((x) => x.drawn)).toEqual(m.map((x) => x.expected));
        const w = await widgets(pairs(list.fields ?? [], item));
        expect(w.drawn).toEqual(w.expected);
        expect(await form.problems()).toEqual([]);
      }, 60_000);

      test(`with a half-filled ${list.path} item, the form's args are accepted by main`, async () => {
        const top = await showFilled(op, contract);
        const owner = list.path.includes(".")
          ? drawnFor(top, contract.fields.find((f) => list.path.startsWith(`${f.name}.`))!)!
          : undefined;
        const drawnList = drawnFor(owner ? owner.children : top, list)!;
        await fillItem(form, drawnList.node, list, "half", wanted(op));
        const args = await form.args();
        expect(await form.problems()).toEqual([]);
        await runMain(op, args);
      }, 60_000);
    }
  });
}
