import { afterAll, beforeAll, expect, test } from "bun:test";
import { rmSync } from "node:fs";
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
  expect(text).toContain("options: --max-retries N, --timeout SECONDS");
});

test("without a .script.yaml the help points at the script itself", () => {
  expect(operationHelp(findOperation(root, "ai21/fail"))).toContain("(no fail.script.yaml yet: read the parameters in");
});
