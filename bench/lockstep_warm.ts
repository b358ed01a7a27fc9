// `bun bench/lockstep_warm.ts > /dev/null`: the lockstep stream's per-event cost in a warm process, where
// neither loading nor first compilation counts: 5,000 one-event reads (a macrotask between reads, so
// every read holds one event), read by the bare baseline's loop (bench/contenders/fetch.ts) and by the
// core's readOpenAiStream (masking, held-back live stream, response assembly), both printing their
// WM_STREAM lines. Medians of CPU time over 10 runs after 2 warm-up runs, on stderr.
import { createParser } from "eventsource-parser";
import { readOpenAiStream } from "../f/core/openai_stream.ts";
import { chatStream, deltas } from "./wire.ts";
import { guardKey } from "../f/core/redact.ts";
const { events } = chatStream("ai21", deltas(5000, 0));
const enc = new TextEncoder();
const parts = events.map((e) => enc.encode(e));
function body() {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    async pull(c) {
      if (i > 0) await new Promise((r) => setTimeout(r, 0));
      c.enqueue(parts[i++]!);
      if (i === parts.length) c.close();
    },
  });
}
async function bare() {
  let text = "",
    pending = "";
  const parser = createParser({
    onEvent({ data }) {
      if (data === "[DONE]") return;
      const p = JSON.parse(data).choices?.[0]?.delta?.content;
      if (p) pending += p;
    },
  });
  const decoder = new TextDecoder();
  const reader = body().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parser.feed(decoder.decode(value, { stream: true }));
    if (!pending) continue;
    console.log("WM_STREAM: " + pending.replace(/\n/g, "\\n"));
    text += pending;
    pending = "";
  }
  return text;
}
const KEY = "bench-key-0123456789abcdef";
async function ours() {
  guardKey(KEY);
  const t = { provider: "AI21", baseUrl: "http://x", apiKey: KEY };
  const reply = { response: new Response(body()), target: t, requestId: "r", alive() {}, delivered: false };
  return readOpenAiStream(t, reply as any, "chat");
}
const t: Record<string, number[]> = {};
for (let r = 0; r < 12; r++)
  for (const [k, f] of Object.entries({ bare, ours })) {
    const c0 = process.cpuUsage();
    await f();
    const c = process.cpuUsage(c0);
    if (r >= 2) (t[k] ??= []).push((c.user + c.system) / 1000);
  }
for (const [k, a] of Object.entries(t)) {
  a.sort((x, y) => x - y);
  console.error(k, a[a.length >> 1]!.toFixed(1), "ms cpu per 5000 events");
}
