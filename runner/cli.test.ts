// End to end: the CLI as a subprocess, as a user runs it; no network beyond 127.0.0.1.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { mkdtempSync, rmSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator } from "./emulator.ts";
import { resultMarker } from "./printer.ts";
import { makeStandInRepo } from "./test_scripts.ts";

const cli = join(import.meta.dir, "cli.ts");
const repo = join(import.meta.dir, "..");
let root = "";
const body = JSON.stringify({
  model: "jamba-mini",
  messages: [{ role: "user", content: "streaming please" }],
  stream: true,
});

// Never let a developer's real keys or Windmill settings leak into these runs.
const cleanEnv: Record<string, string> = { NO_COLOR: "1" };
for (const [key, value] of Object.entries(process.env)) {
  if (value !== undefined && !/API_KEY|API_URL|BASE_URL|^WM_|^BASE_INTERNAL/.test(key)) cleanEnv[key] = value;
}

async function run(args: string[], env: Record<string, string> = {}, cwd = repo) {
  const child = Bun.spawn([process.execPath, cli, ...args], {
    cwd,
    env: { ...cleanEnv, ...env },
    stdout: "pipe",
    stderr: "pipe",
  });
  const chunks: string[] = [];
  const decoder = new TextDecoder();
  const reader = child.stdout.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(decoder.decode(read.value));
  const stderr = await new Response(child.stderr).text();
  return { code: await child.exited, stdout: chunks.join(""), chunks, stderr };
}

beforeAll(() => {
  root = makeStandInRepo();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("npm start -- <operation>", () => {
  test("a streamed chat against the emulator prints live text, the marker, then the result", async () => {
    const { code, stdout, chunks, stderr } = await run(["--root", root, "ai21/create_chat_completion", "--body", body]);
    expect(code).toBe(0);
    expect(stderr).toContain("Using the built-in offline emulator (no --resource given and AI21_API_KEY is not set)");
    const [live, after] = stdout.split(resultMarker);
    expect(live).toStartWith('You said: "streaming please".');
    expect(after).toStartWith(" (ai21/create_chat_completion, ");
    const result = JSON.parse(after!.slice(after!.indexOf("\n")));
    expect(result).toMatchObject({ finish_reason: "stop", text: live!.trimEnd() });
    // the text arrived in pieces, before the result: it was streamed, not printed at the end
    expect(chunks.findIndex((c) => c.includes(resultMarker))).toBeGreaterThan(2);
  });

  test("--json prints only the one-line result on stdout, the live text on stderr", async () => {
    const { code, stdout, stderr } = await run([
      "--root",
      root,
      "cohere/chat",
      "--json",
      "--body",
      body.replace("jamba-mini", "command-a"),
    ]);
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(stdout)).toMatchObject({ finish_reason: "COMPLETE" });
    expect(stderr).toContain('You said: "streaming please"');
  });

  test("credentials from environment variables are used when set", async () => {
    const emulator = startEmulator({ apiKey: "env-key-123", delayMs: 0 });
    try {
      const env = { TOGETHER_API_KEY: "env-key-123", TOGETHER_BASE_URL: emulator.baseUrl("togetherai") };
      const { code, stderr } = await run(["--root", root, "togetherai/create_chat_completion", "--body", body], env);
      expect(code).toBe(0);
      expect(stderr).toContain("Using environment variable TOGETHER_API_KEY (base URL from TOGETHER_BASE_URL).");
    } finally {
      emulator.stop();
    }
  });

  test("a failing script exits 1 with its error class and message, the key masked", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "runner-cli-")), "r.json");
    writeFileSync(file, JSON.stringify({ apiKey: "sk-very-secret" }));
    const { code, stdout, stderr } = await run(["--root", root, "ai21/fail", "--resource", `@${file}`]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("error: RateLimitError: 429 too many requests for key [redacted]");
    expect(stderr).toContain("about to fail with key [redacted]");
    expect(stderr).not.toContain("sk-very-secret");
  });

  test("a usage mistake exits 2 with advice", async () => {
    const { code, stderr } = await run(["--root", root, "cohere/chta"]);
    expect(code).toBe(2);
    expect(stderr).toContain("error: unknown operation 'cohere/chta'. Did you mean cohere/chat?");
  });

  test("a script returning an async generator streams it, and its result is the joined text", async () => {
    const { code, stdout } = await run(["--root", root, "ai21/generator"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^one two\n── result \(ai21\/generator, [\d.]+ s, emulated\) ──\n"one two"\n$/);
  });

  test("--out saves the result's binary content and prints a note in its place", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "runner-out-")), "speech.mp3");
    const { code, stdout } = await run(["--root", root, "ai21/speak", "--arg", "text=hi", "--out", out, "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).file.content).toBe(`<2048 bytes saved to ${out}>`);
    expect(readFileSync(out).length).toBe(2048);
  });
});

describe("npm start with no arguments, --list and --help", () => {
  test("the tour streams one chat per provider from the emulator, then explains going live", async () => {
    const { code, stdout } = await run(["--root", root], { AI21_API_KEY: "ignored-by-the-tour" });
    expect(code).toBe(0);
    expect(stdout.match(/You said:/g)).toHaveLength(3);
    expect(stdout).toContain("To call the real APIs:");
    expect(stdout).toContain("(AI21_API_KEY is set: runs without --emulator already use it)");
  }, 20_000);

  test("the tour runs on this repository as it is, with no keys and no network", async () => {
    const { code, stdout, stderr } = await run([]);
    expect({ code, stderr: code ? stderr : "" }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toContain("To call the real APIs:");
  }, 20_000);

  test("--list shows each operation with its summary; --help documents the options", async () => {
    const list = await run(["--root", root, "--list"]);
    expect(list.stdout).toMatch(/cohere\/chat\s+Chat with a Command model/);
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    for (const flag of ["--body", "--resource", "--max-retries", "--timeout", "--json", "--out", "--emulator"]) {
      expect(help.stdout).toContain(flag);
    }
  });
});
