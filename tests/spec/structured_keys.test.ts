// The chat scripts add `parsed` and `parsed_by` to the provider's response (structured output):
// neither may be a field the provider's own response documents. Skipped where ../shared is absent.
import { describe, expect, test } from "bun:test";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { findOperation, responseFields, type Spec } from "./openapi.ts";

const SPECS = join(import.meta.dir, "../../../shared/specs");
const present = existsSync(SPECS);
if (!present) console.warn(`structured-output key check skipped: ${SPECS} is absent`);

const CHATS = [
  {
    script: "ai21/create_chat_completion",
    file: "ai21.openapi.json",
    path: "/studio/v1/chat/completions",
    has: "choices",
  },
  {
    script: "togetherai/create_chat_completion",
    file: "together.openapi.yaml",
    path: "/chat/completions",
    has: "choices",
  },
  { script: "cohere/chat", file: "cohere.openapi.yaml", path: "/v2/chat", has: "finish_reason" },
];

describe.skipIf(!present)("the keys structured output adds are not the providers' own", () => {
  test.each(CHATS)("$script: the documented response has no parsed or parsed_by", ({ file, path, has }) => {
    const text = readFileSync(join(SPECS, file), "utf8");
    const spec: Spec = file.endsWith(".json") ? JSON.parse(text) : parse(text);
    const fields = responseFields(spec, findOperation(spec, "POST", path)!);
    expect(fields.has(has)).toBe(true);
    expect([...fields].filter((f) => f === "parsed" || f === "parsed_by")).toEqual([]);
  });
});
