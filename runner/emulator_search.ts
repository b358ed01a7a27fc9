// Cohere v2 embed and rerank, answered from the request: one embedding per input, of the requested
// dimension and types, made from its words; rerank scores each document by the query words it holds.
// Limits and messages follow the API (embed: at most 96 texts per call, input_type required).
import { errorResponse } from "./emulator_errors.ts";
import { embedText, relevance } from "./emulator_text.ts";

type EmbedBody = {
  model?: string;
  input_type?: string;
  texts?: string[];
  images?: string[];
  inputs?: { content?: { type?: string; text?: string }[] }[];
  output_dimension?: number;
  embedding_types?: string[];
};

const meta = (billed: Record<string, number>) => ({ api_version: { version: "2" }, billed_units: billed });
const headers = () => ({ "x-debug-trace-id": crypto.randomUUID().replaceAll("-", "").slice(0, 16) });
const refuse = (message: string) => errorResponse("cohere", 400, `invalid request: ${message}`);

// Embed v4 is 1536 wide unless asked otherwise; v3 models are 1024, their light versions 384.
function dimensionOf(model: string, asked?: number): number {
  if (asked) return asked;
  if (model.includes("light")) return 384;
  return model.startsWith("embed-v4") ? 1536 : 1024;
}

function quantise(v: number[], type: string): unknown {
  const bits = (unsigned: boolean) =>
    Array.from({ length: Math.ceil(v.length / 8) }, (_, i) => {
      let byte = 0;
      for (let b = 0; b < 8; b++) byte = (byte << 1) | ((v[i * 8 + b] ?? 0) > 0 ? 1 : 0);
      return unsigned ? byte : byte - 128;
    });
  switch (type) {
    case "int8":
      return v.map((x) => Math.max(-128, Math.min(127, Math.round(x * 127))));
    case "uint8":
      return v.map((x) => Math.max(0, Math.min(255, Math.round((x + 1) * 127.5))));
    case "binary":
      return bits(false);
    case "ubinary":
      return bits(true);
    case "base64": {
      const bytes = new Uint8Array(new Float32Array(v).buffer);
      return btoa(String.fromCharCode(...bytes));
    }
    default:
      return v;
  }
}

export function cohereEmbed(body: EmbedBody): Response {
  if (!body.model) return refuse("model must be provided");
  if (!body.input_type) return refuse("input_type is required for embed models v3 and higher");
  const given = (["texts", "images", "inputs"] as const).filter((k) => body[k] !== undefined);
  if (given.length !== 1) return refuse("exactly one of texts, images or inputs must be provided");
  const texts =
    body.texts ??
    body.inputs?.map((i) => (i.content ?? []).map((c) => c.text ?? "").join(" ")) ??
    body.images!.map((_, i) => `image ${i}`);
  if (texts.length > 96) return refuse(`total number of texts must be at most 96 - received ${texts.length}`);
  const dimension = dimensionOf(body.model, body.output_dimension);
  const vectors = texts.map((t) => embedText(t, dimension));
  const types = body.embedding_types?.length ? body.embedding_types : ["float"];
  const embeddings = Object.fromEntries(types.map((type) => [type, vectors.map((v) => quantise(v, type))]));
  const tokens = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
  const json = {
    id: crypto.randomUUID(),
    embeddings,
    ...(body.texts ? { texts: body.texts } : {}),
    meta: meta(body.images ? { images: texts.length } : { input_tokens: tokens }),
    response_type: "embeddings_by_type",
  };
  return Response.json(json, { headers: headers() });
}

type RerankBody = { model?: string; query?: string; documents?: unknown[]; top_n?: number };

export function cohereRerank(body: RerankBody): Response {
  if (!body.model) return refuse("model must be provided");
  if (!body.query) return refuse("query must be a non-empty string");
  if (!Array.isArray(body.documents) || body.documents.length === 0) return refuse("documents must not be empty");
  if (body.documents.some((d) => typeof d !== "string")) return refuse("documents must be a list of strings");
  if (body.top_n !== undefined && !(body.top_n >= 1)) return refuse("top_n must be at least 1");
  const results = (body.documents as string[])
    .map((doc, index) => ({ index, relevance_score: Math.round(relevance(body.query!, doc) * 1e6) / 1e6 }))
    .sort((a, b) => b.relevance_score - a.relevance_score || a.index - b.index)
    .slice(0, body.top_n ?? body.documents.length);
  const units = Math.ceil(body.documents.length / 100);
  return Response.json(
    { id: crypto.randomUUID(), results, meta: meta({ search_units: units }) },
    { headers: headers() },
  );
}
