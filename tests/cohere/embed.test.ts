import { describe, expect, test } from "bun:test";
import { main } from "../../f/cohere/embed.ts";
import { InputError } from "../../f/core/errors.ts";
import fixture from "../../fixtures/cohere/embed.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.cohere.com/v2/embed";
const auth = { apiKey: "co-test-key-0123456789" };
const model = "embed-v4.0";
const texts = ["Windmill runs scripts as flow steps.", "Flows can run on a schedule."];
const png =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

describe("cohere/embed", () => {
  test("sends images as data URIs and mixed text-and-image inputs", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    await main(auth, { model, input_type: "image", images: [png] });
    const inputs = [
      {
        content: [
          { type: "text" as const, text: "A tiny red pixel" },
          { type: "image_url" as const, image_url: { url: png } },
        ],
      },
    ];
    await main(auth, { model, input_type: "search_document", inputs });
    expect(seen[0].body).toEqual({ model, input_type: "image", images: [png] });
    expect(seen[1].body).toEqual({ model, input_type: "search_document", inputs });
  });

  test("leaves a body with nothing to embed to Cohere, as its SDK's wire tests send one", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    await main(auth, { model, input_type: "search_document" });
    expect(seen[0].body).toEqual({ model, input_type: "search_document" });
  });

  test("keeps an emptied text in its place, since the embeddings come back in the order of the texts", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    await main(auth, { model, input_type: "search_document", texts: ["a", "", "b"] });
    expect(seen[0].body.texts).toEqual(["a", "", "b"]);
  });

  test("accepts every embedding type the API offers", async () => {
    const seen = mock("post", URL, json(fixture.response.json));
    const all = ["float", "int8", "uint8", "binary", "ubinary", "base64"] as const;
    await main(auth, { model, input_type: "clustering", texts, embedding_types: [...all] });
    expect(seen[0].body.embedding_types).toEqual([...all]);
  });

  const many = (n: number) => Array.from({ length: n }, (_, i) => `text ${i}`);
  const huge = "data:image/png;base64," + "A".repeat(30_000_000);
  test.each([
    [
      "an unknown input_type",
      { model, input_type: "query", texts },
      'body.input_type: must be one of "search_document", "search_query", "classification", "clustering", "image" (got "query")',
    ],
    [
      "97 texts",
      { model, input_type: "search_document", texts: many(97) },
      "body.texts: must have at most 96 items (got 97)",
    ],
    [
      "97 inputs",
      { model, input_type: "search_document", inputs: many(97).map((text) => ({ content: [{ type: "text", text }] })) },
      "body.inputs: must have at most 96 items (got 97)",
    ],
    [
      "texts and images together",
      { model, input_type: "search_document", texts, images: [png] },
      "body: takes only one of texts, images or inputs (got texts and images)",
    ],
    [
      "an image that is not a data URI",
      { model, input_type: "image", images: ["https://example.com/cat.png"] },
      'body.images[0]: must be a data URI of a JPEG, PNG, WebP or GIF image (data:image/png;base64,...) (got "https://example.com/cat.png")',
    ],
    [
      "images over 20 MB in all",
      { model, input_type: "image", images: [huge] },
      "body.images: must hold at most 20 MB of images in all (got 21.5 MB)",
    ],
    [
      "an output_dimension the models do not offer",
      { model, input_type: "search_document", texts, output_dimension: 768 },
      "body.output_dimension: must be one of 256, 512, 1024, 1536 (got 768)",
    ],
    [
      "an unknown embedding type",
      { model, input_type: "search_document", texts, embedding_types: ["float16"] },
      'body.embedding_types[0]: must be one of "float", "int8", "uint8", "binary", "ubinary", "base64" (got "float16")',
    ],
    [
      "an unknown truncate mode",
      { model, input_type: "search_document", texts, truncate: "LEFT" },
      'body.truncate: must be one of "NONE", "START", "END" (got "LEFT")',
    ],
    [
      "a text part without text",
      { model, input_type: "search_document", inputs: [{ content: [{ type: "text" }] }] },
      "body.inputs[0].content[0].text: is required for a text part",
    ],
  ])("rejects %s before any request", async (_, body, message) => {
    const err = await failure(main(auth, body as any));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe(message);
  });
});
