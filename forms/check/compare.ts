// The contract side by side with the drawn form, as lists of lines the test compares: field
// order (as nested labels), required marks and widgets.
import type { Page } from "playwright-core";
import type { Field } from "./contract.ts";
import { type Drawn, dropdownOptions } from "./dom.ts";

/** Labels as nested lists. `items`: lists of objects hold one item's fields (one was added). */
export type Shape = { label: string; fields?: Shape[] };

const nests = (f: Field, items: boolean) => f.kind === "object" || (items && f.kind === "list" && f.item === "object");

export const expectedShape = (fields: Field[], items = false): Shape[] =>
  fields.map((f) =>
    nests(f, items) && f.fields ? { label: f.label, fields: expectedShape(f.fields, items) } : { label: f.label },
  );

export const drawnShape = (drawn: Drawn[]): Shape[] =>
  drawn.map((d) => (d.children.length ? { label: d.label, fields: drawnShape(d.children) } : { label: d.label }));

/** The drawn field for a contract field among one level's drawn fields. */
export const drawnFor = (level: Drawn[], field: Field) => level.find((d) => d.label === field.label);

export type Pair = { field: Field; drawn?: Drawn; inItem: boolean };

/** Each contract field with its drawn field, through objects and (with `items`) list items. */
export function pairs(fields: Field[], drawn: Drawn[], items = false, inItem = false): Pair[] {
  return fields.flatMap((field) => {
    const d = drawnFor(drawn, field);
    const list = field.kind === "list";
    const inside = nests(field, items) && field.fields && d ? pairs(field.fields, d.children, items, list) : [];
    return [{ field, drawn: d, inItem }, ...inside];
  });
}

/**
 * Required marks, as lines. A list item's form marks a field whose schema says `required: true`,
 * or (utils.js getSchemaFromProperties) any object with a `required` list of its own, and
 * `required: true` on such an object crashes its form: so an item's own objects are left out,
 * their mark says nothing about the contract.
 */
export function marks(list: Pair[]) {
  const kept = list.filter((p) => !(p.inItem && p.field.kind === "object"));
  return {
    expected: kept.map((p) => `${p.field.path}${p.field.required ? " *" : ""}`),
    drawn: kept.map((p) => `${p.field.path}${p.drawn?.required ? " *" : ""}`),
  };
}

/** The widget a field must get. A number with both bounds is a slider (Range.svelte), which needs a default. */
export function widgetOf(f: Field): string {
  if (f.kind === "list" && f.values) return "multiselect";
  if (f.kind === "number") return f.schema.min !== undefined && f.schema.max !== undefined ? "slider" : "text";
  if (f.kind === "object") return "none";
  return f.kind;
}

/** Widgets as lines, with the options each combobox or multi-select offers when opened. */
export async function widgets(page: Page, list: Pair[]) {
  const expected: string[] = [];
  const drawn: string[] = [];
  for (const { field, drawn: d } of list) {
    expected.push(`${field.path}: ${widgetOf(field)}`);
    drawn.push(`${field.path}: ${d?.widget ?? "missing"}`);
    if (field.values && (d?.widget === "combobox" || d?.widget === "multiselect")) {
      expected.push(`${field.path} options: ${field.values.join(" | ")}`);
      drawn.push(`${field.path} options: ${(await dropdownOptions(page, d.node)).join(" | ")}`);
    }
  }
  return { expected, drawn };
}
