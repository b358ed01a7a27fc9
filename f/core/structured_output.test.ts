import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "./errors.ts";
import type { Target } from "./http.ts";
import { parseChoices } from "./structured_choices.ts";
import { check, expectJson, parseReply, StructuredOutputError, withParsed } from "./structured_output.ts";

const t: Target = { provider: "Together", baseUrl: "http://x", apiKey: "tgp_v1_secretkey0123456789" };
const schema = {
  type: "object",
  properties: {
    label: { type: "string", enum: ["positive", "negative"] },
    confidence: { type: "number", minimum: 0, maximum: 1 },
  },
  required: ["label", "confidence"],
  additionalProperties: false,
};
const expected = await expectJson("provider schema", schema, "body.response_format.json_schema.schema");
const failureOf = (fn: () => unknown): StructuredOutputError => {
  try {
    fn();
  } catch (e) {
    return e as StructuredOutputError;
  }
  throw new Error("expected a failure");
};
const failures = async (s: object, value: unknown) =>
  check((await expectJson("provider schema", s, "x")).validator!, value);

describe("parseReply", () => {
  test("returns the parsed object when the text matches the schema", async () => {
    expect(parseReply(t, expected, ' {"label": "negative", "confidence": 0.5}\n')).toEqual({
      label: "negative",
      confidence: 0.5,
    });
  });

  test("lists every failure as a JSON pointer, keyword and message, then the raw text", async () => {
    const err = failureOf(() => parseReply(t, expected, '{"label": "angry", "confidence": 3}'));
    expect(err).toBeInstanceOf(StructuredOutputError);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe(
      [
        "Together structured output: the reply does not match the schema (2 failures)",
        '- /label: enum: Instance does not match any of ["positive","negative"].',
        "- /confidence: maximum: 3 is greater than 1.",
        'Reply text (35 characters): {"label": "angry", "confidence": 3}',
      ].join("\n"),
    );
    expect(err.failures.map((f) => f.pointer)).toEqual(["/label", "/confidence"]);
    expect(err.retryable).toBe(true);
    expect(JSON.parse(JSON.stringify(err))).toMatchObject({ name: "StructuredOutputError", truncated: false });
  });

  test("fails text that is not JSON, quoting it", async () => {
    const err = failureOf(() => parseReply(t, expected, "Sure! It is negative."));
    expect(err.message).toStartWith("Together structured output: the reply is not JSON (");
    expect(err.message).toEndWith("\nReply text (21 characters): Sure! It is negative.");
  });

  test("fails an empty reply as not JSON", async () => {
    expect(failureOf(() => parseReply(t, expected, "")).message).toStartWith(
      "Together structured output: the reply is empty, not JSON\n",
    );
  });

  test("says a reply cut at max_tokens was truncated, even when what arrived parses", async () => {
    const cut = failureOf(() => parseReply(t, expected, '{"label": "neg', "length"));
    expect(cut.message).toStartWith(
      "Together structured output: the reply was truncated by max_tokens (finish reason length): raise max_tokens or ask for less; the reply is not JSON (",
    );
    expect(cut.truncated).toBe(true);
    expect(cut.retryable).toBe(false);
    const whole = failureOf(() => parseReply(t, expected, '{"label": "negative", "confidence": 1}', "MAX_TOKENS"));
    expect(whole.message.split("\n")[0]).toBe(
      "Together structured output: the reply was truncated by max_tokens (finish reason MAX_TOKENS): raise max_tokens or ask for less",
    );
  });

  test("shows only the first 1000 characters of a long reply", async () => {
    const err = failureOf(() => parseReply(t, expected, `"${"x".repeat(2000)}"`));
    expect(err.text).toHaveLength(1000);
    expect(err.message).toContain('Reply text (first 1000 of 2002 characters): "xxx');
  });

  test("masks the key in the message, the text and the parsed object", async () => {
    const echo = `{"label": "${t.apiKey}", "confidence": 2}`;
    const err = failureOf(() => parseReply(t, expected, echo));
    expect(JSON.stringify(err)).not.toContain(t.apiKey.slice(4, 12));
    expect(err.message).not.toContain(t.apiKey.slice(4, 12));
    expect(err.text).toBe('{"label": "[redacted]", "confidence": 2}');
    const open = await expectJson("json mode + local check", undefined, "x");
    expect(parseReply(t, open, `{"note": "key ${t.apiKey}"}`)).toEqual({ note: "key [redacted]" });
  });

  test("JSON mode without a schema accepts any JSON", async () => {
    expect(parseReply(t, await expectJson("json mode + local check", undefined, "x"), "[1, 2]")).toEqual([1, 2]);
  });
});

