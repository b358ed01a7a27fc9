// Binary results against Windmill's 128 MiB isolate heap, as a native worker runs them: each binary
// operation returns a file of exactly its cap (f/core/limits.ts: the bytes, their base64 and the
// serialised result all inside the heap), and one byte more is refused with a ProviderError, never a
// killed isolate. Both
// base64 paths of f/core/files.ts are run: V8's native Uint8Array methods, and the portable fallback
// for isolates without them (windmill.md: absent on V8 13.7).
import { beforeAll, describe, expect, test } from "bun:test";
import { RESULT_CAPS } from "../../f/core/limits.ts";
import { BINARY_OPS, type BinaryOp, fileOf, IMAGE_OP, patternBytes, runBinary } from "./binary.ts";

const capOf = (op: BinaryOp) => RESULT_CAPS[op.script as keyof typeof RESULT_CAPS];
const bytes = patternBytes(Math.max(...[...BINARY_OPS, IMAGE_OP].map(capOf)) + 1);
const atCap = (op: BinaryOp) => bytes.subarray(0, capOf(op));
const overCap = (op: BinaryOp) => bytes.subarray(0, capOf(op) + 1);

type Summary = {
  ok: boolean;
  killed?: string;
  error?: { name: string; message: string };
  size?: number;
  /** The returned file decodes to the provider's bytes (after the script's own prefix). */
  intact?: boolean;
};

async function summarise(op: BinaryOp, sent: Uint8Array, nativeBase64: boolean, announced = true): Promise<Summary> {
  const o = await runBinary(op, sent, { nativeBase64, announced });
  const file = o.ok ? fileOf(o.result) : undefined;
  const decoded = file && Uint8Array.fromBase64(file.content);
  return {
    ok: o.ok,
    killed: o.killed,
    error: o.error && { name: o.error.name, message: o.error.message },
    size: file?.size,
    intact:
      decoded && decoded.length === sent.length + op.prefix && Buffer.compare(decoded.subarray(op.prefix), sent) === 0,
  };
}

/** Runs the tasks two at a time: one Deno process per core. */
async function pool<T>(tasks: (() => Promise<T>)[], width = 2): Promise<T[]> {
  const out: T[] = [];
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < tasks.length; i = next++) out[i] = await tasks[i]!();
  };
  await Promise.all(Array.from({ length: width }, lane));
  return out;
}

const VARIANTS = [
  { label: "native Uint8Array base64", nativeBase64: true },
  { label: "the portable base64 fallback", nativeBase64: false },
];
const FILE_OPS = BINARY_OPS.filter((op) => !op.name.includes("stream"));
const results = new Map<string, Summary>();
const key = (...parts: (string | boolean)[]) => parts.join(" | ");

beforeAll(async () => {
  const jobs: [string, () => Promise<Summary>][] = [];
  for (const { nativeBase64 } of VARIANTS) {
    for (const op of [...BINARY_OPS, IMAGE_OP]) {
      jobs.push([key(op.name, nativeBase64, "cap"), () => summarise(op, atCap(op), nativeBase64)]);
      jobs.push([key(op.name, nativeBase64, "over"), () => summarise(op, overCap(op), nativeBase64, false)]);
    }
    for (const op of FILE_OPS) {
      jobs.push([key(op.name, nativeBase64, "over announced"), () => summarise(op, overCap(op), nativeBase64, true)]);
    }
  }
  const done = await pool(jobs.map(([, run]) => run));
  jobs.forEach(([k], i) => results.set(k, done[i]!));
}, 120_000);

describe.each(VARIANTS)("under a 128 MiB heap, with $label", ({ nativeBase64 }) => {
  describe.each(BINARY_OPS.map((op) => [op.name, op] as const))("%s", (name, op) => {
    test(`returns a file of exactly its cap (${capOf(op)} bytes), intact`, () => {
      const r = results.get(key(name, nativeBase64, "cap"))!;
      expect(r).toEqual({ ok: true, killed: undefined, error: undefined, size: capOf(op) + op.prefix, intact: true });
    });

    test("refuses one byte over the cap while reading, with a ProviderError, the heap intact", () => {
      const r = results.get(key(name, nativeBase64, "over"))!;
      expect(r.killed).toBeUndefined();
      expect(r.error?.name).toBe("ProviderError");
      expect(r.error?.message).toContain("file too large: the file is over");
    });

    if (FILE_OPS.includes(op)) {
      test("refuses one byte over the cap from Content-Length, before reading it", () => {
        const r = results.get(key(name, nativeBase64, "over announced"))!;
        expect(r.killed).toBeUndefined();
        expect(r.error?.name).toBe("ProviderError");
        expect(r.error?.message).toContain("file too large: the file is ");
        expect(r.error?.message).not.toContain("is over");
      });
    }
  });

  test(`togetherai/create_image returns an image of exactly its cap (${capOf(IMAGE_OP)} bytes), intact`, () => {
    const r = results.get(key(IMAGE_OP.name, nativeBase64, "cap"))!;
    expect(r).toEqual({ ok: true, killed: undefined, error: undefined, size: capOf(IMAGE_OP), intact: true });
  });

  test("togetherai/create_image refuses an image one byte over its cap, the heap intact", () => {
    const r = results.get(key(IMAGE_OP.name, nativeBase64, "over"))!;
    expect(r.killed).toBeUndefined();
    expect(r.error?.name).toBe("ProviderError");
    expect(r.error?.message).toContain("file too large: the file is ");
  });
});
