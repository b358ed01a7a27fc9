import { describe, expect, test } from "bun:test";
import { HttpResponse } from "msw";
import { failure, json, mock, useMockServer } from "../../tests/support/mock.ts";
import { ProviderError } from "./errors.ts";
import { readJson, request } from "./http.ts";
import { target } from "./providers.ts";
import { SUNSET_HINT, sunsetHint } from "./sunset.ts";

useMockServer();
const DEFAULT = "https://api.ai21.com/studio/v1/models";
const OWN = "https://jamba.example.internal/v1/models";
const list = (auth: object) =>
  request(target("ai21", auth), { method: "GET", path: "/models" }, { max_retries: 0 }, readJson);

describe("AI21's sunset", () => {
  test("a 404 from the default host says the hosted API was sunset and what baseUrl to set", async () => {
    mock("get", DEFAULT, json({ detail: "Not Found" }, { status: 404 }));
    const err = (await failure(list({ apiKey: "test-key-0123456789" }))) as ProviderError;
    expect(err).toBeInstanceOf(ProviderError);
    expect(err.message).toBe(`AI21 404: Not Found. ${SUNSET_HINT}`);
    expect(SUNSET_HINT).toContain("2026-08-09");
    expect(SUNSET_HINT).toContain("baseUrl");
  });

  test("the default host out of reach says the same, after the host it tried", async () => {
    mock("get", DEFAULT, () => HttpResponse.error());
    const err = (await failure(list({ apiKey: "test-key-0123456789" }))) as ProviderError;
    expect(err.status).toBe(0);
    expect(err.message).toStartWith("AI21 network: connection to api.ai21.com failed waiting for the response: ");
    expect(err.message).toEndWith(`. ${SUNSET_HINT}`);
  });

  test("a 404 from the user's own baseUrl reads as a normal 404", async () => {
    mock("get", OWN, json({ detail: "Not Found" }, { status: 404 }));
    const err = (await failure(
      list({ apiKey: "test-key-0123456789", baseUrl: "https://jamba.example.internal/v1" }),
    )) as ProviderError;
    expect(err.message).toBe("AI21 404: Not Found");
  });

  test("the user's own host out of reach gets no sunset hint either", async () => {
    mock("get", OWN, () => HttpResponse.error());
    const err = (await failure(
      list({ apiKey: "test-key-0123456789", baseUrl: "https://jamba.example.internal/v1" }),
    )) as ProviderError;
    expect(err.message).toStartWith("AI21 network: connection to jamba.example.internal failed");
    expect(err.message).not.toContain("sunset");
  });

  test("other answers of the default host, such as a 401, carry no hint", async () => {
    mock("get", DEFAULT, json({ detail: "Forbidden" }, { status: 401 }));
    expect(((await failure(list({ apiKey: "test-key-0123456789" }))) as ProviderError).message).toBe(
      "AI21 401: Forbidden",
    );
    expect(sunsetHint("https://api.ai21.com/studio/v1", 500)).toBeUndefined();
    expect(sunsetHint("https://API.AI21.com/studio/v1/", 404)).toBe(SUNSET_HINT);
  });
});
