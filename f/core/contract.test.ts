import { describe, expect, test } from "bun:test";
import {
  alternative,
  check,
  checks,
  defineContract,
  free,
  int,
  keepEmpty,
  list,
  nonEmpty,
  obj,
  oneOf,
  oneString,
  range,
  req,
  segment,
  str,
} from "./contract.ts";
import { InputError } from "./errors.ts";
import type { Shape } from "./shape.ts";

const options = obj({ max_retries: { t: "number" }, timeout_seconds: { t: "number" }, extra_body: { t: "json" } });
const shape: Shape = {
  provider: "togetherai",
  body: obj({
    model: req(str),
    prompt: str,
    messages: req(
      list(obj({ role: req(oneOf("user", "tool")), content: str, tool_call_id: str, citations: list({ t: "json" }) })),
    ),
    temperature: { t: "number" },
    stop: list(str),
    response_format: obj({ type: req(oneOf("text", "json_object")), schema: { t: "json" } }),
    id: str,
    stream: { t: "boolean" },
  }),
  options,
};
const namedCheck = check("tool_call_id", "is required for a tool message", (m) => m.role === "tool" && !m.tool_call_id);
const rules = {
  model: nonEmpty,
  prompt: keepEmpty,
  messages: free,
  "messages[]": checks(namedCheck),
  "messages[].role": free,
  "messages[].content": free,
  "messages[].tool_call_id": free,
  "messages[].citations": free,
  temperature: range(0, 2),
  stop: free,
  response_format: free,
  "response_format.type": free,
  "response_format.schema": free,
  id: segment,
  stream: free,
};
const parts = alternative("parts", list(obj({ type: req(oneOf("text")), text: req(str) })));
const chat = defineContract(shape, {
  sends: "json",
  rules,
  alternatives: { stop: oneString, "messages[].content": parts },
});
const get = defineContract({ ...shape, body: obj({ id: req(str) }) }, { sends: "query", rules: { id: segment } });

const auth = { api_key: "test-key-0123456789" };
const messages = [{ role: "user", content: "hi" }];
const parse = (body: unknown, opts?: unknown, c = chat) => c.parse(auth, body, opts);
const problem = (body: unknown, opts?: unknown, c = chat) => {
  try {
    parse(body, opts, c);
    return undefined;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return e.message;
  }
};

describe("contract: form leftovers", () => {
  test("drops null, undefined, empty strings, lists and objects at every depth, list items included", () => {
    const body = {
      model: "m",
      messages: [{ role: "user", content: "hi", tool_call_id: "", citations: [] }, {}, null],
      stop: ["", "\n"],
      response_format: { type: null, schema: {} },
      temperature: undefined,
      id: null,
    };
    expect(parse(body).body).toEqual({ model: "m", messages, stop: ["\n"] });
  });

  test("keeps an empty string where the keep-list says it means something", () => {
    expect(parse({ model: "m", messages, prompt: "" }).body).toEqual({ model: "m", messages, prompt: "" });
  });

  test("an empty messages list gets the same message whatever the provider", () => {
    expect(problem({ model: "m", messages: [] })).toBe("body.messages: must not be empty");
    expect(problem({ model: "m", messages: [{}] })).toBe("body.messages: must not be empty");
    expect(problem({ model: "m" })).toBe("body.messages: is required");
  });

  test("treats a missing body as empty, so required fields are named", () => {
    expect(problem(undefined)).toBe("body.model: is required");
    expect(problem([])).toBe("body: must be an object (got a list)");
  });
});

