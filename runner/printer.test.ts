import { describe, expect, test } from "bun:test";
import { captureConsole, unescapeStream } from "./capture.ts";
import { Printer, resultMarker } from "./printer.ts";

function recorder(options: { json: boolean; breakForLogs?: boolean }) {
  const out: string[] = [];
  const err: string[] = [];
  const printer = new Printer({ ...options, color: false, stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { printer, out, err };
}

/** Runs `body` with console captured into the printer, as runOperation does. */
function captured(printer: Printer, body: () => void): void {
  const restore = captureConsole({ stream: (t) => printer.stream(t), log: (l) => printer.log(l) });
  try {
    body();
  } finally {
    restore();
  }
}

describe("live streaming and the result", () => {
  test("WM_STREAM lines become live text without added newlines, then the marker, then pretty JSON", () => {
    const { printer, out, err } = recorder({ json: false });
    captured(printer, () => {
      console.log("WM_STREAM: Hello");
      console.log("WM_STREAM: , world\\nsecond line");
    });
    printer.result({ finish_reason: "stop" }, undefined, "cohere/chat, 0.1 s");
    expect(out.slice(0, 2)).toEqual(["Hello", ", world\nsecond line"]);
    expect(out[2]).toBe("\n"); // the marker starts on its own line
    expect(out[3]).toBe(`${resultMarker} (cohere/chat, 0.1 s) ──\n`);
    expect(JSON.parse(out[4]!)).toEqual({ finish_reason: "stop" });
    expect(out[4]).toContain('\n  "finish_reason"');
    expect(err).toEqual([]);
  });

  test("other console output is a job log on stderr, with secrets masked", () => {
    const { printer, out, err } = recorder({ json: false });
    printer.secrets = ["sk-live-123456"];
    captured(printer, () => {
      console.log("retrying with key %s", "sk-live-123456");
      console.log("provider said: invalid key sk-live-1...");
      console.warn({ attempt: 2 });
      console.log("WM_STREAM: text", "and a second argument"); // not the appendToResultStream form
    });
    expect(out).toEqual([]);
    expect(err).toEqual([
      "retrying with key [redacted]\n",
      "provider said: invalid key [redacted]...\n",
      "{ attempt: 2 }\n",
      "WM_STREAM: text and a second argument\n",
    ]);
  });

  test("capturing ends when restored, so the runner's own console is untouched", () => {
    const original = console.log;
    const restore = captureConsole({ stream: () => {}, log: () => {} });
    expect(console.log).not.toBe(original);
    restore();
    expect(console.log).toBe(original);
  });

  test("with --json, stdout holds only the one-line result and live text goes to stderr", () => {
    const { printer, out, err } = recorder({ json: true });
    captured(printer, () => {
      console.log("WM_STREAM: partial");
      console.log("a log");
    });
    printer.result({ ok: true });
    expect(out).toEqual(['{"ok":true}\n']);
    expect(err).toEqual(["partial", "\n", "a log\n"]);
  });

  test("a log arriving mid-line starts on a fresh line only when both streams share a terminal", () => {
    const shared = recorder({ json: false, breakForLogs: true });
    shared.printer.stream("half");
    shared.printer.log("note");
    expect(shared.out).toEqual(["half", "\n"]);
    const piped = recorder({ json: false, breakForLogs: false });
    piped.printer.stream("half");
    piped.printer.log("note");
    expect(piped.out).toEqual(["half"]); // stdout keeps exactly the streamed text
  });

  test("unescaping turns the escaped newlines of appendToResultStream back into newlines", () => {
    expect(unescapeStream("a\\nb\\n")).toBe("a\nb\n");
  });

  test("large base64 blobs are abbreviated in pretty output but complete with --json", () => {
    const blob = "QUJD".repeat(500);
    const pretty = recorder({ json: false });
    pretty.printer.result({ png: blob });
    expect(pretty.out.join("")).toContain('"png": "<base64, 2000 chars; save it with --out FILE');
    const json = recorder({ json: true });
    json.printer.result({ png: blob });
    expect(JSON.parse(json.out[0]!)).toEqual({ png: blob });
  });

  test("undefined results print as null, like a Windmill job", () => {
    const { printer, out } = recorder({ json: true });
    printer.result(undefined);
    expect(out).toEqual(["null\n"]);
  });
});

describe("failures", () => {
  test("an error after partial streamed text starts on its own line, even when stdout is a pipe", () => {
    const piped = recorder({ json: false, breakForLogs: false });
    piped.printer.stream("Half an ans");
    piped.printer.error("ProviderError: Together network: failed reading the response");
    expect(piped.out).toEqual(["Half an ans", "\n"]);
    expect(piped.err).toEqual(["error: ProviderError: Together network: failed reading the response\n"]);
  });

  test("a warning goes to stderr, marked as one", () => {
    const { printer, out, err } = recorder({ json: false });
    printer.warn("--out a.mp3: the content is audio/wav");
    expect(out).toEqual([]);
    expect(err).toEqual(["warning: --out a.mp3: the content is audio/wav\n"]);
  });
});
