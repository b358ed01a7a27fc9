// Fills a form through its widgets, as a person would: type into text fields, pick from
// comboboxes, attach files, press "Add item". Only what the test asks is touched; the rest
// stays as the form left it, which is the point.
import type { Field } from "./contract.ts";
import { drawnFor } from "./compare.ts";
import { type Drawn, findNode, pick, readForm } from "./dom.ts";
import type { FormPage } from "./page.ts";
import { type FileSample, sampleFor } from "./samples.ts";

/** The field numbered `node` as it is now (the tree is re-read: items come and go). */
async function current(form: FormPage, node: number): Promise<Drawn> {
  const found = findNode(await readForm(form.page), node);
  if (!found) throw new Error(`field #${node} vanished from the form`);
  return found;
}

async function fillLeaf(form: FormPage, node: number, field: Field): Promise<void> {
  const at = form.page.locator(`[data-node="${node}"]`);
  const value = sampleFor(field);
  switch (field.kind) {
    case "combobox":
      return pick(form.page, node, String(value));
    case "toggle":
      if (value) await at.locator("input[type=checkbox]").first().check({ force: true });
      return;
    case "file":
      await at
        .locator("input[type=file]")
        .first()
        .setInputFiles(value as FileSample);
      await at.getByText("File length").waitFor();
      return;
    case "json": {
      const editor = at.locator(".monaco-editor").first();
      await editor.waitFor({ state: "visible", timeout: 15_000 });
      await editor.click({ force: true });
      await form.page.keyboard.press("ControlOrMeta+A");
      await form.page.keyboard.insertText(String(value));
      await form.page.waitForTimeout(300); // the editor reports changes debounced
      return;
    }
    default:
      await at
        .locator("textarea, input:not([type=checkbox]):not([type=file])")
        .first()
        .fill(String(value), { force: true });
  }
}

/** Which fields to fill: the required ones, and those the script's rules want one of. */
export type Wanted = (field: Field) => boolean;

/** Fills the wanted fields of the drawn field `node` (itself included), at every depth. */
export async function fillRequired(form: FormPage, node: number, field: Field, wanted: Wanted): Promise<void> {
  if (field.kind === "resource") return; // a resource is picked, not typed: the test supplies one
  if (field.kind === "object") {
    for (const child of field.fields ?? []) {
      if (!wanted(child)) continue;
      const drawn = drawnFor((await current(form, node)).children, child);
      if (!drawn) throw new Error(`${child.path} is not drawn`);
      await fillRequired(form, drawn.node, child, wanted);
    }
    return;
  }
  if (field.kind === "list") return fillItem(form, node, field, "required", wanted);
  await fillLeaf(form, node, field);
}

/**
 * Presses "Add item" on the list field `node` and fills the new item: its required fields,
 * or for the half-filled item ("half") its required fields, else its first field only.
 */
export async function fillItem(
  form: FormPage,
  node: number,
  field: Field,
  how: "required" | "half",
  wanted: Wanted,
): Promise<void> {
  const at = form.page.locator(`[data-node="${node}"]`);
  // Playwright sees the button inside the drag-and-drop list as disabled.
  const add = () => at.locator("#arg-input-add-item").last().click({ force: true });
  if (field.item === "enum") return pick(form.page, node, String(sampleFor({ ...field, kind: "combobox" })));
  if (field.item !== "object") {
    for (const value of sampleFor(field) as string[]) {
      await add();
      await at.locator("textarea, input:not([type=checkbox]):not([type=file])").last().fill(value, { force: true });
    }
    return;
  }
  const before = new Set((await current(form, node)).children.map((d) => d.node));
  await add();
  const fields = field.fields ?? [];
  let chosen = fields.filter(wanted);
  if (how === "half" && chosen.length === 0) chosen = fields.slice(0, 1);
  for (const child of chosen) {
    const added = (await current(form, node)).children.filter((d) => !before.has(d.node));
    const drawn = drawnFor(added, child);
    if (!drawn) throw new Error(`${child.path} is not drawn in the new item`);
    await fillRequired(form, drawn.node, child, wanted);
  }
}

/** Adds one item to the list `node`, then one to every list of objects inside that item, at every depth. */
export async function addItemsDeep(form: FormPage, node: number, list: Field): Promise<void> {
  await form.page.locator(`[data-node="${node}"] #arg-input-add-item`).last().click({ force: true });
  await addInside(form, list.fields ?? [], (await current(form, node)).children);
}

async function addInside(form: FormPage, fields: Field[], drawn: Drawn[]): Promise<void> {
  for (const field of fields) {
    const d = drawnFor(drawn, field);
    if (!d) continue;
    if (field.kind === "object") await addInside(form, field.fields ?? [], (await current(form, d.node)).children);
    if (field.kind === "list" && field.item === "object") await addItemsDeep(form, d.node, field);
  }
}
