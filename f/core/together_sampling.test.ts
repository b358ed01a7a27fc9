import { describe, expect, test } from "bun:test";
import { defineContract, oneString } from "./contract.ts";
import { OPTIONS_SHAPE } from "./options.ts";
import { bool, json, list, num, obj, str } from "./shape.ts";
import { sampling } from "./together_sampling.ts";

const int = { t: "integer" } as const;
const contract = defineContract(
  {
    provider: "togetherai",
    body: obj({
      max_tokens: int,
      stop: list(str),
      temperature: num,
      top_p: num,
      top_k: int,
      min_p: num,
      repetition_penalty: num,
      presence_penalty: num,
      frequency_penalty: num,
      logit_bias: json,
      seed: int,
      n: int,
      logprobs: int,
      echo: bool,
      stream: bool,
      safety_model: str,
    }),
    options: OPTIONS_SHAPE,
  },
  { sends: "json", rules: sampling, alternatives: { stop: oneString } },
);
const error = (body: object) => {
  try {
    contract.parse({ api_key: "test-key-0123456789" }, body);
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

  test("accept max_tokens 0 with echo and logprobs, which scores a prompt without generating", () => {
    expect(error({ max_tokens: 0, echo: true, logprobs: 1 })).toBe("");
  });

  test("refuse values outside them, naming the field", () => {
    expect(error({ temperature: 2.1 })).toBe("body.temperature: must be at most 2 (got 2.1)");
    expect(error({ n: 0 })).toBe("body.n: must be at least 1 (got 0)");
    expect(error({ max_tokens: -1 })).toBe("body.max_tokens: must be at least 0 (got -1)");
  });

  test("want logit_bias to map token ids to numbers", () => {
    expect(error({ logit_bias: { "7": "x" } })).toBe("body.logit_bias: must map token ids to numbers");
  });
});
