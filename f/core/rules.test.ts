import { describe, expect, test } from "bun:test";
import { above, and, atMost, check, checks, int, range } from "./rules.ts";

describe("rules are data", () => {
  test("builders state their bounds as plain fields", () => {
    expect(range(0, 2)).toEqual({ min: 0, max: 2 });
    expect(int(1)).toEqual({ int: true, min: 1 });
    expect(and(above(0), atMost(1))).toEqual({ above: 0, max: 1 });
  });

  test("and() adds up checks and refuses two values for one bound", () => {
    const a = check("x", "a", () => false);
    const b = check("y", "b", () => false);
    expect(and(checks(a), checks(b)).checks).toEqual([a, b]);
    expect(() => and(range(0, 1), range(0, 2))).toThrow("two values for max");
  });
});
