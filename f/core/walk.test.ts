// The form's untouched state of a nested object (walk.ts): Windmill's form sends `false` for every
// boolean without a default, so an optional object or a list item nobody filled arrives holding
// only `false` toggles and none of its required fields.
import { describe, expect, test } from "bun:test";
import { bool, defineContract, free, list, obj, oneOf, req, str } from "./contract.ts";
import { InputError } from "./errors.ts";

const c = defineContract(
  {
    provider: "togetherai",
    body: obj({
      model: req(str),
      training_method: obj({ method: req(oneOf("sft", "dpo")), train_on_inputs: bool, dpo_reference_free: bool }),
      reasoning: obj({ enabled: bool }),
      tools: list(obj({ name: req(str), strict: bool })),
      response_format: obj({ type: oneOf("text", "json_schema"), json_schema: obj({ name: req(str), strict: bool }) }),
    }),
    options: obj({ max_retries: { t: "number" }, timeout_seconds: { t: "number" }, extra_body: { t: "json" } }),
  },
  {
    sends: "json",
    rules: {
      model: free,
      training_method: free,
      "training_method.method": free,
      "training_method.train_on_inputs": free,
      "training_method.dpo_reference_free": free,
      reasoning: free,
      "reasoning.enabled": free,
      tools: free,
      "tools[].name": free,
      "tools[].strict": free,
      response_format: free,
      "response_format.type": free,
      "response_format.json_schema": free,
      "response_format.json_schema.name": free,
      "response_format.json_schema.strict": free,
    },
  },
);
const parse = (body: unknown) => c.parse({ api_key: "test-key-0123456789" }, body).body;

describe("an untouched object is a form leftover", () => {
  test("an optional object with none of its required fields and only false toggles is dropped", () => {
    const body = { model: "m", training_method: { train_on_inputs: false, dpo_reference_free: false } };
    expect(parse(body)).toEqual({ model: "m" });
  });

  test("at every depth and in list items, after the other leftovers are dropped", () => {
    const body = {
      model: "m",
      tools: [{ name: "", strict: false }, { name: "f" }],
      response_format: { json_schema: { name: "", strict: false } },
    };
    expect(parse(body)).toEqual({ model: "m", tools: [{ name: "f" }] });
  });

  test("an object without required fields keeps its false toggle: a flow may mean it", () => {
    expect(parse({ model: "m", reasoning: { enabled: false } })).toEqual({ model: "m", reasoning: { enabled: false } });
  });

  test("a true toggle or any other value is information: the missing required field is refused", () => {
    expect(() => parse({ model: "m", training_method: { dpo_reference_free: true } })).toThrow(
      new InputError("body.training_method.method", "is required"),
    );
    expect(() => parse({ model: "m", tools: [{ strict: false, name: "" }, { strict: true }] })).toThrow(
      "body.tools[1].name: is required",
    );
  });

  test("with its required field given, the object is kept whole", () => {
    const body = { model: "m", training_method: { method: "sft", train_on_inputs: false } };
    expect(parse(body)).toEqual(body);
  });
});
