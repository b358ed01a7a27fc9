import { afterAll, describe, expect, test } from "bun:test";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator } from "./emulator.ts";

const fixturesDir = mkdtempSync(join(tmpdir(), "runner-fixtures-"));
mkdirSync(join(fixturesDir, "togetherai"));
const retrieveFile = {
  request: { method: "GET", path: "/files/{id}" },
  response: { status: 200, headers: { "x-request-id": "req-1" }, json: { id: "file-1", object: "file" } },
};
writeFileSync(join(fixturesDir, "togetherai", "retrieve_file.json"), JSON.stringify(retrieveFile));
const uploadFile = {
  request: { method: "POST", path: "/files" },
  response: { status: 302, headers: { location: "https://uploads.example.com/user-files/file-1?X-Amz-Signature=abc" } },
};
writeFileSync(join(fixturesDir, "togetherai", "upload_file.json"), JSON.stringify(uploadFile));

const emulator = startEmulator({ delayMs: 0, fixturesDir });
afterAll(() => emulator.stop());

const user = (content: string) => [{ role: "user", content }];
const parameters = {
  type: "object",
  properties: { city: { type: "string" }, days: { type: "integer" } },
  required: ["city"],
};
const weatherTool = { type: "function", function: { name: "get_weather", parameters } };

