import { describe, expect, test } from "bun:test";
import { InputError } from "./errors.ts";
import {
  array,
  boolean,
  either,
  integer,
  number,
  object,
  oneOf,
  refine,
  type Rule,
  string,
  validate,
} from "./validate.ts";

const problem = (rule: Rule, value: unknown) => {
  try {
    validate(value as object, rule);
    return undefined;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return e.message;
  }
};

describe("validate", () => {
  const rule = object(
    {
      model: string({ nonEmpty: true }),
      items: array(object({ kind: oneOf("a", "b"), n: integer({ min: 1 }) }, ["kind"]), { min: 1, max: 2 }),
      flag: boolean,
    },
    ["model"],
  );

  test("names the field path and the broken rule", () => {
    expect(problem(rule, { model: "m", items: [{ kind: "a" }, { kind: "c" }] })).toBe(
      'body.items[1].kind: must be one of "a", "b" (got "c")',
    );
    expect(problem(rule, { model: "m", items: [{ kind: "a", n: 1.5 }] })).toBe(
      "body.items[0].n: must be a whole number (got 1.5)",
    );
    expect(problem(rule, { model: "m", items: [{}] })).toBe("body.items[0].kind: is required");
    expect(problem(rule, { model: " " })).toBe("body.model: must not be empty");
    expect(problem(rule, { model: "m", flag: "yes" })).toBe('body.flag: must be true or false (got "yes")');
    expect(problem(rule, { model: "m", items: [] })).toBe("body.items: must not be empty");
    expect(problem(rule, { model: "m", items: [{ kind: "a" }, { kind: "a" }, { kind: "a" }] })).toBe(
      "body.items: must have at most 2 items (got 3)",
    );
  });

  test("checks exclusive and inclusive bounds", () => {
    const p = object({ p: number({ above: 0, max: 1 }) });
    expect(problem(p, { p: 0 })).toBe("body.p: must be greater than 0 (got 0)");
    expect(problem(p, { p: 1 })).toBeUndefined();
    expect(problem(p, { p: Number.NaN })).toBe("body.p: must be a number (got NaN)");
  });

  test("accepts any of several forms and explains every one when none fits", () => {
    const stop = object({ stop: either(string(), array(string())) });
    expect(problem(stop, { stop: "x" })).toBeUndefined();
    expect(problem(stop, { stop: ["x"] })).toBeUndefined();
    expect(problem(stop, { stop: [1] })).toBe(
      "body.stop: matches no accepted form: must be a string (got a list); or [0] must be a string (got 1)",
    );
  });

  test("checks rules across fields", () => {
    const r = refine(object({}), (b) => (b.stream && b.n > 1 ? ["n", "must be 1 when streaming"] : undefined));
    expect(problem(r, { stream: true, n: 2 })).toBe("body.n: must be 1 when streaming");
  });

  test("treats null as absent and drops top-level nulls from what is sent", () => {
    expect(validate({ model: "m", flag: null, nested: { a: null } }, rule)).toEqual({
      model: "m",
      nested: { a: null },
    } as any);
    expect(problem(rule, { model: null })).toBe("body.model: is required");
  });

  test("rejects a body that is not an object", () => {
    expect(problem(rule, [])).toBe("body: must be an object (got a list)");
  });
});