describe("contract: unknown fields", () => {
  test("names a misspelt top-level field, its likely meaning and the escape hatch", () => {
    expect(problem({ model: "m", messages, temprature: 0.2 })).toBe(
      'body.temprature: unknown field (did you mean "temperature"?): fix the name, or send it through options.extra_body',
    );
    expect(problem({ model: "m", messages, zzz: 1 })).toBe(
      "body.zzz: unknown field: remove it, or send it through options.extra_body",
    );
  });

  test("refuses unknown keys in nested typed objects and list items", () => {
    expect(problem({ model: "m", messages: [{ role: "user", content: "x", contnet: "y" }] })).toMatch(
      /^body\.messages\[0\]\.contnet: unknown field \(did you mean "content"\?\)/,
    );
    expect(problem({ model: "m", messages, response_format: { type: "text", extra: 1 } })).toMatch(
      /^body\.response_format\.extra: unknown field/,
    );
  });

  test("ignores an unknown key whose value is empty", () => {
    expect(parse({ model: "m", messages, legacy: null }).body).toEqual({ model: "m", messages });
  });

  test("refuses unknown options, naming the ones there are", () => {
    expect(problem({ model: "m", messages }, { max_retry: 1 })).toBe(
      'options.max_retry: unknown field (did you mean "max_retries"?): options takes max_retries, timeout_seconds, extra_body',
    );
  });

  test("an operation without a JSON body lists its fields instead of the escape hatch", () => {
    expect(problem({ id: "f", name: "x" }, undefined, get)).toBe("body.name: unknown field: this operation takes id");
  });
});

describe("contract: prototypes and numbers", () => {
  test("refuses __proto__ anywhere in body or options", () => {
    const inBody = JSON.parse('{"model": "m", "messages": [], "__proto__": {"stream": "yes"}}');
    expect(problem(inBody)).toBe("body.__proto__: is not accepted: a key that would set a prototype");
    const inRaw = JSON.parse(
      '{"model":"m","messages":[{"role":"user","content":"x"}],"response_format":{"type":"text","schema":{"a":{"__proto__":{}}}}}',
    );
    expect(problem(inRaw)).toMatch(/^body\.response_format\.schema\.a\.__proto__: is not accepted/);
    const inExtra = JSON.parse('{"extra_body": {"__proto__": {"x": 1}}}');
    expect(problem({ model: "m", messages }, inExtra)).toMatch(/^options\.extra_body\.__proto__: is not accepted/);
  });

  test("copies Raw JSON onto null-prototype objects, constructor and prototype passing as data", () => {
    const schema = { constructor: { type: "string" }, prototype: 1, list: [{ a: 1 }] };
    const out = parse({ model: "m", messages, response_format: { type: "json_object", schema } }).body as any;
    expect(Object.getPrototypeOf(out.response_format.schema)).toBeNull();
    expect(JSON.parse(JSON.stringify(out.response_format.schema))).toEqual(schema);
    expect(out.response_format.schema).not.toBe(schema);
  });

  test("reads only own properties: a value inherited from a prototype is never sent", () => {
    const body = Object.assign(Object.create({ stream: "yes", temperature: 9 }), { model: "m", messages });
    expect(parse(body).body).toEqual({ model: "m", messages });
  });

  test.each([
    ["Infinity", Number.POSITIVE_INFINITY, "Infinity"],
    ["-Infinity", Number.NEGATIVE_INFINITY, "-Infinity"],
    ["NaN", Number.NaN, "NaN"],
    ["1e309 (parsed as Infinity)", JSON.parse("1e309"), "Infinity"],
  ])("refuses %s as a number, in typed fields and in Raw JSON", (_, n, shown) => {
    expect(problem({ model: "m", messages, temperature: n })).toBe(
      `body.temperature: must be a finite number (got ${shown})`,
    );
    expect(problem({ model: "m", messages, response_format: { type: "text", schema: { x: [n] } } })).toBe(
      `body.response_format.schema.x[0]: must be a finite number (got ${shown})`,
    );
  });
});

