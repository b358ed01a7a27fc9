// The rungs of bench/profile.ts: AI21's chat script bundled as Windmill bundles it, with its pieces
// switched on one at a time. Each rung is its own bundle (PROBE_RUNG is a build-time constant, so the
// other rungs' code is left out) and every bundle carries the whole script, so from rung 1 on the
// loading cost is the script's. Rung 6 is the script's main itself.
import { createParser } from "eventsource-parser@3.1.1";
import { contract, main as script } from "../f/ai21/create_chat_completion.ts";
import { readBytes } from "../f/core/binary_reply.ts";
import { type Reply, request, type Target } from "../f/core/http.ts";
import { readJson } from "../f/core/json_reply.ts";
import { readOpenAiStream } from "../f/core/openai_stream.ts";

declare const PROBE_RUNG: number;

type Body = { stream?: boolean } & Record<string, unknown>;
type Auth = { apiKey: string; baseUrl: string };
type Json = Record<string, any>;

/** What each rung adds, for the report: [non-streamed, streamed]. */
export const RUNGS = [
  ["bare fetch (the baseline)", "bare fetch + eventsource-parser (the baseline)"],
  ["loading the script's bundle", "loading the script's bundle"],
  ["checking auth, options and body (contract.parse)", "checking auth, options and body (contract.parse)"],
  ["request(): timer, retries, headers, request id", "request(): timer, retries, headers, request id"],
  ["reading the JSON chunk by chunk", "assembling the response (openai_stream)"],
  ["masking the key in the result", "masking the key in the live stream and the result"],
  ["the rest of main (structured output, path)", "the rest of main (structured output, path)"],
];

export { script };

export async function main(auth: Auth, body: Body): Promise<unknown> {
  if (PROBE_RUNG === 6) return script(auth, body as Parameters<typeof script>[1]);
  if (PROBE_RUNG === 1) return bare(auth.baseUrl, auth.apiKey, body);
  const p = contract.parse(auth, body as Parameters<typeof script>[1]);
  if (PROBE_RUNG === 2) return bare(p.target.baseUrl, p.target.apiKey, p.body);
  const req = { method: "POST", path: "/chat/completions", json: p.body, idempotent: true } as const;
  const t = p.target;
  // A target without a key: readOpenAiStream then masks nothing.
  const unmasked: Target = { ...t, apiKey: "" };
  const read = (reply: Reply): Promise<unknown> => {
    if (PROBE_RUNG === 3) return body.stream ? bareStream(reply.response, reply.alive) : plainJson(reply);
    if (PROBE_RUNG === 4) return body.stream ? readOpenAiStream(unmasked, reply, "chat") : chunkedJson(reply);
    return body.stream ? readOpenAiStream(t, reply, "chat") : readJson(reply);
  };
  return request(t, req, p.options, read);
}

async function bare(base: string, key: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${base}/chat/completions`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${res.status}: ${await res.text()}`);
  return (body as Body).stream ? bareStream(res, () => {}) : res.json();
}

const plainJson = async (reply: Reply) => JSON.parse(await reply.response.text());

async function chunkedJson(reply: Reply): Promise<unknown> {
  const bytes = await readBytes(reply.target, reply, Number.POSITIVE_INFINITY);
  return JSON.parse(new TextDecoder().decode(bytes));
}

/** What bench/contenders/fetch.ts does with a stream, returning the response's shape. */
async function bareStream(res: Response, alive: () => void): Promise<Json> {
  let text = "";
  let pending = "";
  const parser = createParser({
    onEvent({ data }) {
      if (data === "[DONE]") return;
      const piece = JSON.parse(data).choices?.[0]?.delta?.content;
      if (piece) pending += piece;
    },
  });
  const decoder = new TextDecoder();
  const reader = res.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    alive();
    parser.feed(decoder.decode(value, { stream: true }));
    if (!pending) continue;
    console.log("WM_STREAM: " + pending.replace(/\n/g, "\\n"));
    text += pending;
    pending = "";
  }
  return { choices: [{ message: { content: text } }] };
}
