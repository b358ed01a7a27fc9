import { afterAll, beforeAll, expect, test } from "bun:test";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { MAX_RETRIES, MAX_TIMEOUT_SECONDS } from "../f/core/options.ts";
import { findOperation } from "./discover.ts";
import { operationHelp } from "./operation_help.ts";
import { makeStandInRepo } from "./test_scripts.ts";

let root = "";
beforeAll(() => {
  root = makeStandInRepo();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

test("an operation's help shows its summary, description and body fields from .script.yaml", () => {
  const text = operationHelp(findOperation(root, "cohere/chat"));
  expect(text).toStartWith("cohere/chat: Chat with a Command model\n\nA stand-in for the chat script.");
  expect(text).toContain("auth: the cohere resource");
  expect(text).toContain("model        string (required)\n      The Command model to use.");
  expect(text).toContain('safety_mode  "CONTEXTUAL"|"STRICT"|"OFF"');
  expect(text).toContain(
    `options: --max-retries N (0 to ${MAX_RETRIES}), --timeout SECONDS (more than 0, at most ${MAX_TIMEOUT_SECONDS})`,
  );
});

test("without a .script.yaml the help points at the script itself", () => {
  expect(operationHelp(findOperation(root, "ai21/fail"))).toContain("(no fail.script.yaml yet: read the parameters in");
});

const repo = join(import.meta.dir, "..");
const help = (id: string) => operationHelp(findOperation(repo, id));
/** The line naming `field` at exactly `depth` levels below body, with its type. */
const fieldLine = (text: string, depth: number, field: string) =>
  text.split("\n").find((l) => l.startsWith(`${"  ".repeat(depth)}${field} `));

test("nested fields are listed under theirs: a message's role and content, a tool's function and its parts", () => {
  const text = help("togetherai/create_chat_completion");
  expect(fieldLine(text, 1, "messages")).toMatch(/^ {2}messages +object\[\]/);
  expect(fieldLine(text, 2, "role")).toMatch(/^ {4}role +"system"\|"user"\|"assistant"\|"tool"/);
  expect(fieldLine(text, 2, "content")).toBeDefined();
  expect(fieldLine(text, 2, "function")).toMatch(/ object/);
  expect(fieldLine(text, 3, "name")).toMatch(/ string/);
  expect(fieldLine(text, 3, "parameters")).toBeDefined();
});

test("file fields say they are base64 and how to fill one from a local file", () => {
  const text = help("togetherai/create_transcription");
  expect(fieldLine(text, 1, "file")).toMatch(/ file, as base64/);
  expect(text).toContain("--file body.file=PATH reads a local file into it.");
  const nested = help("togetherai/execute_code");
  expect(fieldLine(nested, 2, "content")).toMatch(/file, as base64/);
  expect(nested.replace(/\s+/g, " ")).toContain("--file body.files[0].content=PATH");
});
