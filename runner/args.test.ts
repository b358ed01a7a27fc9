import { describe, expect, test } from "bun:test";
import { MAX_RETRIES } from "../f/core/options.ts";
import { parseArgs } from "./args.ts";
import { UsageError } from "./errors.ts";
import { readJsonArg } from "./json_input.ts";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

describe("parseArgs", () => {
  test("no arguments means the tour", () => {
    expect(parseArgs([]).command).toBe("tour");
  });

  test("an operation with body, resource and options becomes a run", () => {
    const args = parseArgs([
      "cohere/chat",
      "--body",
      "{}",
      "--resource=@r.json",
      "--max-retries",
      "3",
      "--timeout=2.5",
    ]);
    expect(args).toMatchObject({
      command: "run",
      operation: "cohere/chat",
      body: "{}",
      resource: "@r.json",
      options: { max_retries: 3, timeout_seconds: 2.5 },
    });
  });

  test("--help wins over everything else and --list over a run", () => {
    expect(parseArgs(["cohere/chat", "--list", "-h"]).command).toBe("help");
    expect(parseArgs(["--list"]).command).toBe("list");
  });

  test("--json, --emulator, --out and --arg are recorded", () => {
    const args = parseArgs(["ai21/speak", "--json", "--emulator", "--out", "a.mp3", "--arg", "text=hi=there"]);
    expect(args).toMatchObject({ json: true, emulator: true, out: "a.mp3", extra: { text: "hi=there" } });
  });

  test("options with a missing or malformed value are usage errors", () => {
    expect(() => parseArgs(["cohere/chat", "--body"])).toThrow("--body needs a value");
    expect(() => parseArgs(["cohere/chat", "--body", "--json"])).toThrow("--body needs a value");
    expect(() => parseArgs(["cohere/chat", "--json=yes"])).toThrow("--json takes no value");
    expect(() => parseArgs(["cohere/chat", "--max-retries", "1.5"])).toThrow("whole number");
    expect(() => parseArgs(["cohere/chat", "--timeout", "soon"])).toThrow("number");
    expect(() => parseArgs(["cohere/chat", "--arg", "novalue"])).toThrow("name=value");
    expect(() => parseArgs(["cohere/chat", "--body"])).toThrow(UsageError);
  });

  test("--timeout and --max-retries outside the bounds every script checks are usage errors", () => {
    expect(() => parseArgs(["cohere/chat", "--timeout", "0"])).toThrow(
      new UsageError("--timeout must be greater than 0 (got 0)"),
    );
    expect(() => parseArgs(["cohere/chat", "--max-retries", "100"])).toThrow(
      new UsageError(`--max-retries must be at most ${MAX_RETRIES} (got 100)`),
    );
    expect(() => parseArgs(["cohere/chat", "--max-retries=-1"])).toThrow("--max-retries must be at least 0");
    expect(parseArgs(["cohere/chat", "--max-retries", `${MAX_RETRIES}`, "--timeout", "0.5"]).options).toEqual({
      max_retries: MAX_RETRIES,
      timeout_seconds: 0.5,
    });
  });

  test("a value may start with a dash when joined with =, and --arg repeats", () => {
    const args = parseArgs(["cohere/chat", "--body=-1", "--arg", "a=1", "--arg=b=2"]);
    expect(args).toMatchObject({ body: "-1", extra: { a: "1", b: "2" } });
  });

  test("unknown options, two operations, and run options without an operation are refused", () => {
    expect(() => parseArgs(["cohere/chat", "--bdy", "{}"])).toThrow("unknown option --bdy (see --help)");
    expect(() => parseArgs(["cohere/chat", "-x"])).toThrow("unknown option -x (see --help)");
    expect(() => parseArgs(["cohere/chat", "ai21/x"])).toThrow("one operation at a time");
    expect(() => parseArgs(["--body", "{}"])).toThrow("no operation given");
  });
});

describe("readJsonArg", () => {
  test("reads inline JSON, a file after @, and stdin for @-", async () => {
    const dir = mkdtempSync(join(tmpdir(), "runner-args-"));
    writeFileSync(join(dir, "b.json"), '{"from":"file"}');
    expect(await readJsonArg('{"a":1}', "--body")).toEqual({ a: 1 });
    expect(await readJsonArg(`@${join(dir, "b.json")}`, "--body")).toEqual({ from: "file" });
    expect(await readJsonArg("@-", "--body", async () => '{"from":"stdin"}')).toEqual({ from: "stdin" });
  });

  test("says which input is broken and how to quote it", async () => {
    await expect(readJsonArg("{a:1}", "--body")).rejects.toThrow(/--body: inline JSON is not valid JSON.*quote it/);
    await expect(readJsonArg("@/no/such/file.json", "--body")).rejects.toThrow(
      "cannot read /no/such/file.json (ENOENT)",
    );
  });
});
