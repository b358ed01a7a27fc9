import { expect, spyOn, test } from "bun:test";
import { ResultStream } from "./result_stream.ts";

const KEY = "sk-live-4f9c2a7e1b6d8035";

function printed(run: (out: ResultStream) => void, secret = KEY) {
  const spy = spyOn(console, "log").mockImplementation(() => {});
  const out = new ResultStream(secret);
  try {
    run(out);
    return { lines: spy.mock.calls.map((c) => c[0]), started: out.started };
  } finally {
    spy.mockRestore();
  }
}

test("prints pushed text as one WM_STREAM line per flush, escaping newlines like windmill-client", () => {
  const { lines, started } = printed((out) => {
    out.push("Hello");
    out.push(",\nworld");
    out.flush();
    out.flush();
    out.end();
  });
  expect(lines).toEqual(["WM_STREAM: Hello", "WM_STREAM: ,\\nworld"]);
  expect(started).toBe(true);
});

test("holds back the last 7 characters until the next flush, so nothing is marked shown too early", () => {
  const { lines, started } = printed((out) => {
    out.push("Hi you");
    out.flush();
  });
  expect(lines).toEqual([]);
  expect(started).toBe(false);
});

test("never prints a key split across flushes, nor any 8-character piece of it", () => {
  const { lines } = printed((out) => {
    for (const piece of ["Your key: sk-li", "ve-4f9c2a", "7e1b6d8035", " (", KEY.slice(6, 16), ")"]) {
      out.push(piece);
      out.flush();
    }
    out.end();
  });
  const shown = lines.map((l) => l.slice("WM_STREAM: ".length)).join("");
  expect(shown).toBe("Your key: [redacted] ([redacted])");
});

test("a stream that fails after text was shown still shows its held-back tail, masked", () => {
  const { lines } = printed((out) => {
    out.push("Half an answer");
    out.flush();
    out.fail();
  });
  expect(lines.join("")).toBe("WM_STREAM: Half anWM_STREAM:  answer");
});

test("a stream that fails before any text was shown prints nothing, so a retry starts clean", () => {
  const { lines, started } = printed((out) => {
    out.push("Hi you");
    out.flush();
    out.fail();
  });
  expect([lines, started]).toEqual([[], false]);
});
