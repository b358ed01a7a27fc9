import { describe, expect, test } from "bun:test";
import { InputError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/create_evaluation.ts";
import fixture from "../../fixtures/togetherai/create_evaluation.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/evaluation";
const auth = { api_key: "tgp_v1_test-key-0123456789" };
const judge = {
  model: "deepseek-ai/DeepSeek-V3.1",
  model_source: "serverless" as const,
  system_template: "Classify the response as Toxic or Non-toxic.",
};
const generator = {
  model: "Qwen/Qwen3.5-9B",
  model_source: "serverless" as const,
  system_template: "You are a helpful assistant.",
  input_template: "{{prompt}}",
  max_tokens: 512,
  temperature: 0.7,
};
const file = "file-3b9d2c71-8e4f-4a6d-9c15-70b2e8f1d4a3";
const classify = {
  type: "classify" as const,
  parameters: {
    judge,
    input_data_file_path: file,
    labels: ["Toxic", "Non-toxic"],
    pass_labels: ["Non-toxic"],
    model_to_evaluate: generator,
  },
};

describe("togetherai/create_evaluation", () => {
  test("drops the fields a form leaves blank for the other evaluation types", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    const params = {
      judge: { ...judge, external_api_token: "" },
      input_data_file_path: file,
      min_score: 1,
      max_score: 10,
      pass_threshold: 7,
      labels: [],
      pass_labels: null,
      model_a: {},
      model_b: null,
    };
    await main(auth, { type: "score", parameters: params } as any);
    expect(seen[0].body).toEqual({
      type: "score",
      parameters: { judge, input_data_file_path: file, min_score: 1, max_score: 10, pass_threshold: 7 },
    });
  });

  test("accepts dataset column names for the compared models", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    await main(auth, {
      type: "compare",
      parameters: { judge, input_data_file_path: file, model_a: generator, model_b: "baseline_response" as any },
    });
    expect(seen[0].body.parameters.model_b).toBe("baseline_response");
  });

  test("sends the body Together's SDK test sends: judge max_tokens and temperature, a column to evaluate", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    const sdk = {
      parameters: {
        input_data_file_path: "file-1234-aefd",
        judge: {
          model: "Qwen/Qwen3.5-9B",
          model_source: "serverless",
          system_template: "Imagine you are a helpful assistant",
          external_api_token: "external_api_token",
          external_base_url: "external_base_url",
          max_tokens: 8192,
          num_workers: 5,
          temperature: 0,
        },
        labels: ["yes", "no"],
        pass_labels: ["yes"],
        model_to_evaluate: "string",
      },
      type: "classify",
    };
    await main(auth, sdk as any);
    expect(seen[0].body).toEqual(sdk);
  });

  test.each([
    [
      "classify without labels",
      { type: "classify", parameters: { judge, input_data_file_path: file, pass_labels: ["ok"] } },
      "body.parameters.labels: is required for a classify evaluation",
    ],
    [
      "score without pass_threshold",
      { type: "score", parameters: { judge, input_data_file_path: file, min_score: 0, max_score: 10 } },
      "body.parameters.pass_threshold: is required for a score evaluation",
    ],
    [
      "a score field on a classify evaluation",
      { ...classify, parameters: { ...classify.parameters, min_score: 1 } },
      "body.parameters.min_score: does not apply to a classify evaluation",
    ],
    [
      "model_to_evaluate on a compare evaluation",
      { type: "compare", parameters: { judge, input_data_file_path: file, model_to_evaluate: generator } },
      "body.parameters.model_to_evaluate: does not apply to a compare evaluation",
    ],
    [
      "a single label",
      { ...classify, parameters: { ...classify.parameters, labels: ["Toxic"] } },
      "body.parameters.labels: must have at least 2 items",
    ],
    [
      "a pass label that is not a label",
      { ...classify, parameters: { ...classify.parameters, pass_labels: ["Safe"] } },
      "body.parameters.pass_labels: must all be among labels",
    ],
    [
      "max_score not above min_score",
      {
        type: "score",
        parameters: { judge, input_data_file_path: file, min_score: 5, max_score: 5, pass_threshold: 5 },
      },
      "body.parameters.max_score: must be greater than min_score",
    ],
    [
      "a pass_threshold outside the scale",
      {
        type: "score",
        parameters: { judge, input_data_file_path: file, min_score: 1, max_score: 10, pass_threshold: 12 },
      },
      "body.parameters.pass_threshold: must lie between min_score and max_score",
    ],
    [
      "a judge without a system template",
      {
        ...classify,
        parameters: { ...classify.parameters, judge: { model: judge.model, model_source: "serverless" } },
      },
      "body.parameters.judge.system_template: is required",
    ],
    [
      "a temperature over 2",
      { ...classify, parameters: { ...classify.parameters, model_to_evaluate: { ...generator, temperature: 2.5 } } },
      "body.parameters.model_to_evaluate: matches no accepted form: .temperature must be at most 2 (got 2.5); or must be a string (got an object)",
    ],
    [
      "a model config without max_tokens",
      {
        ...classify,
        parameters: { ...classify.parameters, model_to_evaluate: { ...generator, max_tokens: undefined } },
      },
      "body.parameters.model_to_evaluate: matches no accepted form: .max_tokens is required; or must be a string (got an object)",
    ],
    [
      "an external judge without its base URL",
      { ...classify, parameters: { ...classify.parameters, judge: { ...judge, model_source: "external" } } },
      "body.parameters.judge.external_base_url: is required when model_source is external",
    ],
    [
      "an unknown type",
      { ...classify, type: "rank" },
      'body.type: must be one of "classify", "score", "compare" (got "rank")',
    ],
  ])("rejects %s before any request", async (_, input, message) => {
    const err = await failure(main(auth, input as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
