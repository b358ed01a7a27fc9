import { afterAll, describe, expect, test } from "bun:test";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UsageError } from "./errors.ts";
import { resolveResource } from "./resource.ts";

// A stand-in for Windmill's API on loopback: answers the one call getResource makes.
const seen: string[] = [];
const windmill = Bun.serve({
  hostname: "127.0.0.1",
  port: 0,
  fetch(request) {
    const url = new URL(request.url);
    seen.push(`${request.headers.get("authorization")} ${url.pathname}`);
    if (request.headers.get("authorization") === "Bearer expired-token") {
      return Response.json({ error: "Unauthorized: token expired" }, { status: 401 });
    }
    if (url.pathname === "/api/w/demo/resources/get_value_interpolated/f/llm/cohere") {
      return Response.json({ apiKey: "from-windmill", baseUrl: "https://cohere.example" });
    }
    return new Response("not found", { status: 404 });
  },
});
afterAll(() => windmill.stop(true));

const wmEnv = { WM_BASE_URL: `http://127.0.0.1:${windmill.port}`, WM_TOKEN: "wm-token", WM_WORKSPACE: "demo" };
const emulatorResource = { apiKey: "emulator-key", baseUrl: "http://127.0.0.1:1/cohere" };
const emulator = () => emulatorResource;

function resourceFile(content: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), "runner-res-")), "r.json");
  writeFileSync(file, JSON.stringify(content));
  return `@${file}`;
}

describe("resolveResource", () => {
  test("a resource file wins over the environment and Windmill settings", async () => {
    const spec = resourceFile({ apiKey: "from-file" });
    const env = { ...wmEnv, CO_API_KEY: "from-env" };
    const got = await resolveResource({ provider: "cohere", spec, env, emulator });
    expect(got.resource).toEqual({ apiKey: "from-file" });
    expect(got.source).toStartWith("file ");
    expect(got.secrets).toContain("from-file");
  });

  test("a Windmill path is fetched with windmill-client using WM_BASE_URL, WM_TOKEN and WM_WORKSPACE", async () => {
    const env = { ...wmEnv, CO_API_KEY: "from-env" };
    const got = await resolveResource({ provider: "cohere", spec: "f/llm/cohere", env, emulator });
    expect(got.resource).toEqual({ apiKey: "from-windmill", baseUrl: "https://cohere.example" });
    expect(got.source).toBe("Windmill resource f/llm/cohere");
    expect(seen).toContain("Bearer wm-token /api/w/demo/resources/get_value_interpolated/f/llm/cohere");
  });

  test("BASE_INTERNAL_URL, which workers set, is preferred over the public WM_BASE_URL", async () => {
    const env = { ...wmEnv, WM_BASE_URL: "http://127.0.0.1:9", BASE_INTERNAL_URL: wmEnv.WM_BASE_URL };
    const got = await resolveResource({ provider: "cohere", spec: "f/llm/cohere", env, emulator });
    expect(got.resource.apiKey).toBe("from-windmill");
  });

  test("a Windmill path without the WM_* settings names what is missing", async () => {
    const attempt = resolveResource({ provider: "cohere", spec: "f/llm/cohere", env: { WM_TOKEN: "t" }, emulator });
    await expect(attempt).rejects.toThrow("needs WM_BASE_URL, WM_WORKSPACE set");
  });

  test("a missing Windmill resource says who answered what, and to check the path and workspace", async () => {
    const attempt = resolveResource({ provider: "cohere", spec: "f/llm/none", env: wmEnv, emulator });
    await expect(attempt).rejects.toBeInstanceOf(UsageError);
    await expect(attempt).rejects.toThrow(
      `Windmill at ${wmEnv.WM_BASE_URL} answered 404 Not Found for resource f/llm/none in workspace demo: not found. ` +
        "Check the path (f/<folder>/<name> or u/<user>/<name>) and WM_WORKSPACE",
    );
  });

  test("a refused token shows Windmill's own words, not [object Object], and says to check WM_TOKEN", async () => {
    const env = { ...wmEnv, WM_TOKEN: "expired-token" };
    const attempt = resolveResource({ provider: "cohere", spec: "f/llm/cohere", env, emulator });
    await expect(attempt).rejects.toThrow(
      `answered 401 Unauthorized for resource f/llm/cohere in workspace demo: {"error":"Unauthorized: token expired"}. Check WM_TOKEN`,
    );
  });

  test("a Windmill host that cannot be reached is named, with what to check", async () => {
    const env = { ...wmEnv, WM_BASE_URL: "http://127.0.0.1:9" };
    const attempt = resolveResource({ provider: "cohere", spec: "f/llm/cohere", env, emulator });
    await expect(attempt).rejects.toBeInstanceOf(UsageError);
    await expect(attempt).rejects.toThrow(
      /^could not reach Windmill at http:\/\/127\.0\.0\.1:9 for resource f\/llm\/cohere in workspace demo: .+\. Check WM_BASE_URL/,
    );
  });

  test("without --resource the provider's environment variables build the resource", async () => {
    const together = await resolveResource({
      provider: "togetherai",
      env: { TOGETHER_API_KEY: "tk", TOGETHER_BASE_URL: "https://api.together.ai/v1" },
      emulator,
    });
    expect(together.resource).toEqual({ api_key: "tk", base_url: "https://api.together.ai/v1" });
    const cohere = await resolveResource({ provider: "cohere", env: { CO_API_KEY: "ck" }, emulator });
    expect(cohere.resource).toEqual({ apiKey: "ck" });
    expect(cohere.source).toBe("environment variable CO_API_KEY");
  });

  test("with nothing configured the emulator is used, and says so", async () => {
    const got = await resolveResource({ provider: "ai21", env: { CO_API_KEY: "other provider" }, emulator });
    expect(got).toMatchObject({ resource: emulatorResource, emulated: true });
    expect(got.source).toContain("offline emulator (no --resource given and AI21_API_KEY is not set)");
  });

  test("--emulator overrides configured credentials", async () => {
    const got = await resolveResource({ provider: "ai21", env: { AI21_API_KEY: "k" }, forceEmulator: true, emulator });
    expect(got.emulated).toBe(true);
  });

  test("inline JSON is refused so keys stay out of shell history", async () => {
    const attempt = resolveResource({ provider: "cohere", spec: '{"apiKey":"k"}', env: {}, emulator });
    await expect(attempt).rejects.toThrow("not inline JSON");
  });

  test("a base URL the scripts would refuse (ftp://) is a usage error before any call, in the scripts' words", async () => {
    const spec = resourceFile({ apiKey: "test-key-0123456789", baseUrl: "ftp://cohere.example" });
    const attempt = resolveResource({ provider: "cohere", spec, env: {}, emulator });
    await expect(attempt).rejects.toBeInstanceOf(UsageError);
    await expect(attempt).rejects.toThrow('auth.baseUrl: must be an http(s) URL (got "ftp://cohere.example")');
    const fromEnv = resolveResource({ provider: "cohere", env: { CO_API_KEY: "k", CO_API_URL: "ftp://x" }, emulator });
    await expect(fromEnv).rejects.toThrow(
      "the resource from environment variable CO_API_KEY (base URL from CO_API_URL)",
    );
  });

  test("a resource without the provider's key field is a usage error showing the expected shape", async () => {
    const spec = resourceFile({ apiKey: "wrong field for together" });
    const attempt = resolveResource({ provider: "togetherai", spec, env: {}, emulator });
    await expect(attempt).rejects.toBeInstanceOf(UsageError);
    await expect(attempt).rejects.toThrow(`has no 'api_key'; Together AI resources look like { "api_key"`);
  });
});
