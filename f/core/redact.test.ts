import { describe, expect, test } from "bun:test";
import { guardKey, HeldBack, redact, redactJson } from "./redact.ts";

const KEY = "tgp_v1_Zx81kQ2mP0aLw9";

describe("redact", () => {
  test("masks the whole key and any fragment of 8 characters or more", () => {
    expect(redact(`bad key ${KEY}!`, KEY)).toBe("bad key [redacted]!");
    expect(redact(`key starting ${KEY.slice(0, 10)}... rejected`, KEY)).toBe("key starting [redacted]... rejected");
    expect(redact(`…${KEY.slice(-8)} at the end`, KEY)).toBe("…[redacted] at the end");
  });

  test("leaves 7-character pieces alone: too short to be told from ordinary text", () => {
    expect(redact("tgp_v1_ is a prefix", KEY)).toBe("tgp_v1_ is a prefix");
  });

  test("shows a key repeated back to back, or overlapping pieces, as one mask", () => {
    expect(redact(`${KEY}${KEY} and ${KEY.slice(0, 12)}${KEY.slice(4)}`, KEY)).toBe("[redacted] and [redacted]");
  });

  test("masks a key shorter than 8 characters whole, and only whole", () => {
    expect(redact("key abc12 then abc1 and abc12abc12", "abc12")).toBe("key [redacted] then abc1 and [redacted]");
  });

  test("masks the job's key when no key is named", () => {
    guardKey(KEY);
    expect(redact(`echo ${KEY.slice(5, 15)}`)).toBe("echo [redacted]");
  });

  test("finds every 8-character fragment at every offset, for keys of every length", () => {
    const chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-";
    for (let n = 1; n <= 40; n++) {
      const key = Array.from({ length: n }, (_, i) => chars[(i * 7 + n) % chars.length]).join("");
      const w = Math.min(8, n);
      for (let i = 0; i + w <= n; i++)
        expect(redact(`see ${key.slice(i, i + w)} here`, key)).toBe("see [redacted] here");
    }
  });

  test("returns text without the key unchanged, and empty text as it is", () => {
    expect(redact("nothing here", KEY)).toBe("nothing here");
    expect(redact("", KEY)).toBe("");
  });
});

describe("redactJson", () => {
  test("masks every string and key at any depth, in place", () => {
    const value: Record<string, unknown> = { a: [`x ${KEY}`, 3, null, { [KEY]: `${KEY.slice(2, 12)}` }], b: true };
    const out = redactJson(value, KEY);
    expect(out).toBe(value);
    expect(out).toEqual({ a: ["x [redacted]", 3, null, { "[redacted]": "[redacted]" }], b: true });
  });

  test("leaves file contents (base64) under the named keys as they are", () => {
    const b64 = `iVBORw0KGgo${KEY.slice(7)}`;
    const out = redactJson({ data: [{ b64_json: b64, revised_prompt: KEY }] }, KEY, new Set(["b64_json"]));
    expect(out).toEqual({ data: [{ b64_json: b64, revised_prompt: "[redacted]" }] });
  });

  test("masks a bare string or passes a number through", () => {
    expect(redactJson(`k=${KEY}`, KEY)).toBe("k=[redacted]");
    expect(redactJson(4, KEY)).toBe(4);
  });
});

describe("HeldBack (the live stream)", () => {
  const text = `Your key is ${KEY}, and again: ${KEY.slice(3, 13)}. Done.`;
  const show = (pieces: string[]) => {
    const mask = new HeldBack(KEY);
    return pieces.map((p) => mask.take(p)).join("") + mask.end();
  };

  test("catches a key split across two pieces, at every split point", () => {
    for (let i = 0; i <= text.length; i++) expect(show([text.slice(0, i), text.slice(i)])).toBe(redact(text, KEY));
  });

  test("catches a key arriving one character at a time", () => {
    expect(show([...text])).toBe(redact(text, KEY));
  });

  test("holds back no more than 7 characters of text without the key", () => {
    const mask = new HeldBack(KEY);
    expect(mask.take("Hello, world")).toBe("Hello");
    expect(mask.take("!")).toBe(",");
    expect(mask.end()).toBe(" world!");
  });

  test("shows text at once when there is no key to mask", () => {
    expect(new HeldBack("").take("Hello")).toBe("Hello");
  });
});
