// The operations the flows use, answered from the request: embed, rerank, structured output,
// grounded chat with citations, and Together batches that move through their states.
import { afterAll, describe, expect, test } from "bun:test";
import { startEmulator } from "./emulator.ts";
import { POLLS_TO_COMPLETE } from "./emulator_batches.ts";
import { schemaExample } from "./emulator_schema.ts";

const emulator = startEmulator({ delayMs: 0 });
afterAll(() => emulator.stop());

async function call(path: string, body?: unknown, method = "POST") {
  const response = await fetch(emulator.url + path, {
    method,
    headers: { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as any };
}

const cosine = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe("Cohere embed", () => {
  test("one vector per text, of the requested dimension and types, in order", async () => {
    const texts = ["owls hunt at night", "bees make honey", "night owls sleep by day"];
    const { status, json } = await call("/cohere/v2/embed", {
      model: "embed-v4.0",
      input_type: "search_document",
      texts,
      output_dimension: 256,
      embedding_types: ["float", "int8", "ubinary"],
    });
    expect(status).toBe(200);
    expect(json.texts).toEqual(texts);
    expect(json.embeddings.float).toHaveLength(3);
    expect(json.embeddings.float.every((v: number[]) => v.length === 256)).toBe(true);
    expect(json.embeddings.int8[0]).toHaveLength(256);
    expect(json.embeddings.ubinary[0]).toHaveLength(32);
    expect(json.response_type).toBe("embeddings_by_type");
    const [owls, bees, night] = json.embeddings.float;
    expect(cosine(owls, night)).toBeGreaterThan(cosine(owls, bees));
  });

  test("the model's own width when no dimension is asked, float by default", async () => {
    const { json } = await call("/cohere/v2/embed", {
      model: "embed-english-v3.0",
      input_type: "search_query",
      texts: ["a"],
    });
    expect(Object.keys(json.embeddings)).toEqual(["float"]);
    expect(json.embeddings.float[0]).toHaveLength(1024);
  });

  test("more than 96 texts and a missing input_type are refused as Cohere does", async () => {
    const many = await call("/cohere/v2/embed", {
      model: "embed-v4.0",
      input_type: "search_document",
      texts: Array(97).fill("x"),
    });
    expect(many.status).toBe(400);
    expect(many.json.message).toContain("at most 96 - received 97");
    const untyped = await call("/cohere/v2/embed", { model: "embed-v4.0", texts: ["x"] });
    expect(untyped.status).toBe(400);
    expect(untyped.json.message).toContain("input_type");
  });
});

describe("Cohere rerank", () => {
  test("valid indices ordered by relevance, at most top_n", async () => {
    const documents = ["bees make honey", "owls hunt mice at night", "the night is dark", "owls"];
    const { json } = await call("/cohere/v2/rerank", {
      model: "rerank-v3.5",
      query: "owls at night",
      documents,
      top_n: 2,
    });
    expect(json.results.map((r: any) => r.index)).toEqual([1, 2]);
    expect(json.results[0].relevance_score).toBeGreaterThan(json.results[1].relevance_score);
  });

  test("without top_n every document comes back once", async () => {
    const { json } = await call("/cohere/v2/rerank", { model: "rerank-v3.5", query: "q", documents: ["a", "b", "c"] });
    expect(json.results.map((r: any) => r.index).sort()).toEqual([0, 1, 2]);
  });
});

describe("structured output", () => {
  const schema = {
    type: "object",
    properties: {
      sentiment: { type: "string", enum: ["positive", "negative", "neutral"] },
      score: { type: "number", minimum: 0, maximum: 1 },
      tags: { type: "array", items: { type: "string", enum: ["price", "delivery", "quality"] } },
      when: { $ref: "#/$defs/day" },
    },
    required: ["sentiment", "score", "tags", "when"],
    $defs: { day: { type: "string", format: "date" } },
  };

  test("a Together json_schema request gets JSON fitting the schema, filled from the message", async () => {
    const { json } = await call("/togetherai/chat/completions", {
      model: "m",
      messages: [{ role: "user", content: "Negative: the delivery was late and the price too high" }],
      response_format: { type: "json_schema", json_schema: { name: "review", schema } },
    });
    expect(JSON.parse(json.choices[0].message.content)).toEqual({
      sentiment: "negative",
      score: 0.5,
      tags: ["price", "delivery"],
      when: "2026-01-15",
    });
  });

  test("a Cohere json_object request with a schema gets JSON fitting it, streamed too", async () => {
    const body = {
      model: "command-a-03-2025",
      messages: [{ role: "user", content: "quality is fine" }],
      response_format: { type: "json_object", json_schema: schema },
    };
    const { json } = await call("/cohere/v2/chat", body);
    expect(JSON.parse(json.message.content[0].text)).toMatchObject({ sentiment: "positive", tags: ["quality"] });
  });

  test("integers, consts, nested lists and lengths follow their keywords", () => {
    const value = schemaExample(
      {
        type: "object",
        properties: {
          n: { type: "integer", minimum: 3 },
          kind: { const: "x" },
          rows: { type: "array", minItems: 2, items: { type: "object", properties: { ok: { type: "boolean" } } } },
          code: { type: "string", maxLength: 3 },
          maybe: { anyOf: [{ type: "null" }, { type: "number" }] },
        },
      },
      "hello world",
    );
    expect(value).toEqual({ n: 3, kind: "x", rows: [{ ok: true }, { ok: true }], code: "hel", maybe: 1 });
  });
});

describe("Cohere chat with documents", () => {
  const documents = [
    { id: "bees", data: { title: "Bees", text: "Bees make honey from nectar." } },
    { id: "owls", data: { title: "Owls", text: "Owls hunt mice at night. They sleep by day." } },
  ];
  const body = {
    model: "command-a-03-2025",
    messages: [{ role: "user", content: "When do owls hunt?" }],
    documents,
  };

  test("answers from the relevant document and cites it by id, with exact offsets", async () => {
    const { json } = await call("/cohere/v2/chat", body);
    const text: string = json.message.content[0].text;
    const [citation] = json.message.citations;
    expect(citation.sources[0]).toMatchObject({
      type: "document",
      id: "owls",
      document: { id: "owls", title: "Owls" },
    });
    expect(text.slice(citation.start, citation.end)).toBe(citation.text);
    expect(citation.text).toBe("Owls hunt mice at night.");
  });

  test("streamed, the citations arrive as citation-start events", async () => {
    const response = await fetch(emulator.url + "/cohere/v2/chat", {
      method: "POST",
      headers: { authorization: `Bearer ${emulator.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify({ ...body, stream: true }),
    });
    const text = await response.text();
    expect(text).toContain("event: citation-start");
    expect(text).toContain('"id":"owls"');
  });

  test("citation mode OFF gives the answer without citations", async () => {
    const { json } = await call("/cohere/v2/chat", { ...body, citation_options: { mode: "OFF" } });
    expect(json.message.citations).toBeUndefined();
  });
});

describe("Together batches", () => {
  async function upload(text: string) {
    const form = new URLSearchParams({ file_name: "in.jsonl", purpose: "batch-api" });
    const reserved = await fetch(emulator.url + "/togetherai/files", {
      method: "POST",
      redirect: "manual",
      headers: { authorization: `Bearer ${emulator.apiKey}` },
      body: form,
    });
    expect(reserved.status).toBe(302);
    expect((await fetch(reserved.headers.get("location")!, { method: "PUT", body: text })).status).toBe(200);
    return reserved.headers.get("x-together-file-id")!;
  }
  const line = (id: string, content: string) =>
    JSON.stringify({ custom_id: id, body: { model: "m", messages: [{ role: "user", content }] } });

  test("an uploaded file is served back, and its batch completes after successive polls", async () => {
    const fileId = await upload(`${line("a", "first")}\n${line("b", "second")}\n`);
    expect((await call(`/togetherai/files/${fileId}`, undefined, "GET")).json).toMatchObject({
      id: fileId,
      LineCount: 2,
    });
    const created = await call("/togetherai/batches", { endpoint: "/v1/chat/completions", input_file_id: fileId });
    expect(created.status).toBe(201);
    expect(created.json.job.status).toBe("VALIDATING");
    const states: string[] = [];
    let job: any;
    for (let i = 0; i < POLLS_TO_COMPLETE; i++) {
      job = (await call(`/togetherai/batches/${created.json.job.id}`, undefined, "GET")).json;
      states.push(`${job.status} ${job.progress}`);
    }
    expect(states).toEqual(["IN_PROGRESS 0", "IN_PROGRESS 50", "COMPLETED 100"]);
    const out = await fetch(`${emulator.url}/togetherai/files/${job.output_file_id}/content`, {
      headers: { authorization: `Bearer ${emulator.apiKey}` },
    });
    const rows = (await out.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => r.custom_id)).toEqual(["a", "b"]);
    expect(rows[1].response.status_code).toBe(200);
    expect(rows[1].response.body.choices[0].message.content).toContain("second");
  });

  test("a file that holds no requests fails validation with the line at fault", async () => {
    const fileId = await upload(`${line("a", "x")}\nnot json\n`);
    const created = await call("/togetherai/batches", { endpoint: "/v1/chat/completions", input_file_id: fileId });
    const job = (await call(`/togetherai/batches/${created.json.job.id}`, undefined, "GET")).json;
    expect(job).toMatchObject({ status: "FAILED", error: "line 2 is not JSON" });
  });

  test("ids the emulator did not make are answered by the fixtures", async () => {
    const { json } = await call("/togetherai/batches/0f8a7c2e", undefined, "GET");
    expect(json.status).toBe("COMPLETED");
    expect(json.id).toBe("a31c5e08-92d7-4f6b-b8e1-3c4d5a6b7e90");
  });
});
