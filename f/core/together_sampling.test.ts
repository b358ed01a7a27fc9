import { describe, expect, test } from "bun:test";
import { samplingRules, tokenBias } from "./together_sampling.ts";
import { object, validate } from "./validate.ts";

const rules = object(samplingRules);
const error = (body: object) => {
  try {
    validate(body, rules);
    return "";
  } catch (e) {
    return (e as Error).message;
  }
};

describe("together sampling rules", () => {
  test("accept the documented ranges at their edges", () => {
    expect(
      error({
        temperature: 2,
        top_p: 1,
        min_p: 0,
        presence_penalty: -2,
        frequency_penalty: 2,
        n: 128,
        logprobs: 0,
        stop: "\n",
        logit_bias: { "105": 21.4 },
      }),
    ).toBe("");
  });

  test("refuse values outside them, naming the field", () => {
    expect(error({ temperature: 2.1 })).toBe("body.temperature: must be at most 2 (got 2.1)");
    expect(error({ n: 0 })).toBe("body.n: must be at least 1 (got 0)");
    expect(error({ max_tokens: -1 })).toBe("body.max_tokens: must be at least 0 (got -1)");
  });

  test("tokenBias wants an object of numbers", () => {
    expect(() => tokenBias([1], "b")).toThrow("b: must be an object");
    expect(() => tokenBias({ "7": null }, "b")).toThrow("b.7: must be a number");
  });
});
