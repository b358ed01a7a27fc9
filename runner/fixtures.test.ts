import { describe, expect, test } from "bun:test";
import { fixtureResponse, loadFixtures, matchFixture, matchPath, type Fixture } from "../fixtures/index.ts";
import { join } from "node:path";
import { listOperations } from "../tools/script_files.ts";
import { providerIds } from "./providers.ts";

const ROOT = join(import.meta.dir, "..");

function fixture(
  name: string,
  path: string,
  method = "POST",
  response: Fixture["response"] = { json: { name } },
): Fixture {
  const [operation, ...variant] = name.split(".");
  return { name, operation: operation!, variant, request: { method, path }, response };
}

const chat = [
  fixture("create_chat_completion", "/chat/completions"),
  fixture("create_chat_completion.stream", "/chat/completions"),
  fixture("create_chat_completion.tools.stream", "/chat/completions"),
  fixture("create_chat_completion.error", "/chat/completions"),
];
const files = [fixture("retrieve_file", "/files/{id}", "GET"), fixture("list_files_content", "/files/content", "GET")];

describe("matchFixture", () => {
  test("a plain request gets the plain fixture, never a variant it did not ask for", () => {
    expect(matchFixture(chat, "POST", "/chat/completions", { messages: [] })?.name).toBe("create_chat_completion");
  });

  test("stream: true picks the .stream variant", () => {
    expect(matchFixture(chat, "POST", "/chat/completions", { stream: true })?.name).toBe(
      "create_chat_completion.stream",
    );
  });

  test("the most specific satisfied variant wins: tools and stream pick .tools.stream", () => {
    const body = { stream: true, tools: [{ type: "function" }] };
    expect(matchFixture(chat, "POST", "/chat/completions", body)?.name).toBe("create_chat_completion.tools.stream");
    expect(matchFixture(chat, "POST", "/chat/completions", { stream: true, tools: [] })?.name).toBe(
      "create_chat_completion.stream",
    );
  });

  test("a variant can be asked for by name, e.g. an error case", () => {
    expect(matchFixture(chat, "POST", "/chat/completions", {}, "error")?.name).toBe("create_chat_completion.error");
  });

  test("placeholders match one segment, literal segments beat placeholders, and the method must agree", () => {
    expect(matchFixture(files, "GET", "/files/file-123")?.name).toBe("retrieve_file");
    expect(matchFixture(files, "GET", "/files/content")?.name).toBe("list_files_content");
    expect(matchFixture(files, "DELETE", "/files/file-123")).toBeUndefined();
    expect(matchFixture(files, "GET", "/files/a/b")).toBeUndefined();
  });

  test("query strings are ignored when matching paths", () => {
    expect(matchPath("/models/{id}", "/models/jamba?x=1")).toBe(1);
  });

  test("a placeholder may share its segment with literal text, as in Cohere's {id}:cancel", () => {
    expect(matchPath("/v2/batches/{id}:cancel", "/v2/batches/b-1:cancel")).toBe(2);
    expect(matchPath("/v2/batches/{id}:cancel", "/v2/batches/b-1")).toBe(-1);
  });
});

describe("fixtureResponse", () => {
  test("a JSON fixture keeps its status and headers", async () => {
    const response = fixtureResponse(
      fixture("x", "/x", "GET", { status: 201, headers: { "x-request-id": "r" }, json: { a: 1 } }),
    );
    expect(response.status).toBe(201);
    expect(response.headers.get("x-request-id")).toBe("r");
    expect(await response.json()).toEqual({ a: 1 });
  });

  test("streamed fixtures become SSE: named events, JSON data, strings as they are", async () => {
    const events = [{ event: "message-start", data: { id: "1" } }, { data: "[DONE]" }];
    const response = fixtureResponse(fixture("x", "/x", "POST", { events }));
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    expect(await response.text()).toBe('event: message-start\ndata: {"id":"1"}\n\ndata: [DONE]\n\n');
  });

  test("binary fixtures are decoded from base64", async () => {
    const response = fixtureResponse(
      fixture("x", "/x", "POST", { headers: { "content-type": "audio/mpeg" }, base64: "AAEC" }),
    );
    expect(response.headers.get("content-type")).toBe("audio/mpeg");
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([0, 1, 2]);
  });
});

describe("loadFixtures", () => {
  test("every fixture in the repository loads as a request an operation serves and a reply it can send", async () => {
    const problems: string[] = [];
    for (const provider of providerIds) {
      const operations = new Set(listOperations(ROOT).map((op) => op.id));
      for (const f of loadFixtures(provider)) {
        const at = `${provider}/${f.name}`;
        const method = (f.request.method ?? "POST").toUpperCase();
        if (!["GET", "POST", "PUT", "PATCH", "DELETE"].includes(method)) problems.push(`${at}: method ${method}`);
        if (!f.request.path.startsWith("/")) problems.push(`${at}: path ${f.request.path} is not below the base URL`);
        if (!operations.has(`${provider}/${f.operation}`)) problems.push(`${at}: no script ${provider}/${f.operation}`);
        const { status = 200, json, events, base64, text } = f.response;
        const bodies = [json, events, base64, text].filter((b) => b !== undefined).length;
        if (bodies > 1) problems.push(`${at}: more than one body`);
        if (!Number.isInteger(status) || status < 100 || status > 599) problems.push(`${at}: status ${status}`);
        if (events?.some((e) => e.data === undefined)) problems.push(`${at}: an event without data`);
        const response = fixtureResponse(f);
        if (response.status !== status) problems.push(`${at}: served as ${response.status}`);
        if (bodies === 0 && status < 300 && status !== 204 && (await response.text()) !== "")
          problems.push(`${at}: a body from nothing`);
      }
    }
    expect(problems).toEqual([]);
  });

  test("a provider without fixtures yields none", () => {
    expect(loadFixtures("no-such-provider")).toEqual([]);
  });
});
