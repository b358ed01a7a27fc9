// Structured output in the three chat scripts, one row each, against their providers' structured
// wire fixtures: the exact request body, `parsed` and `parsed_by` on the unchanged response, and the
// failures (a schema broken twice, text that is not JSON, a reply cut at max_tokens), streamed or
// not. What only one provider does is in that script's own test file.
import { describe, expect, test } from "bun:test";
import { main as ai21 } from "../f/ai21/create_chat_completion.ts";
import { main as cohere } from "../f/cohere/chat.ts";
import type { ParsedBy } from "../f/core/structured_output.ts";
import { main as together } from "../f/togetherai/create_chat_completion.ts";
import ai21Reply from "../fixtures/ai21/create_chat_completion.structured.json";
import ai21Stream from "../fixtures/ai21/create_chat_completion.structured.stream.json";
import cohereReply from "../fixtures/cohere/chat.structured.json";
import cohereStream from "../fixtures/cohere/chat.structured.stream.json";
import togetherReply from "../fixtures/togetherai/create_chat_completion.structured.json";
import togetherStream from "../fixtures/togetherai/create_chat_completion.structured.stream.json";
import { captureLogs, failure, json, mock, sse, sseText, useMockServer } from "./support/mock.ts";
import { answer, answerText, cutShort, notJson, sentiment, violating, violatingMessage } from "./support/structured.ts";

useMockServer();

type Json = Record<string, any>;
type Event = { event?: string; data: any };
interface Row {
  script: string;
  label: string;
  url: string;
  auth: Json;
  key: string;
  main: (auth: any, body: any) => Promise<any>;
  body: Json;
  /** What the provider must receive for `body`. */
  sent: Json;
  by: ParsedBy;
  reply: Json;
  events: Event[];
  /** The finish reason of a reply stopped at max_tokens. */
  cut: string;
  /** The fixture's reply with another answer text and finish reason. */
  withText: (text: string, finish?: string) => Json;
  /** The fixture's stream carrying another answer text in as many pieces. */
  streamText: (text: string) => Event[];
}

const messages = [
  { role: "system", content: "Classify the review. Answer in JSON." },
  { role: "user", content: "The parcel arrived broken." },
];

/** `text` cut into `n` consecutive pieces. */
const pieces = (text: string, n: number) =>
  Array.from({ length: n }, (_, i) =>
    text.slice(Math.floor((i * text.length) / n), Math.floor(((i + 1) * text.length) / n)),
  );

function openAi(reply: Json, events: Event[]): Pick<Row, "reply" | "events" | "withText" | "streamText" | "cut"> {
  return {
    reply,
    events,
    cut: "length",
    withText(text, finish = "stop") {
      const body = structuredClone(reply);
      body.choices[0].message.content = text;
      body.choices[0].finish_reason = finish;
      return body;
    },
    streamText(text) {
      const carries = (e: Event) =>
        typeof e.data?.choices?.[0]?.delta?.content === "string" && e.data.choices[0].delta.content !== "";
      const parts = pieces(text, events.filter(carries).length);
      return events.map((e) => {
        if (!carries(e)) return e;
        const copy = structuredClone(e);
        copy.data.choices[0].delta.content = parts.shift();
        if ("text" in copy.data.choices[0]) copy.data.choices[0].text = copy.data.choices[0].delta.content;
        return copy;
      });
    },
  };
}

const together_key = "tgp_v1_structured0123456789";
const rows: Row[] = [
  {
    script: "togetherai/create_chat_completion",
    label: "Together",
    url: "https://api.together.xyz/v1/chat/completions",
    auth: { api_key: together_key },
    key: together_key,
    main: together,
    body: {
      model: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
      messages,
      response_format: { type: "json_schema", json_schema: { name: "sentiment", schema: sentiment, strict: true } },
    },
    sent: {
      model: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
      messages,
      response_format: { type: "json_schema", json_schema: { name: "sentiment", schema: sentiment, strict: true } },
    },
    by: "provider schema",
    ...openAi(togetherReply.response.json, togetherStream.response.events),
  },
  {
    script: "ai21/create_chat_completion",
    label: "AI21",
    url: "https://api.ai21.com/studio/v1/chat/completions",
    auth: { apiKey: "ai21-structured-key-0123456789" },
    key: "ai21-structured-key-0123456789",
    main: ai21,
    body: { model: "jamba-mini", messages, response_format: { type: "json_object", json_schema: sentiment } },
    // AI21's own API enforces JSON mode only: the schema stays here.
    sent: { model: "jamba-mini", messages, response_format: { type: "json_object" } },
    by: "json mode + local check",
    ...openAi(ai21Reply.response.json, ai21Stream.response.events),
  },
  {
    script: "cohere/chat",
    label: "Cohere",
    url: "https://api.cohere.com/v2/chat",
    auth: { apiKey: "co-structured-key-0123456789" },
    key: "co-structured-key-0123456789",
    main: cohere,
    body: { model: "command-a-03-2025", messages, response_format: { type: "json_object", json_schema: sentiment } },
    sent: { model: "command-a-03-2025", messages, response_format: { type: "json_object", json_schema: sentiment } },
    by: "provider schema",
    reply: cohereReply.response.json,
    events: cohereStream.response.events,
    cut: "MAX_TOKENS",
    withText(text, finish = "COMPLETE") {
      const body = structuredClone(cohereReply.response.json) as Json;
      body.message.content = [{ type: "text", text }];
      body.finish_reason = finish;
      return body;
    },
    streamText(text) {
      const carries = (e: Event) =>
        e.data?.type === "content-delta" && typeof e.data.delta.message.content.text === "string";
      const parts = pieces(text, cohereStream.response.events.filter(carries).length);
      return cohereStream.response.events.map((e) => {
        if (!carries(e)) return e;
        const copy = structuredClone(e) as Event;
        copy.data.delta.message.content.text = parts.shift();
        return copy;
      });
    },
  },
];

