// The native runtime check itself: what a bundle sees under it, and that scripts reaching for
// globals Windmill's isolate lacks are rejected (permanent negative fixtures, outside f/).
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { ALLOWED_GLOBALS } from "../../runner/native/globals.ts";
import { bundle, loopback, runNative } from "./native.ts";

const server = loopback(() => new Response("ok"));
const elsewhere = loopback(() => new Response("reached"));
afterAll(() => {
  server.stop();
  elsewhere.stop();
});

const fixture = (name: string) => bundle(`${import.meta.dir}/fixtures/${name}.ts`);
type Options = { allGlobals?: boolean; nativeBase64?: boolean; heapMiB?: number };
const run = async (name: string, body: object, o: Options = {}) =>
  runNative(`tests/${name}`, await fixture(name), [{ apiKey: "test-key-0123456789" }, body, null], {
    allowNet: [server.host],
    ...o,
  });

// windmill.md, "Absent": names a script might reach for that the isolate does not have.
const ABSENT = [
  "global",
  "self",
  "window",
  "navigator",
  "document",
  "setImmediate",
  "WebSocket",
  "Worker",
  "localStorage",
  "caches",
  "alert",
  "prompt",
  "confirm",
  "BroadcastChannel",
  "EventSource",
  "XMLHttpRequest",
  "Buffer",
  "process",
  "require",
  "Bun",
];

describe("the globals a bundle sees under the native runtime check", () => {
  let probe: Record<string, any>;
  let unrestricted: Record<string, any>;
  beforeAll(async () => {
    const body = { elsewhere: elsewhere.origin };
    const [a, b] = await Promise.all([run("globals_probe", body), run("globals_probe", body, { allGlobals: true })]);
    expect(a.error).toBeUndefined();
    probe = a.result as Record<string, any>;
    unrestricted = b.result as Record<string, any>;
  });

  test("are Windmill's allow-list and nothing more", () => {
    expect(probe.globals.filter((g: string) => !ALLOWED_GLOBALS.has(g))).toEqual([]);
    expect([...ALLOWED_GLOBALS].filter((g) => !probe.globals.includes(g))).toEqual([]);
    expect(probe.events).toEqual(["function", "function", "function"]);
  });

  test("leave out what windmill.md lists as absent, though Deno defines most of it", () => {
    expect(ABSENT.filter((g) => probe.globals.includes(g))).toEqual([]);
    expect(ABSENT.filter((g) => unrestricted.globals.includes(g)).length).toBeGreaterThan(10);
  });

  test("keep Deno.core only, and process only as the module-scope process.env of Windmill's env code", () => {
    expect(probe.deno).toEqual(["core"]);
    expect(probe.denoCore).toBe("object");
    expect(probe.globalProcess).toBe("undefined");
    expect(probe.jobPath).toBe("f/tests/globals_probe");
  });

  test("allow the network to the one loopback server only", () => {
    expect(probe.elsewhere).toStartWith("NotCapable: Requires net access to");
    expect(unrestricted.elsewhere).toStartWith("NotCapable");
  });

  test("have Uint8Array's native base64 methods unless the run deletes them", async () => {
    const without = await run("globals_probe", { elsewhere: elsewhere.origin }, { nativeBase64: false });
    expect(probe.base64).toEqual(["function", "function"]);
    expect((without.result as { base64: string[] }).base64).toEqual(["undefined", "undefined"]);
  });
});

describe("scripts using globals Windmill's isolate lacks are rejected", () => {
  test("a script using Buffer fails with a ReferenceError, though Deno has Buffer", async () => {
    const [checked, control] = await Promise.all([
      run("uses_buffer", { text: "hi" }),
      run("uses_buffer", { text: "hi" }, { allGlobals: true }),
    ]);
    expect(control.result).toEqual({ base64: "aGk=" });
    expect(checked.ok).toBe(false);
    expect(checked.error).toMatchObject({ name: "ReferenceError", message: "Buffer is not defined" });
  });

  test("a script using a Deno API fails, though Deno runs it without any permission", async () => {
    const [checked, control] = await Promise.all([run("uses_deno", {}), run("uses_deno", {}, { allGlobals: true })]);
    expect((control.result as { runtime: string }).runtime).toStartWith("deno 2.");
    expect(checked.ok).toBe(false);
    expect(checked.error?.name).toBe("TypeError");
    expect(checked.error?.message).toContain("deno");
  });
});

describe("the heap limit", () => {
  test("kills a run that holds more than 128 MiB, and only such a run", async () => {
    const [over, roomy] = await Promise.all([
      run("heap_hog", { mib: 160 }),
      run("heap_hog", { mib: 160 }, { heapMiB: 512 }),
    ]);
    expect(over.killed).toBe("heap");
    expect(roomy.result).toBe(160 * 1024 * 1024);
  });
});
