import { expect, spyOn, test } from "bun:test";
import { ResultStream } from "./result_stream.ts";

test("prints pushed text as one WM_STREAM line per flush, escaping newlines like windmill-client", () => {
  const spy = spyOn(console, "log").mockImplementation(() => {});
  const out = new ResultStream();
  out.push("Hello");
  out.push(",\nworld");
  expect(out.started).toBe(false);
  out.flush();
  out.flush();
  const lines = spy.mock.calls.map((c) => c[0]);
  spy.mockRestore();
  expect(lines).toEqual(["WM_STREAM: Hello,\\nworld"]);
  expect(out.started).toBe(true);
});