describe("check", () => {
  test("reports nested failures at their own pointers, escaped as RFC 6901 says, without the summaries", async () => {
    const s = {
      type: "object",
      properties: { "a/b~c": { type: "object", properties: { "x y": { type: "array", items: { type: "integer" } } } } },
    };
    expect(await failures(s, { "a/b~c": { "x y": [1, 1.5] } })).toEqual([
      { pointer: "/a~1b~0c/x y/1", keyword: "type", message: 'Instance type "number" is invalid. Expected "integer".' },
    ]);
  });

  test("names the key a false subschema refuses", async () => {
    expect(await failures(schema, { label: "positive", confidence: 1, extra: 1 })).toEqual([
      {
        pointer: "/extra",
        keyword: "additionalProperties",
        message: 'Property "extra" does not match additional properties schema.',
      },
    ]);
  });

  test("follows $ref into $defs and reports the failure beneath it", async () => {
    const s = { $defs: { L: { enum: ["a"] } }, properties: { l: { $ref: "#/$defs/L" } } };
    expect((await failures(s, { l: "b" })).map((f) => [f.pointer, f.keyword])).toEqual([["/l", "enum"]]);
  });

  test("reports a missing required property at the object that lacks it", async () => {
    expect(await failures(schema, { label: "positive" })).toEqual([
      { pointer: "", keyword: "required", message: 'Instance does not have required property "confidence".' },
    ]);
  });

  test("uses the draft a schema names: draft-04's boolean exclusiveMaximum", async () => {
    const s = { $schema: "http://json-schema.org/draft-04/schema#", maximum: 1, exclusiveMaximum: true };
    expect((await failures(s, 1)).map((f) => f.keyword)).toEqual(["maximum"]);
  });

  test("reports a $ref the schema cannot resolve instead of throwing", async () => {
    expect((await failures({ $ref: "https://example.com/missing.json" }, 1))[0]!.keyword).toBe("schema");
  });
});

describe("expectJson", () => {
  test("refuses a schema that is not an object before any request, naming the field", async () => {
    await expect(expectJson("provider schema", [1], "body.response_format.schema")).rejects.toThrow(
      new InputError("body.response_format.schema", "must be a JSON schema object"),
    );
  });

  test("leaves the caller's schema as it was", async () => {
    const s = { type: "object", properties: { a: { $ref: "#/$defs/A" } }, $defs: { A: { type: "string" } } };
    const before = JSON.stringify(s);
    await expectJson("provider schema", s, "x");
    expect(Object.getOwnPropertyNames(s.properties.a)).toEqual(["$ref"]);
    expect(JSON.stringify(s)).toBe(before);
  });
});

describe("withParsed and parseChoices", () => {
  test("keep the provider's response and add parsed and parsed_by at the top level", async () => {
    expect(withParsed({ id: "x" }, { a: 1 }, "provider schema")).toEqual({
      id: "x",
      parsed: { a: 1 },
      parsed_by: "provider schema",
    });
  });

  const reply = (...choices: object[]) => ({ id: "c", choices });
  const answer = (content: string | null, extra: object = {}) => ({
    message: { role: "assistant", content, ...extra },
    finish_reason: "stop",
  });

  test("a reply that only calls tools has nothing to check and gets no parsed", async () => {
    const calls = { tool_calls: [{ id: "1", type: "function", function: { name: "f", arguments: "{}" } }] };
    expect(parseChoices(t, expected, reply(answer(null, calls)))).toEqual(reply(answer(null, calls)));
  });

  test("every choice is checked, naming the one that fails; parsed is the first choice's object", async () => {
    const good = answer('{"label": "positive", "confidence": 1}');
    expect(parseChoices(t, expected, reply(good, good))).toMatchObject({ parsed: { label: "positive" } });
    const err = failureOf(() => parseChoices(t, expected, reply(good, answer("no"))));
    expect(err.message).toStartWith("Together structured output: the reply in choices[1] is not JSON");
  });

  test("finish_reason length is a truncation", async () => {
    const err = failureOf(() => parseChoices(t, expected, reply({ ...answer('{"la'), finish_reason: "length" })));
    expect(err.message).toContain("truncated by max_tokens (finish reason length)");
  });
});
