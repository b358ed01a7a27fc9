// Binary results in the form Windmill draws (an image, a Download link) with the provider's
// metadata kept beside them at the top level, where the next flow step reads it.
//
// What Windmill renders, as read in windmill-labs/windmill frontend/src/lib/components/DisplayResult.svelte
// (inferResultKind, 2025-2026 sources) and the docs page "Rich display rendering"
// (windmill.dev/docs/core_concepts/rich_display_rendering):
// - `png`, `jpeg`, `gif`: base64, bare or `{content}`, drawn as an image; `svg`: markup; `pdf`: a viewer;
//   `file: {content, filename}`: a Download link. The documented rule: that key must be the only one.
// - Beside other keys the same kinds still render when the object names one: `wm_renderer: "png"`
//   (json, html, png, file, jpeg, gif, svg, filename, s3object, plain, markdown, map or pdf).
// - There is no audio or video player: audio and video leave as a file download.
// - `render_all: [a, b]` (as the only key) draws each item in turn: the way to show several images.
// - Size: a result over 5 MB, counted as 2 bytes per character, is shown as "Download as JSON",
//   except that an object holding `file` still gets its Download link. So an image whose base64
//   would pass that mark leaves as a file. Older frontends draw a named renderer only under 100 KB.
import { toBase64 } from "./files.ts";
import { redact, redactJson } from "./redact.ts";

export type RichResult = Record<string, unknown>;

export interface RichOptions {
  /** Offered to the browser when downloading. */
  filename: string;
  /** The MIME type, e.g. "image/png"; parameters such as "; charset=utf-8" are ignored. */
  contentType?: string;
  /** Provider metadata placed beside the content, masked in place; the renderer's own keys win a clash. */
  meta?: Record<string, unknown>;
  /** The key to mask in the file name and the metadata (the job's key when left out); the content is the user's data. */
  secret?: string;
}

const IMAGE_KINDS: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpeg",
  "image/jpg": "jpeg",
  "image/gif": "gif",
};

/** Above this many base64 characters (about 1.7 MiB of image) Windmill would not draw it. */
export const MAX_IMAGE_CHARS = 2_400_000;

/** A Download link in Windmill: `{wm_renderer: "file", file: {content, filename, content_type, size}, ...meta}`. */
export function fileResult(data: Uint8Array | string, o: RichOptions): RichResult {
  return rendered("file", payload(data, o), o);
}

/**
 * An image drawn in Windmill: `{wm_renderer: "png", png: {content, filename, content_type, size}, ...meta}`.
 * `data` is the bytes, or base64 as a provider sent it (not decoded just to be encoded again).
 * A type Windmill cannot draw (webp...) or an image too large to draw leaves as a file.
 */
export function imageResult(data: Uint8Array | string, o: RichOptions): RichResult {
  const kind = IMAGE_KINDS[mime(o.contentType) ?? ""];
  const body = payload(data, o);
  return kind && body.content.length <= MAX_IMAGE_CHARS ? rendered(kind, body, o) : rendered("file", body, o);
}

/** Several rich results drawn one after the other. */
export function renderAll(results: RichResult[]): { render_all: RichResult[] } {
  return { render_all: results };
}

/** The MIME type without parameters, lower-cased. */
export function mime(contentType: string | null | undefined): string | undefined {
  const m = contentType?.split(";")[0]?.trim().toLowerCase();
  return m || undefined;
}

function payload(data: Uint8Array | string, o: RichOptions) {
  const content = typeof data === "string" ? data : toBase64(data);
  const size = typeof data === "string" ? base64Size(data) : data.length;
  const filename = redact(o.filename, o.secret);
  return { content, filename, content_type: mime(o.contentType) ?? "application/octet-stream", size };
}

function rendered(kind: string, body: object, o: RichOptions): RichResult {
  const out: RichResult = { wm_renderer: kind, [kind]: body };
  const meta = redactJson(o.meta ?? {}, o.secret);
  for (const [k, v] of Object.entries(meta)) if (!(k in out)) out[k] = v;
  return out;
}

function base64Size(b64: string): number {
  const pad = b64.endsWith("==") ? 2 : b64.endsWith("=") ? 1 : 0;
  return Math.floor((b64.length * 3) / 4) - pad;
}
