// Rich results (`{ png }`, `{ file: { content, filename } }`, audio...) carry base64 blobs
// that would flood a terminal. --out saves the largest one as binary; pretty output
// abbreviates the rest; --json output stays complete for machines.

const base64Pattern = /^(data:[\w.+-]+\/[\w.+-]+;base64,)?[A-Za-z0-9+/_-]+={0,2}$/;
export const blobMinChars = 1024;

export type BlobPath = (string | number)[];

export function isBlob(value: unknown): value is string {
  return typeof value === "string" && value.length >= blobMinChars && base64Pattern.test(value);
}

/** Largest base64 string anywhere in the value, with its location. */
export function findLargestBlob(value: unknown, path: BlobPath = []): { path: BlobPath; blob: string } | undefined {
  if (isBlob(value)) return { path, blob: value };
  if (!Array.isArray(value) && !isPlainObject(value)) return undefined;
  let best: { path: BlobPath; blob: string } | undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = findLargestBlob(child, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found && (!best || found.blob.length > best.blob.length)) best = found;
  }
  return best;
}

/** What --out saves: Windmill's rich-display content first (`file`, `png`, `jpeg`, `gif`,
 *  `pdf`, bare or as `{content}`, however small), else the largest base64 string anywhere. */
export function findSaveable(value: unknown): { path: BlobPath; blob: string } | undefined {
  if (isPlainObject(value)) {
    for (const key of ["file", "png", "jpeg", "gif", "pdf"]) {
      const entry = value[key];
      if (typeof entry === "string" && base64Pattern.test(entry)) return { path: [key], blob: entry };
      const content = isPlainObject(entry) ? entry.content : undefined;
      if (typeof content === "string" && base64Pattern.test(content)) return { path: [key, "content"], blob: content };
    }
  }
  return findLargestBlob(value);
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

/** Copy of value with the saved blob replaced by where it went and, when `all`, every
 *  other blob replaced by a short note. Non-plain objects (Date...) are left for JSON. */
export function abbreviateBlobs(
  value: unknown,
  saved: SavedBlob | undefined,
  all: boolean,
  at: BlobPath = [],
): unknown {
  if (saved && at.length === saved.path.length && at.every((k, i) => k === saved.path[i])) {
    return `<${saved.bytes} bytes saved to ${saved.file}>`;
  }
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
