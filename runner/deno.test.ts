// `npm start -- <op> --runtime deno`: the bundled script under Deno, shown exactly as a Bun run is.
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bundle } from "./native/bundle.ts";
import { DENO_ENV, NativeWorker } from "./native/worker.ts";
import { parseArgs } from "./args.ts";
import { calledHost } from "./deno.ts";
import { findOperation } from "./discover.ts";
import { UsageError } from "./errors.ts";
import { Printer, resultMarker } from "./printer.ts";
import { EmulatorHandle, runOperation } from "./run.ts";

const repo = join(import.meta.dir, "..");

describe("--runtime", () => {
  test("takes bun (the default) or deno, nothing else", () => {
    expect(parseArgs(["cohere/chat"]).runtime).toBe("bun");
    expect(parseArgs(["cohere/chat", "--runtime", "deno"]).runtime).toBe("deno");
    expect(() => parseArgs(["cohere/chat", "--runtime", "node"])).toThrow(
      new UsageError("--runtime takes bun or deno, got 'node'"),
    );
    expect(() => parseArgs(["--runtime", "deno"])).toThrow(
      new UsageError("no operation given: name one, e.g. cohere/chat (see --list)"),
    );
  });

  test("allows the network to the host of the resource's base URL only, the provider's default without one", () => {
    expect(calledHost("cohere", { apiKey: "test-key-0123456789" })).toBe("api.cohere.com:443");
    expect(
      calledHost("togetherai", { api_key: "test-key-0123456789", base_url: "http://127.0.0.1:8787/togetherai" }),
    ).toBe("127.0.0.1:8787");
    expect(calledHost("ai21", { apiKey: "test-key-0123456789", baseUrl: "http://jamba.internal/v1" })).toBe(
      "jamba.internal:80",
    );
  });
});

/** One run through the runner, its output captured, against an emulator that answers without pauses. */
async function runWith(runtime: "bun" | "deno", operation: string, body: unknown) {
  const out: string[] = [];
  const err: string[] = [];
  const printer = new Printer({ json: true, stdout: (t) => out.push(t), stderr: (t) => err.push(t), color: false });
  const emulators = new EmulatorHandle();
  emulators.get(0);
  try {
    const input = { operation: findOperation(repo, operation), body, forceEmulator: true, options: {}, extra: {} };
    await runOperation({ ...input, runtime }, printer, emulators);
  } finally {
    emulators.stop();
  }
  return { result: JSON.parse(out.join("")), stderr: err.join("") };
}

describe("npm start -- <operation> --runtime deno", () => {
  test("streams the live text and returns the result a Bun run gives", async () => {
    const body = { model: "command-a-03-2025", stream: true, messages: [{ role: "user", content: "Hi there" }] };
    // One after the other: each run redirects the console while it lasts.
    const bun = await runWith("bun", "cohere/chat", body);
    const deno = await runWith("deno", "cohere/chat", body);
    const { id: _a, ...expected } = bun.result;
    const { id: _b, ...got } = deno.result;
    expect(got).toEqual(expected);
    expect(got.message.content[0].text).toStartWith('You said: "Hi there".');
    // --json sends the live text to stderr: it came through the stream lines, not the result.
    expect(deno.stderr).toContain(got.message.content[0].text);
  });

  test("as a subprocess, prints the text live, then the marker and the result", async () => {
    // No keys in its environment: the emulator answers, word by word as a provider streams.
    const run = Bun.spawn(
      [
        process.execPath,
        join(repo, "runner/cli.ts"),
        "ai21/create_chat_completion",
        "--runtime",
        "deno",
        "--body",
        JSON.stringify({ model: "jamba-mini", stream: true, messages: [{ role: "user", content: "live please" }] }),
      ],
      { stdout: "pipe", stderr: "pipe", env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" } },
    );
    const chunks: string[] = [];
    const reader = run.stdout.getReader();
    const decoder = new TextDecoder();
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(decoder.decode(r.value));
    expect(await run.exited).toBe(0);
    const stdout = chunks.join("");
    const [live, after] = stdout.split(resultMarker);
    expect(live).toStartWith('You said: "live please".');
    expect(JSON.parse(after!.slice(after!.indexOf("\n"))).choices[0].message.content).toBe(live!.trimEnd());
    expect(chunks.findIndex((c) => c.includes(resultMarker))).toBeGreaterThan(2);
  }, 20_000);
});

describe.skipIf(process.platform !== "linux")("the Deno process of a native run", () => {
  test("gets the key on stdin only: not in its environment, not in its arguments", async () => {
    const key = "tgp_v1_never-in-env-3141";
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    let seen: (() => void) | undefined;
    const reached = new Promise<void>((r) => (seen = r));
    const server = Bun.serve({
      hostname: "127.0.0.1",
      port: 0,
      fetch: async () => (seen?.(), await held, Response.json({ id: "file-1", object: "file" })),
    });
    const worker = new NativeWorker({ allowNet: [`127.0.0.1:${server.port}`] });
    try {
      const code = await bundle("f/togetherai/get_file.ts");
      const auth = { api_key: key, base_url: `http://127.0.0.1:${server.port}/v1` };
      const call = worker.call("togetherai/get_file", code, [auth, { id: "file-1" }, null]);
      await reached; // the script is mid-request: its process is alive
      const environ = readFileSync(`/proc/${worker.pid}/environ`, "utf8").split("\0").filter(Boolean);
      const cmdline = readFileSync(`/proc/${worker.pid}/cmdline`, "utf8");
      release();
      expect((await call).result).toEqual({ id: "file-1", object: "file" });
      expect(environ.sort()).toEqual(
        Object.entries(DENO_ENV)
          .map(([k, v]) => `${k}=${v}`)
          .sort(),
      );
      expect(cmdline).not.toContain(key.slice(0, 8));
      expect(cmdline).toContain("--allow-net=127.0.0.1:");
      expect(cmdline).not.toMatch(/--allow-(env|write|run|read|all)|-A\b/);
    } finally {
      release();
      await worker.close();
      server.stop(true);
    }
  });
});