describe.each(rows)("$script structured output", (row) => {
  const call = (over: Json = {}) => row.main(row.auth, { ...row.body, ...over });
  const replyWith = (text: string, finish?: string) => mock("post", row.url, json(row.withText(text, finish)));
  const streamed = async (events: Event[]) => {
    const seen = mock("post", row.url, sse(sseText(events)));
    const logs = captureLogs();
    const result = await call({ stream: true })
      .catch((e) => e)
      .finally(logs.restore);
    return { seen, result, live: logs.streamed() };
  };

  test(`sends exactly the provider's form and adds parsed and parsed_by ("${row.by}") to the unchanged response`, async () => {
    const seen = mock("post", row.url, json(row.reply));
    const result = await call();
    expect(seen).toHaveLength(1);
    expect(seen[0]!.body).toEqual(row.sent);
    expect(result).toEqual({ ...row.reply, parsed: answer, parsed_by: row.by });
  });

  test("fails a reply that breaks the schema twice, listing both failures and the reply text", async () => {
    replyWith(violating);
    const err = await failure(call());
    expect(err.name).toBe("StructuredOutputError");
    expect(err.message).toBe(violatingMessage(row.label));
    expect(err.failures.map((f: Json) => [f.pointer, f.keyword])).toEqual([
      ["/label", "enum"],
      ["/confidence", "maximum"],
    ]);
    expect(err.text).toBe(violating);
  });

  test("fails a reply that is not JSON, quoting it", async () => {
    replyWith(notJson);
    const err = await failure(call());
    expect(err.name).toBe("StructuredOutputError");
    expect(err.message).toStartWith(`${row.label} structured output: the reply is not JSON (`);
    expect(err.message).toEndWith(`\nReply text (${notJson.length} characters): ${notJson}`);
  });

  test(`says a reply cut at max_tokens (finish reason ${row.cut}) was truncated by max_tokens`, async () => {
    replyWith(cutShort, row.cut);
    const err = await failure(call({ max_tokens: 8 }));
    expect(err.name).toBe("StructuredOutputError");
    expect([err.truncated, err.retryable]).toEqual([true, false]);
    expect(err.message).toStartWith(
      `${row.label} structured output: the reply was truncated by max_tokens (finish reason ${row.cut}): raise max_tokens or ask for less; the reply is not JSON (`,
    );
    expect(err.message).toEndWith(`\nReply text (${cutShort.length} characters): ${cutShort}`);
  });

  test("streams the JSON text live and checks the assembled object when the stream ends", async () => {
    const { seen, result, live } = await streamed(row.events);
    expect(seen[0]!.body).toEqual({ ...row.sent, stream: true });
    expect(live).toBe(answerText);
    expect([result.parsed, result.parsed_by]).toEqual([answer, row.by]);
  });

  test("fails a streamed reply that breaks the schema when the stream ends, after showing it live", async () => {
    const { result, live } = await streamed(row.streamText(violating));
    expect(live).toBe(violating);
    expect(result.name).toBe("StructuredOutputError");
    expect(result.message).toBe(violatingMessage(row.label));
  });

  test("masks the key in a failure whose reply echoes it", async () => {
    replyWith(`{"label": "${row.key}"}`);
    const err = await failure(call());
    const shown = JSON.stringify({ ...err, message: err.message, stack: err.stack });
    expect(shown).not.toContain(row.key.slice(0, 8));
    expect(err.text).toBe('{"label": "[redacted]"}');
  });
});
