// Every script's form, drawn by Windmill's own SchemaForm (windmill-components) in Chromium:
// it mounts, shows the signature's fields in order with their required marks and widgets,
// and what it really submits is accepted by the script's main against the offline emulator.
// Run with `npm run test:forms` (builds the page first); see forms/README.md.
import { afterAll, beforeAll, describe, expect, setDefaultTimeout, test } from "bun:test";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { nodeAt, type Shape } from "../../f/core/shape.ts";
import { listOperations, type Operation } from "../../runner/discover.ts";
import { startEmulator, type Emulator } from "../../runner/emulator.ts";
import { parseParams } from "../../runner/invoke.ts";
import { type Contract, contractOf, type Field } from "./contract.ts";
import { drawnFor, drawnShape, expectedShape, marks, pairs, widgets } from "./compare.ts";
import { type Drawn, findNode, readForm } from "./dom.ts";
import { addItemsDeep, fillItem, fillRequired } from "./fill.ts";
import { type FormPage, openFormPage } from "./page.ts";
import { alsoFilled, onlyOneOf } from "./samples.ts";

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

/** The whole form as `<name>.png`, and its first screen (what a user sees first) as `<name>.top.png`. */
async function photograph(name: string) {
  await form.page.evaluate(() => window.scrollTo(0, 0));
  await form.page.locator("#form").screenshot({ path: join(screenshots, `${name}.png`) });
  const box = (await form.page.locator("#form").boundingBox())!;
  const clip = { ...box, height: Math.min(box.height, 1100) };
  await form.page.screenshot({ path: join(screenshots, `${name}.top.png`), clip, fullPage: true });
}

/** Calls main the way a worker does: parameters by name, the resource from the emulator. */
async function runMain(op: Operation, args: Record<string, unknown>) {
  const params = parseParams(readFileSync(op.file, "utf8"));
  const script = (await import(pathToFileURL(op.file).href)) as { main: (...a: unknown[]) => Promise<unknown> };
  try {
    return await script.main(...params.map((p, i) => (i === 0 ? emulator.resource(op.provider) : args[p.name])));
  } catch (error) {
    const { auth: _, ...sent } = args;
    const short = (_: string, v: unknown) => (typeof v === "string" && v.length > 100 ? `<${v.length} chars>` : v);
    throw new Error(`${op.id} refused the form's args ${JSON.stringify(sent, short)}: ${error}`);
  }
}

/**
 * Whether main's signature requires the field (its contract's shape). An enum inside a list item
 * or an optional object has no required mark (the form would pre-select a value nobody chose),
 * yet a person filling that item picks one: so the test does too.
 */
function signatureRequires(op: Operation, path: string): boolean {
  const { contract } = createRequire(import.meta.url)(op.file) as { contract?: { shape: Shape } };
  const [arg, ...rest] = path.split(".");
  const root = arg === "body" || arg === "options" ? contract?.shape[arg] : undefined;
  return rest.length > 0 && !!root && !!nodeAt(root, rest.join("."))?.req;
}

/** The fields to fill; with `list` given (an item added there), not the ones it excludes (onlyOneOf). */
const wanted = (op: Operation, list?: string) => (f: Field) =>
  (f.required || signatureRequires(op, f.path) || (alsoFilled[op.id] ?? []).includes(f.path)) &&
  !(list && f.path !== list && (onlyOneOf[op.id] ?? []).includes(list) && onlyOneOf[op.id]!.includes(f.path));

async function showFilled(op: Operation, c: Contract, list?: string): Promise<Drawn[]> {
  expect(await form.show(c.path, c.schema)).toEqual([]);
  for (const field of c.fields.filter(wanted(op, list))) {
    const drawn = drawnFor(await readForm(form.page), field);
    if (!drawn) throw new Error(`${field.path} is not drawn`);
    await fillRequired(form, drawn.node, field, wanted(op, list));
  }
  return readForm(form.page);
}

/** The drawn list field `list`, directly in a parameter or one of its fields. */
async function listNode(top: Drawn[], c: Contract, list: Field): Promise<number> {
  const param = c.fields.find((f) => list.path === f.name || list.path.startsWith(`${f.name}.`))!;
  const owner = param === list ? undefined : drawnFor(top, param);
  const found = drawnFor(owner ? owner.children : top, list);
  if (!found) throw new Error(`${list.path} is not drawn`);
  return found.node;
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
      expect(m.drawn).toEqual(m.expected);
    });

    test("draws enums as comboboxes of exactly their values, booleans as toggles, base64 as file pickers", async () => {
      const w = await widgets(form.page, pairs(contract.fields, drawn));
      expect(w.drawn).toEqual(w.expected);
    });

    test("its required fields, filled in the form, make args that main accepts", async () => {
      await showFilled(op, contract);
      const args = await form.args();
      if (photographed.has(op.id)) await photograph(op.id.replace("/", "-"));
      expect(await form.problems()).toEqual([]);
      await runMain(op, args);
    }, 60_000);

    for (const list of itemLists(contract)) {
      test(`a new ${list.path} item shows its fields in order, with required marks and widgets, at every depth`, async () => {
        expect(await form.show(contract.path, contract.schema)).toEqual([]);
        const node = await listNode(await readForm(form.page), contract, list);
        await addItemsDeep(form, node, list); // and one to each list inside it
        const item = findNode(await readForm(form.page), node)!.children;
        expect(drawnShape(item)).toEqual(expectedShape(list.fields ?? [], true));
        const m = marks(pairs(list.fields ?? [], item, true, true));
        expect(m.drawn).toEqual(m.expected);
        const w = await widgets(form.page, pairs(list.fields ?? [], item, true, true));
        expect(w.drawn).toEqual(w.expected);
        expect(await form.problems()).toEqual([]);
      }, 60_000);

      test(`with a half-filled ${list.path} item, the form's args are accepted by main`, async () => {
        const node = await listNode(await showFilled(op, contract, list.path), contract, list);
        await fillItem(form, node, list, "half", wanted(op, list.path));
        const args = await form.args();
        expect(await form.problems()).toEqual([]);
        await runMain(op, args);
      }, 60_000);
    }
  });
}
