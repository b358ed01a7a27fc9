// Reads the form as drawn: every field (an ArgInput, marked data-schema-picker) with its
// label, required mark and widget, nested as on screen. Each field element gets a
// data-node number, kept across reads, so the test can address it afterwards.
import type { Page } from "playwright-core";

export type Drawn = {
  node: number;
  label: string;
  required: boolean;
  /** the type hint beside the label: string, number, object, array... */
  type: string;
  widget: "toggle" | "file" | "combobox" | "multiselect" | "slider" | "list" | "text" | "json" | "resource" | "none";
  children: Drawn[];
};

export function readForm(page: Page): Promise<Drawn[]> {
  return page.evaluate((multiSelect) => {
    const form = document.querySelector("#form");
    if (!form) return [];
    const all = [...form.querySelectorAll<HTMLElement>("[data-schema-picker]")];
    const counter = window as unknown as { nextNode?: number };
    for (const el of all) el.dataset.node ??= String((counter.nextNode = (counter.nextNode ?? 0) + 1));
    const owner = (el: Element) => el.parentElement?.closest("[data-schema-picker]") ?? null;
    // An element belongs to the innermost field around it.
    const own = (field: Element, selector: string) =>
      [...field.querySelectorAll(selector)].filter((el) => el.closest("[data-schema-picker]") === field);
    const widgetOf = (field: HTMLElement): string => {
      const header = field.firstElementChild?.matches(".flex.items-end") ? field.firstElementChild : null;
      const inBody = (selector: string) => own(field, selector).filter((el) => !header?.contains(el));
      if (inBody("#arg-input-add-item").length) return "list";
      // select/MultiSelect.svelte: a box saying "Select items" until something is picked.
      if (inBody(multiSelect).length) return "multiselect";
      if (inBody(".rangeSlider").length) return "slider";
      if (inBody("input[type=file]").length) return "file";
      if (inBody("input[type=checkbox]").length) return "toggle";
      if (inBody(".monaco-editor, .animate-spin").length) return "json";
      // ResourcePicker.svelte's Select says "<type> resource"; an enum's (ArgEnum) "Please select" or its value.
      if (inBody("input[autocomplete=off][placeholder$=' resource']").length) return "resource";
      if (inBody("input[autocomplete=off]").length) return "combobox";
      if (inBody("textarea, input").length) return "text";
      return all.some((el) => owner(el) === field) ? "none" : "resource";
    };
    const describe = (field: HTMLElement): unknown => {
      const header = own(field, ".truncated")[0];
      const spans = header ? [...header.querySelectorAll(":scope > span")] : [];
      return {
        node: Number(field.dataset.node),
        label: spans[0]?.textContent?.trim() ?? "",
        required: spans.some((s) => s.textContent?.trim() === "*" && s.className.includes("text-red")),
        type: header?.querySelector(".italic")?.textContent?.trim() ?? "",
        widget: widgetOf(field),
        children: all.filter((el) => owner(el) === field).map(describe),
      };
    };
    return all.filter((el) => !owner(el) || !form.contains(owner(el))).map(describe) as never;
  }, multiSelect);
}

const multiSelect = "div.flex.items-center.flex-wrap.relative:has(> span.text-hint, > ul[role=list])";
const options = (page: Page) => page.locator("li > button > span:first-of-type");

/**
 * Opens the dropdown of a field's Select (opens on pointerdown) or MultiSelect (on pointerup).
 * The event goes to the element itself: a click at its coordinates can land on whatever else
 * is drawn there.
 */
export async function openDropdown(page: Page, node: number): Promise<void> {
  const field = page.locator(`[data-node="${node}"]`);
  const box = field.locator(multiSelect);
  const select = (await box.count()) ? box.first() : field.locator("input[autocomplete=off]").first();
  await select.scrollIntoViewIfNeeded();
  await select.dispatchEvent((await box.count()) ? "pointerup" : "pointerdown");
  await options(page).first().waitFor({ state: "visible", timeout: 5000 });
}

/** Closes any open dropdown the way a click elsewhere does (utils.js clickOutside). */
export async function closeDropdown(page: Page): Promise<void> {
  await page.locator("body").dispatchEvent("click");
  await page.waitForFunction(() => document.querySelectorAll("li > button > span").length === 0);
}

/** The labels a field's dropdown offers. */
export async function dropdownOptions(page: Page, node: number): Promise<string[]> {
  await openDropdown(page, node);
  const labels = (await options(page).allTextContents()).map((label) => label.trim());
  await closeDropdown(page);
  return labels;
}

/** Picks one label from a field's dropdown. */
export async function pick(page: Page, node: number, label: string): Promise<void> {
  await openDropdown(page, node);
  const all = await options(page).allTextContents();
  const index = all.findIndex((text) => text.trim() === label);
  if (index < 0) throw new Error(`the dropdown offers no ${label}, only ${all.join(", ")}`);
  await options(page).nth(index).dispatchEvent("click");
  if (await options(page).count()) await closeDropdown(page);
}

/** The drawn field numbered `node`, wherever it is in the tree. */
export function findNode(level: Drawn[], node: number): Drawn | undefined {
  for (const drawn of level) {
    if (drawn.node === node) return drawn;
    const inside = findNode(drawn.children, node);
    if (inside) return inside;
  }
  return undefined;
}
