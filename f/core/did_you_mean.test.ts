import { describe, expect, test } from "bun:test";
import { didYouMean } from "./did_you_mean.ts";

const known = ["temperature", "max_tokens", "top_p", "top_k", "n", "stream", "messages"];

describe("didYouMean", () => {
  test("finds a field within two edits", () => {
    expect(didYouMean("temprature", known)).toBe("temperature");
    expect(didYouMean("max_token", known)).toBe("max_tokens");
    expect(didYouMean("Stream", known)).toBe("stream");
  });

  test("finds a field sharing the first four characters", () => {
    expect(didYouMean("messages_list", known)).toBe("messages");
  });

  test("prefers the closest of several", () => {
    expect(didYouMean("top_q", known)).toBe("top_p");
  });

  test("suggests nothing for a word that resembles no field", () => {
    expect(didYouMean("zzz", known)).toBeUndefined();
    expect(didYouMean("x", known)).toBeUndefined();
  });
});
