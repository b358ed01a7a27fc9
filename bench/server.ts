// The three providers played on 127.0.0.1, with the network chunking of streams under our control.
// A base URL names the stream's shape: http://127.0.0.1:<port>/<shape>/<events>/<chars>/<provider>.
import { chatJson, chatStream, deltas, type Provider, PROVIDERS } from "./wire.ts";

/**
 * burst: 8 events per write, the server yielding between writes, as fast as the client takes them
 *   (a reader that falls behind finds several writes waiting: realistic coalescing for a fast model).
 * lockstep: one text event per write, the next only after the client printed the text it had: every
 *   read holds exactly one token, as with a real model at 50-200 tokens/s (the worst case for output).
 *   "Printed" allows for a client that holds back the last characters of the live stream (ours keeps 7,
 *   f/core/redact.ts HELD_BACK, to catch a key split across chunks): the URL names how many.
 */
export type Shape = "burst" | "lockstep";
const BURST = 8;

/** Counts what the running child printed (lines, and stream text), so a lockstep stream can wait for it. */
export class LineGate {
  private printed = 0;
  private waiting?: { chars: number; wake: () => void };
  /** Times the client did not print within a second: lockstep did not hold (e.g. output buffered). */
  stalls = 0;

  reset(): void {
    this.printed = 0;
    this.stalls = 0;
  }

  /** `chars`: stream text printed, in UTF-16 units, unescaped. */
  add(chars: number): void {
    this.printed += chars;
    if (this.waiting && this.printed >= this.waiting.chars) this.waiting.wake();
  }

  async until(chars: number): Promise<void> {
    if (this.printed >= chars) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    await new Promise<void>((wake) => {
      this.waiting = { chars, wake };
      timer = setTimeout(() => (this.stalls++, wake()), 1000);
    });
    clearTimeout(timer);
    this.waiting = undefined;
  }
}

export interface StreamSpec {
  shape: Shape;
  events: number;
  /** 0: token-sized deltas; otherwise deltas of about this many characters. */
  chars: number;
}

export function startServer(gate: LineGate) {
  const answer = deltas(120).join("");
  const json = new Map(PROVIDERS.map((p) => [p, chatJson(p, answer)]));
  const streams = new Map<string, ReturnType<typeof split>>();
  const prepared = (provider: Provider, spec: StreamSpec) => {
    const key = `${spec.shape}/${spec.events}/${spec.chars}/${provider}`;
    if (!streams.has(key)) streams.set(key, split(provider, spec));
    return streams.get(key)!;
  };

  const server = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    async fetch(req) {
      const [shape, events, chars, hold, provider] = new URL(req.url).pathname.split("/").slice(1) as [
        Shape,
        string,
        string,
        string,
        Provider,
      ];
      if (!json.has(provider)) return new Response(JSON.stringify({ message: "not found" }), { status: 404 });
      const body = (await req.json()) as { stream?: boolean };
      const headers = { "x-request-id": "req-bench-1" };
      if (!body.stream)
        return new Response(json.get(provider), { headers: { ...headers, "content-type": "application/json" } });
      const { parts, printed } = prepared(provider, { shape, events: Number(events), chars: Number(chars) });
      return new Response(send(parts, printed, Number(hold), shape, gate), {
        headers: { ...headers, "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" },
      });
    },
  });
  const base = `http://127.0.0.1:${server.port}`;
  return {
    /** Base URL for a provider; non-streamed calls ignore the shape. `hold`: characters the client holds back. */
    url: (provider: Provider, s: StreamSpec = { shape: "burst", events: 0, chars: 0 }, hold = 0) =>
      `${base}/${s.shape}/${s.events}/${s.chars}/${hold}/${provider}`,
    /** The answer's length, to check what a contender returns. */
    textLength: (provider: Provider, s?: StreamSpec) => (s ? prepared(provider, s).textLength : answer.length),
    stop: () => server.stop(true),
  };
}

/**
 * The writes a stream goes out in, built once per shape and reused by every run; `printed[i]`: the
 * answer's length up to the end of write i, what a client shows once it has read that write.
 */
function split(provider: Provider, spec: StreamSpec) {
  const pieces = deltas(spec.events, spec.chars);
  const { events, isText, textLength } = chatStream(provider, pieces);
  const enc = new TextEncoder();
  const out: Uint8Array[] = [];
  const printed: number[] = [];
  let group = "";
  let text = 0;
  let piece = 0;
  events.forEach((e, i) => {
    group += e;
    if (isText[i]) text += pieces[piece++]!.length;
    const full = spec.shape === "lockstep" ? isText[i] : (i + 1) % BURST === 0;
    if (full) out.push(enc.encode(group)), printed.push(text), (group = "");
  });
  if (group) out.push(enc.encode(group)), printed.push(text);
  return { parts: out, printed, textLength };
}

function send(
  parts: Uint8Array[],
  printed: number[],
  hold: number,
  shape: Shape,
  gate: LineGate,
): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    async pull(c) {
      // Yield between writes so each is its own send, not one buffer flushed at the end.
      if (i > 0)
        await (shape === "lockstep" ? gate.until(printed[i - 1]! - hold) : new Promise((r) => setImmediate(r)));
      c.enqueue(parts[i++]!);
      if (i === parts.length) c.close();
    },
  });
}
