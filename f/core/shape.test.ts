import { describe, expect, test } from "bun:test";
import { fieldPaths, list, nodeAt, obj, req, str } from "./shape.ts";

const body = obj({ model: req(str), messages: list(obj({ role: str, calls: list(obj({ id: str })) })) });

describe("shape paths", () => {
  test("lists every field path in signature order, through lists", () => {
    expect(fieldPaths(body)).toEqual([
      "model",
      "messages",
      "messages[].role",
      "messages[].calls",
      "messages[].calls[].id",
    ]);
  });

  test("finds the node a rule path names: $, fields, list items", () => {
    expect(nodeAt(body, "$")).toBe(body);
    expect(nodeAt(body, "messages[]")?.t).toBe("object");
    expect(nodeAt(body, "messages[].calls[].id")).toEqual(str);
    expect(nodeAt(body, "messages.role")).toBeUndefined();
    expect(nodeAt(body, "constructor")).toBeUndefined();
  });
});
