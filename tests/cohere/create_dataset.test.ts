import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/create_dataset.ts";
import { InputError } from "../../f/core/errors.ts";
import created from "../../fixtures/cohere/create_dataset.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.cohere.com/v1/datasets";
const auth = { apiKey: "co-test-key-0123456789" };
const jsonl = '{"text": "To reset your password, open Settings."}\n{"text": "Invoices are emailed monthly."}\n';
const b64 = (s: string | Uint8Array) => Buffer.from(s).toString("base64");
const base = { name: "support articles", type: "embed-input" as const, data: b64(jsonl) };

async function sent(file: FormDataEntryValue | null | undefined) {
  expect(file).toBeInstanceOf(File);
  const f = file as File;
  return { name: f.name, text: await f.text() };
}

describe("cohere/create_dataset", () => {
  test("uploads the file as the multipart part `data` and sends the other fields as query parameters", async () => {
    const seen = mock("post", URL, json(created.response.json));
    const body = {
      ...base,
      keep_original_file: true,
      skip_malformed_input: false,
      keep_fields: ["title", "url"],
      optional_fields: ["lang"],
      max_tokens: null,
    };
    await main(auth, body as any);
    expect(seen).toHaveLength(1);
    expect(seen[0].method).toBe("POST");
    expect(seen[0].url).toBe(
      `${URL}?name=support+articles&type=embed-input&keep_original_file=true&skip_malformed_input=false&keep_fields=title&keep_fields=url&optional_fields=lang`,
    );
    expect(seen[0].headers.authorization).toBe("Bearer co-test-key-0123456789");
    expect(seen[0].headers["content-type"]).toStartWith("multipart/form-data; boundary=");
    expect([...seen[0].form!.keys()]).toEqual(["data"]);
    expect(await sent(seen[0].form!.get("data"))).toEqual({ name: "data.jsonl", text: jsonl });
  });

  test("adds eval_data as a second part and uses the given file names", async () => {
    const seen = mock("post", URL, json(created.response.json));
    const csv = "text;label\nhello;greeting\n";
    await main(auth, {
      ...base,
      type: "single-label-classification-finetune-input",
      data: b64(csv),
      data_filename: "train.csv",
      eval_data: `data:text/csv;base64,${b64(csv)}`,
      eval_data_filename: "eval.csv",
      csv_delimiter: ";",
    });
    expect(seen[0].url).toBe(
      `${URL}?name=support+articles&type=single-label-classification-finetune-input&csv_delimiter=%3B`,
    );
    expect(await sent(seen[0].form!.get("data"))).toEqual({ name: "train.csv", text: csv });
    expect(await sent(seen[0].form!.get("eval_data"))).toEqual({ name: "eval.csv", text: csv });
  });

  test("leaves out an empty csv_delimiter, a form leftover, and keeps a whitespace one", async () => {
    const seen = mock("post", URL, json(created.response.json));
    await main(auth, { ...base, csv_delimiter: "", text_separator: "\t" });
    expect(seen[0].url).toBe(`${URL}?name=support+articles&type=embed-input&text_separator=%09`);
  });

  test.each([
    ["Parquet", new Uint8Array([0x50, 0x41, 0x52, 0x31, 0x15, 0x04]), {}, "data.parquet"],
    ["Avro", new Uint8Array([0x4f, 0x62, 0x6a, 0x01, 0x04, 0x14]), {}, "data.avro"],
    ["text split by text_separator", new TextEncoder().encode("one\n\ntwo"), { text_separator: "\n\n" }, "data.txt"],
    ["CSV", new TextEncoder().encode("text\nhello\n"), {}, "data.csv"],
  ])(
    "names an unnamed %s file by its content, since Cohere reads files by extension",
    async (_, bytes, extra, name) => {
      const seen = mock("post", URL, json(created.response.json));
      await main(auth, { ...base, data: b64(bytes), ...extra });
      expect((seen[0].form!.get("data") as File).name).toBe(name);
    },
  );

  test.each([
    [
      "an unknown dataset type",
      { ...base, type: "embed" },
      'body.type: must be one of "embed-input", "embed-result", "cluster-result", "cluster-outliers", "reranker-finetune-input", "single-label-classification-finetune-input", "chat-finetune-input", "multi-label-classification-finetune-input", "batch-chat-input", "batch-openai-chat-input", "batch-embed-v2-input", "batch-chat-v2-input" (got "embed")',
    ],
    [
      "a file that is not base64",
      { ...base, data: "not base64!" },
      "body.data: must be a file's content in base64 (a Windmill file input)",
    ],
    [
      "keep_fields given as one string",
      { ...base, keep_fields: "title" },
      'body.keep_fields: must be a list (got "title")',
    ],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
