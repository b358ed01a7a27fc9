// Structured output from an OpenAI-shaped chat reply (AI21, Together), streamed or not: every choice
// that answered in text is checked, and `parsed` holds the first one's object. A choice that only
// called tools has no text to check (a request may carry both tools and response_format).
import type { Target } from "./http.ts";
import { type Expected, parseReply, withParsed } from "./structured_output.ts";

type Choice = { message?: { content?: unknown; tool_calls?: unknown[] | null } | null; finish_reason?: unknown };

export function parseChoices<T extends { choices?: Choice[] }>(t: Target, expected: Expected, response: T) {
  const choices = response.choices ?? [];
  let parsed: unknown;
  let found = false;
  for (let i = 0; i < choices.length; i++) {
    const { message, finish_reason } = choices[i]!;
    const text = typeof message?.content === "string" ? message.content : "";
    if (text === "" && message?.tool_calls?.length) continue;
    // "length": the model stopped at max_tokens (the OpenAI convention both providers follow).
    const cut = finish_reason === "length" ? "length" : undefined;
    const value = parseReply(t, expected, text, cut, choices.length > 1 ? `choices[${i}]` : "");
    if (!found) [parsed, found] = [value, true];
  }
  return found ? withParsed(response, parsed, expected.by) : response;
}
