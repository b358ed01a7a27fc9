// The sampling fields Together's /chat/completions and /completions share, checked the same way.
import { check, checks, free, int, nonEmpty, range } from "./rules.ts";

/**
 * Ranges: logprobs and n from the spec's bounds; top_p, min_p and the penalties from its
 * descriptions. Temperature: the spec's prose says 0-1, yet Together serves models that take the
 * OpenAI range up to 2, so only what no model accepts is refused. max_tokens may be 0: with echo
 * and logprobs that scores a prompt without generating (the spec sets no minimum; the SDK's tests send 0).
 */
export const sampling = {
  max_tokens: int(0),
  // The spec lists strings; the API also takes one string (Together's parameters guide).
  stop: free,
  temperature: range(0, 2),
  top_p: range(0, 1),
  top_k: int(),
  min_p: range(0, 1),
  repetition_penalty: free,
  presence_penalty: range(-2, 2),
  frequency_penalty: range(-2, 2),
  // logit_bias: token id -> bias. The form has no typed map, so the values are checked here.
  logit_bias: checks(
    check("", "must map token ids to numbers", (o) => Object.values(o).some((v) => typeof v !== "number")),
  ),
  seed: int(),
  n: int(1, 128),
  logprobs: int(0, 20),
  echo: free,
  stream: free,
  safety_model: nonEmpty,
};
