import { describe, expect, test } from "bun:test";
import { dropBlanks, isBlank } from "./blanks.ts";

describe("blanks", () => {
  test("counts null, undefined, empty text, empty lists and empty objects as blank", () => {
    for (const v of [null, undefined, "", [], {}]) expect(isBlank(v)).toBe(true);
    for (const v of [0, false, " ", [null], { a: null }]) expect(isBlank(v)).toBe(false);
  });

  test("drops blank fields at every depth, and objects left empty by that", () => {
    const form = { a: 1, b: null, c: "", d: { e: null, f: { g: [] } }, h: { i: "x", j: {} }, k: [], l: 0, m: false };
    expect(dropBlanks<unknown>(form)).toEqual({ a: 1, h: { i: "x" }, l: 0, m: false });
  });

  test("keeps array items as given", () => {
    expect(dropBlanks({ labels: ["", "b"], rows: [{ x: null }] })).toEqual({ labels: ["", "b"], rows: [{ x: null }] });
  });

  test("returns anything that is not an object unchanged", () => {
    expect(dropBlanks(null)).toBeNull();
    expect(dropBlanks("text")).toBe("text");
    expect(dropBlanks([1, 2])).toEqual([1, 2]);
  });
});
