import { describe, expect, test } from "bun:test";
import { InputError, ProviderError } from "../../f/core/errors.ts";
import { main } from "../../f/togetherai/upload_file.ts";
import fileInfo from "../../fixtures/togetherai/get_file.json";
import slot from "../../fixtures/togetherai/upload_file.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const BASE = "https://api.together.xyz/v1";
const KEY = "tgp_v1_test-key-0123456789";
const auth = { api_key: KEY };
const FILE_ID = slot.response.headers["x-together-file-id"];
const PRESIGNED = slot.response.headers.location;
// MSW matches a URL without its query string; the signature stays in the request we record.
const STORAGE = PRESIGNED.split("?")[0];
const CONTENT = [
  '{"messages":[{"role":"user","content":"Where is my order?"},{"role":"assistant","content":"Let me check."}]}',
  '{"messages":[{"role":"user","content":"Can I return it?"},{"role":"assistant","content":"Yes, within 30 days."}]}',
].join("\n");
const file = btoa(CONTENT);
const redirect = () => new Response(null, { status: 302, headers: slot.response.headers });

function happyPath() {
  return {
    post: mock("post", `${BASE}/files`, redirect),
    put: mock("put", STORAGE, new Response(null, { status: 200 })),
    preprocess: mock("post", `${BASE}/files/${FILE_ID}/preprocess`, json(fileInfo.response.json)),
  };
}

describe("togetherai/upload_file", () => {
  test("asks POST /files for an upload slot with the form fields and the bearer key", async () => {
    const { post } = happyPath();
    await main(auth, { file, file_name: "support_tickets.jsonl", purpose: "fine-tune", file_type: "jsonl" });
    expect(post).toHaveLength(1);
    expect(post[0].url).toBe(`${BASE}/files`);
    expect(post[0].headers.authorization).toBe(`Bearer ${KEY}`);
    expect(post[0].headers["content-type"]).toStartWith("application/x-www-form-urlencoded");
    expect(Object.fromEntries(new URLSearchParams(post[0].body))).toEqual({
      file_name: "support_tickets.jsonl",
      purpose: "fine-tune",
      file_type: "jsonl",
    });
  });

  test("PUTs the decoded bytes to the presigned URL without the Together key", async () => {
    const { put } = happyPath();
    await main(auth, { file, file_name: "support_tickets.jsonl", purpose: "fine-tune" });
    expect(put).toHaveLength(1);
    expect(put[0].url).toBe(PRESIGNED);
    expect(put[0].headers.authorization).toBeUndefined();
    expect(JSON.stringify(put[0].headers)).not.toContain(KEY);
    expect(put[0].headers["content-type"]).toBe("application/octet-stream");
    expect(put[0].body).toBe(CONTENT);
  });

  test("takes the file type from the name's extension when none is given", async () => {
    const { post } = happyPath();
    await main(auth, { file, file_name: "eval_set.CSV", purpose: "eval" });
    expect(new URLSearchParams(post[0].body).get("file_type")).toBe("csv");
  });

  test("sends no file type for an unknown extension, leaving Together's jsonl default", async () => {
    const { post } = happyPath();
    await main(auth, { file, file_name: "requests.txt", purpose: "batch-api" });
    expect(new URLSearchParams(post[0].body).has("file_type")).toBe(false);
  });

  test("reports a storage refusal with its status and message, names the reserved file, and does not read it back", async () => {
    const { preprocess } = happyPath();
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided.</Message></Error>';
    const put = mock(
      "put",
      STORAGE,
      new Response(xml, { status: 403, headers: { "content-type": "application/xml" } }),
    );
    const err = await failure(main(auth, { file, file_name: "support_tickets.jsonl", purpose: "fine-tune" }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.status).toBe(403);
    expect(err.retryable).toBe(false);
    expect(err.message).toBe(
      `Together storage 403: The request signature we calculated does not match the signature you provided.; file ${FILE_ID} got no content, upload again`,
    );
    expect(put).toHaveLength(1);
    expect(preprocess).toHaveLength(0);
  });

  test("fails clearly when POST /files answers without a redirect", async () => {
    mock("post", `${BASE}/files`, json(fileInfo.response.json));
    const err = await failure(main(auth, { file, file_name: "support_tickets.jsonl", purpose: "fine-tune" }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe("Together 200: POST /files answered 200 without an upload URL and a file id");
  });

  test.each([
    [
      "an unknown purpose",
      { file, file_name: "a.jsonl", purpose: "training" },
      'body.purpose: must be one of "fine-tune", "eval", "eval-sample", "eval-output", "eval-summary", "batch-generated", "batch-api" (got "training")',
    ],
    [
      "an unknown file type",
      { file, file_name: "a.jsonl", purpose: "eval", file_type: "xlsx" },
      'body.file_type: must be one of "jsonl", "csv", "parquet" (got "xlsx")',
    ],
    ["an empty file name", { file, file_name: " ", purpose: "eval" }, "body.file_name: must not be empty"],
    [
      "content that is not base64",
      { file: "not base64!", file_name: "a.jsonl", purpose: "eval" },
      "body.file: must be a file's content in base64 (a Windmill file input)",
    ],
    [
      "an empty file",
      { file: "data:application/jsonl;base64,", file_name: "a.jsonl", purpose: "eval" },
      "body.file: is an empty file",
    ],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
