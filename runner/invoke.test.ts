import { describe, expect, test } from "bun:test";
import { buildArgs, parseParams } from "./invoke.ts";
import { UsageError } from "./errors.ts";

const full = parseParams(`type Cohere = { apiKey: string };
export async function main(auth: Cohere, body: { model: string }, options?: { max_retries?: number }) {}`);
const inputs = { resource: { apiKey: "test-key-0123456789" }, options: {}, extra: {} };

describe("arguments reach main by parameter name, as on a Windmill worker", () => {
  test("Windmill's parser reads main's parameters and which have defaults", () => {
    expect(full).toEqual([
      { name: "auth", hasDefault: false },
      { name: "body", hasDefault: false },
      { name: "options", hasDefault: true },
    ]);
  });

  test("resource first, body, and options only when an option flag was given", () => {
    expect(buildArgs(full, { ...inputs, body: { model: "m" } }, "x")).toEqual([
      { apiKey: "test-key-0123456789" },
      { model: "m" },
      undefined,
    ]);
    expect(buildArgs(full, { ...inputs, options: { max_retries: 2 } }, "x")[2]).toEqual({ max_retries: 2 });
  });

  test("a required body that was not given is an empty object, so the script's own validation speaks", () => {
    expect(buildArgs(full, inputs, "x")[1]).toEqual({});
  });

  test("other parameters come from --arg, parsed as JSON when possible", () => {
    const params = parseParams(
      "export async function main(auth: { apiKey: string }, file_id: string, limit: number) {}",
    );
    const args = buildArgs(params, { ...inputs, extra: { file_id: "file-1", limit: "5" } }, "x");
    expect(args).toEqual([{ apiKey: "test-key-0123456789" }, "file-1", 5]);
  });

  test("a body, options or --arg the script does not declare is a usage error naming its parameters", () => {
    const params = parseParams("export async function main(auth: { apiKey: string }, file_id: string) {}");
    expect(() => buildArgs(params, { ...inputs, body: {} }, "x")).toThrow(
      "takes no body; its parameters are: auth, file_id (use --arg file_id=...)",
    );
    expect(() => buildArgs(params, { ...inputs, options: { max_retries: 1 } }, "x")).toThrow(UsageError);
    expect(() => buildArgs(params, { ...inputs, extra: { nope: "1" } }, "x")).toThrow("has no parameter nope");
  });
});
