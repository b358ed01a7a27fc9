// The three providers played on 127.0.0.1, with the network chunking of streams under our control.
// A base URL names the stream's shape: http://127.0.0.1:<port>/<shape>/<events>/<chars>/<provider>.
import { chatJson, chatStream, deltas, type Provider, PROVIDERS } from "./wire.ts";

/**
 * burst: 8 events per write, the server yielding between writes, as fast as the client takes them
 *   (a reader that falls behind finds several writes waiting: realistic coalescing for a fast model).
 * lockstep: one text event per write, the next only after the client printed its WM_STREAM line:
 *   every read holds exactly one token, as with a real model at 50-200 tokens/s (the worst case for output).
 */
export type Shape = "burst" | "lockstep";
const BURST = 8;

/** Counts the lines the running child printed, so a lockstep stream can wait for them. */
export class LineGate {
  private seen = 0;
  private waiting?: { count: number; wake: () => void };
  /** Times the client did not print within a second: lockstep did not hold (e.g. output buffered). */
  stalls = 0;

  reset(): void {
    this.seen = 0;
    this.stalls = 0;
  }

  add(lines: number): void {
    this.seen += lines;
    if (this.waiting && this.seen >= this.waiting.count) this.waiting.wake();
  }

  async until(count: number): Promise<void> {
    if (this.seen >= count) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    await new Promise<void>((wake) => {
      this.waiting = { count, wake };
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
  const streams = new Map<string, { parts: Uint8Array[]; textLength: number }>();
  const prepared = (provider: Provider, spec: StreamSpec) => {
    const key = `${spec.shape}/${spec.events}/${spec.chars}/${provider}`;
    if (!streams.has(key)) streams.set(key, split(provider, spec));
    return streams.get(key)!;
  };

  const server = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    async fetch(req) {
      const [shape, events, chars, provider] = new URL(req.url).pathname.split("/").slice(1) as [
        Shape,
        string,
        string,
        Provider,
      ];
      if (!json.has(provider)) return new Response(JSON.stringify({ message: "not found" }), { status: 404 });
      const body = (await req.json()) as { stream?: boolean };
      const headers = { "x-request-id": "req-bench-1" };
      if (!body.stream)
        return new Response(json.get(provider), { headers: { ...headers, "content-type": "application/json" } });
      const { parts } = prepared(provider, { shape, events: Number(events), chars: Number(chars) });
      return new Response(send(parts, shape, gate), {
        headers: { ...headers, "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" },
      });
    },
  });
  const base = `http://127.0.0.1:${server.port}`;
  return {
    /** Base URL for a provider; non-streamed calls ignore the shape. */
    url: (provider: Provider, s: StreamSpec = { shape: "burst", events: 0, chars: 0 }) =>
      `${base}/${s.shape}/${s.events}/${s.chars}/${provider}`,
    /** The answer's length, to check what a contender returns. */
    textLength: (provider: Provider, s?: StreamSpec) => (s ? prepared(provider, s).textLength : answer.length),
    stop: () => server.stop(true),
  };
}

/** The writes a stream goes out in, built once per shape and reused by every run. */
function split(provider: Provider, spec: StreamSpec) {
  const { events, isText, textLength } = chatStream(provider, deltas(spec.events, spec.chars));
  const enc = new TextEncoder();
  const out: Uint8Array[] = [];
  let group = "";
  events.forEach((e, i) => {
    group += e;
    const full = spec.shape === "lockstep" ? isText[i] : (i + 1) % BURST === 0;
    if (full) out.push(enc.encode(group)), (group = "");
  });
  if (group) out.push(enc.encode(group));
  return { parts: out, textLength };
}

function send(parts: Uint8Array[], shape: Shape, gate: LineGate): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    async pull(c) {
      // Yield between writes so each is its own send, not one buffer flushed at the end.
      if (i > 0) await (shape === "lockstep" ? gate.until(i) : new Promise((r) => setImmediate(r)));
      c.enqueue(parts[i++]!);
      if (i === parts.length) c.close();
    },
  });
}
