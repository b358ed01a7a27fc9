// The Deno side of a native run behaves as a worker's isolate does towards a job.
import { describe, expect, test } from "bun:test";
import { NativeWorker, runNative, streamLines } from "./worker.ts";

const module = (body: string) => `export async function main(...args) { ${body} }`;
const once = (body: string, args: unknown[] = []) => runNative("demo/x", module(body), args, { allowNet: [] });

describe("a native run", () => {
  test("passes arguments as JSON values (an absent one is null) and returns JSON.stringify(result ?? null)", async () => {
    const o = await once("return { args, none: undefined, when: new Date(0) };", [1, undefined, { x: [1] }]);
    expect(o.json).toBe('{"args":[1,null,{"x":[1]}],"when":"1970-01-01T00:00:00.000Z"}');
    expect((await once("return undefined;")).json).toBe("null");
  });

  test("keeps the call's console lines in order, stdout and stderr apart", async () => {
    const o = await once('console.log("one"); console.error("oops"); console.log("WM_STREAM: a\\\\nb"); return 1;');
    expect(o.stdout).toEqual(["one", "WM_STREAM: a\\nb"]);
    expect(o.stderr).toEqual(["oops"]);
    expect(streamLines(o)).toEqual(["a\\nb"]);
  });

  test("streams an async generator as WM_STREAM lines, escaped as Windmill does, its result null", async () => {
    const o = await once('return (async function* () { yield "a\\nb"; yield "c"; })();');
    expect(streamLines(o)).toEqual(["a\\nb", "c"]);
    expect(o.json).toBe("null");
  });

  test("reports a thrown error as Windmill does: name, message, stack", async () => {
    const o = await once('class ProviderError extends Error { name = "ProviderError" } throw new ProviderError("no");');
    expect(o.ok).toBe(false);
    expect(o.error).toMatchObject({ name: "ProviderError", message: "no" });
    expect(o.error?.stack).toContain("ProviderError: no");
  });

  test("fails the call in flight on an unhandled rejection, as it fails the job", async () => {
    const o = await once('Promise.reject(new Error("stray")); await new Promise((r) => setTimeout(r, 200)); return 1;');
    expect(o.error).toMatchObject({ name: "Error", message: "stray" });
  });

  test("ends when main settles, whatever timers the job leaves behind", async () => {
    const started = performance.now();
    const o = await once("setInterval(() => {}, 10); setTimeout(() => {}, 60_000); return 1;");
    expect(o.result).toBe(1);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe("a worker running many calls", () => {
  test("gives each call a fresh module, and survives a call that exhausts the heap", async () => {
    const worker = new NativeWorker({ allowNet: [], heapMiB: 32 });
    try {
      const counter = module("globalThis.seen = (globalThis.seen ?? 0) + 1; return [count++, globalThis.seen];");
      const code = `let count = 0;\n${counter}`;
      const hog = module('const held = []; for (;;) held.push(JSON.stringify("x".repeat(1 << 20)));');
      const first = await worker.call("demo/count", code, []);
      const second = await worker.call("demo/count", code, []);
      // Module state starts afresh per call; the global object is the process's, as within one isolate.
      expect([first.result, second.result]).toEqual([
        [0, 1],
        [0, 2],
      ]);
      const killed = await worker.call("demo/hog", hog, []);
      expect(killed.killed).toBe("heap");
      const after = await worker.call("demo/count", code, []);
      expect(after.result).toEqual([0, 1]);
    } finally {
      await worker.close();
    }
  });
});
