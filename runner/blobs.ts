// Rich results (`{ png }`, `{ file: { content, filename } }`, audio...) carry base64 blobs
// that would flood a terminal. --out saves every file a result holds (save_files.ts); pretty
// output abbreviates the rest; --json output stays complete for machines.

const base64Pattern = /^(data:[\w.+-]+\/[\w.+-]+;base64,)?[A-Za-z0-9+/_-]+={0,2}$/;
export const blobMinChars = 1024;

export type BlobPath = (string | number)[];

export function isBlob(value: unknown): value is string {
  return typeof value === "string" && value.length >= blobMinChars && base64Pattern.test(value);
}

/** A file a result holds, with what the result says about it. */
export type FoundFile = { path: BlobPath; blob: string; contentType?: string; filename?: string };

const RICH_KINDS: Record<string, string> = {
  file: "",
  png: "image/png",
  jpeg: "image/jpeg",
  gif: "image/gif",
  pdf: "application/pdf",
};

/** Every long base64 string anywhere in the value, in order. */
export function findBlobs(value: unknown, path: BlobPath = []): FoundFile[] {
  if (isBlob(value)) return [{ path, blob: value, contentType: dataUriType(value) }];
  if (!Array.isArray(value) && !isPlainObject(value)) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    findBlobs(child, [...path, Array.isArray(value) ? Number(key) : key]),
  );
}

/** What --out saves: every rich-display content Windmill would show (`file`, `png`, `jpeg`, `gif`,
 *  `pdf` as `{content}` at any depth, so each item of `render_all` too, however small; an image or pdf
 *  as bare base64 at the top level), in order; when there is none, every long base64 string. */
export function findFiles(value: unknown): FoundFile[] {
  const found: FoundFile[] = [];
  const visit = (node: unknown, path: BlobPath): void => {
    if (Array.isArray(node)) return node.forEach((child, i) => visit(child, [...path, i]));
    if (!isPlainObject(node)) return;
    for (const [key, child] of Object.entries(node)) {
      const kind = RICH_KINDS[key];
      const content = isPlainObject(child) ? child.content : undefined;
      if (kind !== undefined && typeof content === "string" && base64Pattern.test(content)) {
        const { content_type, filename } = child as { content_type?: unknown; filename?: unknown };
        found.push({
          path: [...path, key, "content"],
          blob: content,
          contentType: typeof content_type === "string" ? content_type : kind || dataUriType(content),
          filename: typeof filename === "string" ? filename : undefined,
        });
      } else if (kind && typeof child === "string" && base64Pattern.test(child) && !path.length) {
        found.push({ path: [key], blob: child, contentType: kind });
      } else visit(child, [...path, key]);
    }
  };
  visit(value, []);
  return found.length ? found : findBlobs(value);
}

function dataUriType(blob: string): string | undefined {
  return /^data:([\w.+-]+\/[\w.+-]+);base64,/.exec(blob)?.[1];
}

export function decodeBlob(blob: string): Uint8Array {
  const body = blob
    .replace(/^data:[^,]*,/, "")
    .replace(/-/g, "+")
    .replace(/_/g, "/");
  return Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
}

export type SavedBlob = { path: BlobPath; file: string; bytes: number };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Copy of value with each saved blob replaced by where it went and, when `all`, every
 *  other blob replaced by a short note. Non-plain objects (Date...) are left for JSON. */
export function abbreviateBlobs(value: unknown, saved: SavedBlob[] = [], all = false, at: BlobPath = []): unknown {
  const here = saved.find((s) => at.length === s.path.length && at.every((k, i) => k === s.path[i]));
  if (here) return `<${here.bytes} bytes saved to ${here.file}>`;
  if (all && isBlob(value)) return `<base64, ${value.length} chars; save it with --out FILE, or print it with --json>`;
  if (Array.isArray(value)) return value.map((child, i) => abbreviateBlobs(child, saved, all, [...at, i]));
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, abbreviateBlobs(child, saved, all, [...at, key])]),
    );
  }
  return value;
}

/** Like Windmill's worker: undefined becomes null, bigint becomes a string. */
export function toJson(value: unknown, indent?: number): string {
  return JSON.stringify(value ?? null, (_key, v) => (typeof v === "bigint" ? v.toString() : v), indent);
}
