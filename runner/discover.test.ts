import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { rmSync } from "node:fs";
import { findOperation, listOperations } from "./discover.ts";
import { makeStandInRepo } from "./test_scripts.ts";

let root = "";
beforeAll(() => {
  root = makeStandInRepo();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("discovering operations", () => {
  test("lists f/<provider>/*.ts files exporting main, skipping libraries, with summaries from .script.yaml", () => {
    const operations = listOperations(root);
    const ids = operations.map((op) => op.id);
    expect(ids).toContain("cohere/chat");
    expect(ids).not.toContain("cohere/lib");
    expect(operations.find((op) => op.id === "cohere/chat")?.summary).toBe("Chat with a Command model");
  });

  test("an operation can be named with or without f/ and .ts", () => {
    for (const name of ["cohere/chat", "f/cohere/chat", "f/cohere/chat.ts", "./f/cohere/chat.ts"]) {
      expect(findOperation(root, name).id).toBe("cohere/chat");
    }
  });

  test("a script file outside the repository runs if its folder names the provider", () => {
    expect(findOperation("/nonexistent", `${root}/f/ai21/fail.ts`)).toMatchObject({
      id: "ai21/fail",
      provider: "ai21",
    });
  });

  test("an unknown operation suggests close names and --list", () => {
    expect(() => findOperation(root, "cohere/chta")).toThrow("Did you mean cohere/chat?");
    expect(() => findOperation(root, "ai21/chat")).toThrow(/Did you mean .*ai21\/create_chat_completion/);
    expect(() => findOperation(root, "zzz/qqq")).toThrow("npm start -- --list");
  });

  test("naming an operation finds what the full list holds, and never a library module", () => {
    for (const op of listOperations(root)) expect(findOperation(root, op.id)).toEqual(op);
    expect(() => findOperation(root, "cohere/lib")).toThrow("unknown operation 'cohere/lib'");
  });

  test("the real repository's operations all export main", () => {
    for (const op of listOperations(`${import.meta.dir}/..`)) expect(op.file).toEndWith(".ts");
  });
});
