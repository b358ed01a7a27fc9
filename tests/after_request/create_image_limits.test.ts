// create_image's reply carries the images as base64 inside JSON: capped like every binary result, and
// a 200 without a list of images is an error, not a crash.
import { describe, expect, test } from "bun:test";
import { ProviderError } from "../../f/core/errors.ts";
import { RESULT_CAPS } from "../../f/core/limits.ts";
import { main } from "../../f/togetherai/create_image.ts";
import fixture from "../../fixtures/togetherai/create_image.json";
import { failure, json, mock, useMockServer } from "../support/mock.ts";

useMockServer();
const URL = "https://api.together.xyz/v1/images/generations";
const KEY = "tgp_v1_test0123456789abcdef";
const auth = { api_key: KEY };
const body = { model: "black-forest-labs/FLUX.1-schnell", prompt: "a lighthouse at dawn" };
const CAP = RESULT_CAPS["togetherai/create_image"];

describe("togetherai/create_image limits", () => {
  test.each([
    ["an empty body", () => new Response(null, { status: 200 }), "answered 200 without a list of images (got null)"],
    ["JSON null", () => json(null), "answered 200 without a list of images (got null)"],
    ["an object without data", () => json({ id: "x" }), 'answered 200 without a list of images (got {"id":"x"})'],
  ])("reports a 200 with %s as the provider's answer, not retried", async (_, reply, message) => {
    const seen = mock("post", URL, reply);
    const err = await failure(main(auth, body));
    expect(err).toBeInstanceOf(ProviderError);
    expect([err.status, err.retryable, err.providerMessage]).toEqual([200, false, message]);
    expect(seen).toHaveLength(1);
  });

  test("refuses a reply whose Content-Length announces images over the cap, before reading it", async () => {
    const announced = Math.ceil((CAP + 1024 * 1024) / 3) * 4;
    mock("post", URL, () => new Response("{}", { headers: { "content-length": String(announced) } }));
    const err = await failure(main(auth, body));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toStartWith("Together file too large: the file is ");
    expect(err.retryable).toBe(false);
  });

  test("masks the key in the reply's text fields but leaves the image bytes as they came", async () => {
    const image = fixture.response.json.data[0]!;
    // A base64 image can hold any 8 characters: those are the user's data, not an echo.
    const b64 = `${image.b64_json.slice(0, -2)}${KEY.slice(8, 16)}==`;
    mock("post", URL, json({ ...fixture.response.json, id: `img-${KEY}`, data: [{ ...image, b64_json: b64 }] }));
    const result = (await main(auth, body)) as Record<string, any>;
    expect(result.jpeg.content).toBe(b64);
    expect(result.id).toBe("img-[redacted]");
  });
});