function call(path: string, body?: unknown, key = emulator.apiKey, method = "POST") {
  return fetch(emulator.url + path, {
    method,
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Splits an SSE body into {event, data} records. */
async function events(response: Response) {
  const text = await response.text();
  return text
    .split("\n\n")
    .filter(Boolean)
    .map((block) => {
      const event = block.match(/^event: (.*)$/m)?.[1];
      const data = block.match(/^data: (.*)$/m)![1]!;
      return { event, data: data === "[DONE]" ? data : JSON.parse(data) };
    });
}

describe("OpenAI-style chat (AI21, Together)", () => {
  test("a plain chat echoes the last user message with usage and finish reason", async () => {
    const response = await call("/ai21/chat/completions", {
      model: "jamba-large",
      messages: user("tell me about owls"),
    });
    const json = await response.json();
    expect(json.model).toBe("jamba-large");
    expect(json.choices[0].message.content).toContain('You said: "tell me about owls"');
    expect(json.choices[0].finish_reason).toBe("stop");
    expect(json.usage.total_tokens).toBe(json.usage.prompt_tokens + json.usage.completion_tokens);
  });

  test("a streamed chat sends role first, words as deltas, finish and usage last, then [DONE]", async () => {
    const response = await call("/togetherai/chat/completions", { messages: user("hi"), stream: true });
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    const list = await events(response);
    expect(list[0]!.data.choices[0].delta.role).toBe("assistant");
    expect(list.at(-1)!.data).toBe("[DONE]");
    const last = list.at(-2)!.data;
    expect(last.choices[0].finish_reason).toBe("stop");
    expect(last.usage.completion_tokens).toBe(list.length - 3);
    const text = list
      .slice(1, -2)
      .map((e) => e.data.choices[0].delta.content)
      .join("");
    expect(text).toStartWith('You said: "hi"');
  });

  test("max_tokens cuts the answer short with finish reason length", async () => {
    const json = await (await call("/ai21/chat/completions", { messages: user("hi"), max_tokens: 3 })).json();
    expect(json.choices[0].message.content).toBe('You said: "hi". ');
    expect(json.choices[0].finish_reason).toBe("length");
  });

  test("with tools it calls the first tool, streaming its arguments in fragments", async () => {
    const list = await events(
      await call("/togetherai/chat/completions", { messages: user("Paris"), tools: [weatherTool], stream: true }),
    );
    const calls = list.slice(1, -2).map((e) => e.data.choices[0].delta.tool_calls[0]);
    expect(calls[0]).toMatchObject({ index: 0, type: "function", function: { name: "get_weather", arguments: "" } });
    expect(calls.length).toBeGreaterThan(2);
    expect(JSON.parse(calls.map((c) => c.function.arguments).join(""))).toEqual({ city: "Paris" });
    expect(list.at(-2)!.data.choices[0].finish_reason).toBe("tool_calls");
  });

  test("after a tool result it answers in text instead of calling again", async () => {
    const messages = [...user("Paris"), { role: "tool", tool_call_id: "c1", content: "sunny, 21 C" }];
    const json = await (await call("/ai21/chat/completions", { messages, tools: [weatherTool] })).json();
    expect(json.choices[0].message.content).toContain("The tool answered: sunny, 21 C");
  });

  test("missing messages give each provider's own error shape", async () => {
    const ai21 = await call("/ai21/chat/completions", { model: "jamba-mini" });
    expect(ai21.status).toBe(422);
    expect((await ai21.json()).detail[0].loc).toEqual(["body", "messages"]);
    const together = await call("/togetherai/chat/completions", {});
    expect(together.status).toBe(400);
    expect((await together.json()).error).toMatchObject({ type: "invalid_request_error", param: "messages" });
  });
});

describe("Cohere v2 chat", () => {
  test("a streamed chat emits the typed events in order and ends with [DONE]", async () => {
    const list = await events(
      await call("/cohere/v2/chat", { model: "command-a-03-2025", messages: user("hi"), stream: true }),
    );
    const types = [...new Set(list.map((e) => e.event ?? e.data))];
    expect(types).toEqual(["message-start", "content-start", "content-delta", "content-end", "message-end", "[DONE]"]);
    expect(list.every((e) => e.data === "[DONE]" || e.data.type === e.event)).toBe(true);
    const end = list.at(-2)!.data;
    expect(end.delta.finish_reason).toBe("COMPLETE");
    expect(end.delta.usage.billed_units.output_tokens).toBeGreaterThan(0);
  });

  test("with tools it plans, then streams a tool call", async () => {
    const body = { model: "command-a-03-2025", messages: user("Paris"), tools: [weatherTool] };
    const json = await (await call("/cohere/v2/chat", body)).json();
    expect(json.finish_reason).toBe("TOOL_CALL");
    expect(json.message.tool_plan).toContain("get_weather");
    expect(JSON.parse(json.message.tool_calls[0].function.arguments)).toEqual({ city: "Paris" });
    const list = await events(await call("/cohere/v2/chat", { ...body, stream: true }));
    expect(list.map((e) => e.event)).toContain("tool-call-delta");
  });

  test("a chat without a model is refused the way Cohere does", async () => {
    const response = await call("/cohere/v2/chat", { messages: user("hi") });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ message: expect.stringContaining("model") });
  });
});

describe("everything else", () => {
  test("a wrong or missing key is rejected with 401", async () => {
    const response = await call("/cohere/v2/chat", { model: "m", messages: user("hi") }, "wrong");
    expect(response.status).toBe(401);
    expect((await response.json()).message).toContain("invalid api token");
  });

  test("other operations are served from fixtures, placeholders matching any id", async () => {
    const response = await call("/togetherai/files/file-xyz", undefined, emulator.apiKey, "GET");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("req-1");
    expect(await response.json()).toEqual({ id: "file-1", object: "file" });
  });

  test("a recorded redirect to object storage points at the emulator, which takes the PUT without a key", async () => {
    const response = await fetch(emulator.url + "/togetherai/files", {
      method: "POST",
      redirect: "manual",
      headers: { authorization: `Bearer ${emulator.apiKey}` },
    });
    const location = response.headers.get("location")!;
    expect(location).toBe(`${emulator.url}/_storage/uploads.example.com/user-files/file-1?X-Amz-Signature=abc`);
    expect((await fetch(location, { method: "PUT", body: "bytes" })).status).toBe(200);
  });

  test("an operation without a fixture is a provider-shaped 404", async () => {
    const response = await call("/ai21/library/files", {});
    expect(response.status).toBe(404);
    expect((await response.json()).detail).toContain("no fixture for POST /library/files");
  });

  test("the emulator's resource points each provider's base URL at its prefix", () => {
    expect(emulator.resource("togetherai")).toEqual({
      api_key: emulator.apiKey,
      base_url: `${emulator.url}/togetherai`,
    });
    expect(emulator.resource("cohere")).toEqual({ apiKey: emulator.apiKey, baseUrl: `${emulator.url}/cohere` });
  });
});