describe("contract: types, rules and alternatives", () => {
  test("checks types, enums, required fields and bounds, naming the path and the rule", () => {
    expect(problem({ model: 1, messages })).toBe("body.model: must be a string (got 1)");
    expect(problem({ model: " ", messages })).toBe("body.model: must not be empty");
    expect(problem({ model: "m", messages: [{ role: "bot" }] })).toBe(
      'body.messages[0].role: must be one of "user", "tool" (got "bot")',
    );
    expect(problem({ model: "m", messages, temperature: 3 })).toBe("body.temperature: must be at most 2 (got 3)");
    expect(problem({ model: "m", messages, stream: "yes" })).toBe('body.stream: must be true or false (got "yes")');
    expect(problem({ model: "m", messages, response_format: { schema: { a: 1 } } })).toBe(
      "body.response_format.type: is required",
    );
  });

  test("runs named cross-field checks on the cleaned object", () => {
    expect(problem({ model: "m", messages: [{ role: "tool", content: "x", tool_call_id: "" }] })).toBe(
      "body.messages[0].tool_call_id: is required for a tool message",
    );
  });

  test("accepts a declared alternative, and explains every accepted form when none fits", () => {
    const body = { model: "m", messages: [{ role: "user", content: [{ type: "text", text: "x" }] }], stop: "\n" };
    expect(parse(body).body).toEqual(body);
    expect(problem({ model: "m", messages, stop: 5 })).toBe(
      "body.stop: matches no accepted form: must be a list (got 5); or must be a string (got 5)",
    );
    expect(problem({ model: "m", messages: [{ role: "user", content: [{ type: "text" }] }] })).toBe(
      "body.messages[0].content: matches no accepted form: must be a string (got a list); or [0].text is required",
    );
  });

  test("refuses . and .. where a value goes into the URL path", () => {
    for (const id of [".", ".."])
      expect(problem({ id }, undefined, get)).toBe(
        `body.id: cannot be a dot segment: it would climb the URL path (got "${id}")`,
      );
    expect(parse({ id: "file-1" }, undefined, get).body).toEqual({ id: "file-1" });
  });
});

describe("contract: options and extra_body", () => {
  test("returns the call options without extra_body, and merges extra_body into a JSON body", () => {
    const r = parse({ model: "m", messages }, { max_retries: 0, extra_body: { top_n: 3, meta: { a: [1] } } });
    expect(r.options).toEqual({ max_retries: 0 });
    expect(r.body).toEqual({ model: "m", messages, top_n: 3, meta: { a: [1] } });
  });

  test("never lets extra_body override a field the script knows", () => {
    expect(problem({ model: "m", messages }, { extra_body: { stream: true } })).toBe(
      "options.extra_body.stream: is a field of body: set body.stream instead",
    );
  });

  test("refuses extra_body where there is no JSON body to merge it into", () => {
    expect(problem({ id: "f" }, { extra_body: { x: 1 } }, get)).toBe(
      "options.extra_body: is not accepted: this operation is a GET, which sends no JSON body",
    );
    expect(parse({ id: "f" }, { extra_body: {} }, get).body).toEqual({ id: "f" });
  });

  test("checks the options' bounds once for every script", () => {
    expect(problem({ model: "m", messages }, { max_retries: 11 })).toBe(
      "options.max_retries: must be at most 10 (got 11)",
    );
    expect(problem({ model: "m", messages }, { max_retries: 1.5 })).toBe(
      "options.max_retries: must be a whole number (got 1.5)",
    );
    expect(problem({ model: "m", messages }, { timeout_seconds: 0 })).toBe(
      "options.timeout_seconds: must be greater than 0 (got 0)",
    );
    expect(problem({ model: "m", messages }, { timeout_seconds: 901 })).toBe(
      "options.timeout_seconds: must be at most 900 (got 901)",
    );
    expect(parse({ model: "m", messages }, { max_retries: null, timeout_seconds: "" }).options).toEqual({});
  });

  test("checks auth before anything else", () => {
    expect(() => chat.parse({ api_key: "k\r\nx" }, { model: "m", messages })).toThrow("auth.api_key: must hold only");
  });
});

test("keeps rule int's whole-number message", () => {
  const c = defineContract({ ...shape, body: obj({ n: { t: "number" } }) }, { sends: "json", rules: { n: int(1) } });
  expect(problem({ n: 1.5 }, undefined, c)).toBe("body.n: must be a whole number (got 1.5)");
  expect(problem({ n: 2 ** 60 }, undefined, c)).toBe(
    `body.n: must be a safe integer, at most 9007199254740991 (got ${2 ** 60})`,
  );
});
