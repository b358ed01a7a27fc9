// Files in and out of Windmill: form file inputs arrive as base64, binary results leave as base64.
import { InputError } from "./errors.ts";
import { mib } from "./limits.ts";

// Uint8Array.fromBase64 / toBase64 (TC39, in V8 and Bun) convert in one native pass with no
// intermediate binary string; older isolates get the portable loops below.
const native = Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array<ArrayBuffer> };

/** Decodes a Windmill `Base64` file input (a bare base64 string or a `data:` URI). */
export function fromBase64(input: string): Uint8Array<ArrayBuffer> {
  const comma = input.startsWith("data:") ? input.indexOf(",") : -1;
  let b64 = comma >= 0 ? input.slice(comma + 1) : input;
  if (native.fromBase64) return native.fromBase64(b64);
  // In 64 KiB slices (whole 4-character groups): one atob of the whole file would hold a binary string
  // as large as the file on the heap beside its base64 (f/core/limits.ts).
  if (/\s/.test(b64)) b64 = b64.replace(/\s+/g, "");
  const SLICE = 65_536;
  const parts: Uint8Array[] = [];
  let size = 0;
  for (let at = 0; at < b64.length; at += SLICE) {
    const bin = atob(b64.slice(at, at + SLICE));
    const part = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) part[i] = bin.charCodeAt(i);
    parts.push(part);
    size += part.length;
  }
  const bytes = new Uint8Array(size);
  for (let i = 0, at = 0; i < parts.length; at += parts[i]!.length, i++) bytes.set(parts[i]!, at);
  return bytes;
}

/** The size of a Windmill file input once decoded, read from its base64 length without decoding it. */
export function decodedSize(input: string): number {
  const b64 = input.startsWith("data:") ? input.slice(input.indexOf(",") + 1) : input;
  const end = b64.trimEnd();
  const pad = end.endsWith("==") ? 2 : end.endsWith("=") ? 1 : 0;
  return Math.max(0, Math.floor((end.trimStart().length * 3) / 4) - pad);
}

/**
 * Refuses file inputs larger together than `max` decoded bytes, naming the field that passes it: the
 * decoded bytes sit on the heap beside their base64 (f/core/limits.ts). Checked before decoding anything.
 */
export function checkFileSizes(max: number, files: [path: string, bytes: number][]): void {
  let total = 0;
  for (let i = 0; i < files.length; i++) {
    const [path, bytes] = files[i]!;
    total += bytes;
    if (total <= max) continue;
    const others = files.filter((_, j) => j !== i && files[j]![1] > 0).map(([p]) => p);
    const together = others.length ? ` together with ${others.join(", ")}` : "";
    const got = others.length ? `${mib(total)} in all` : mib(total);
    throw new InputError(path, `must be at most ${mib(max)}${together}, what a Windmill job can send (got ${got})`);
  }
}

/** A file from a Windmill file input, or an InputError naming the field: over `max` bytes, not base64, or empty. */
export function fileInput(value: string, path: string, max: number): Uint8Array<ArrayBuffer> {
  checkFileSizes(max, [[path, decodedSize(value)]]);
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = fromBase64(value.trim());
  } catch {
    throw new InputError(path, "must be a file's content in base64 (a Windmill file input)");
  }
  if (bytes.length === 0) throw new InputError(path, "is an empty file");
  return bytes;
}

/**
 * Encodes bytes for a JSON result. Without the native encoder it works in 24 KiB slices (a multiple
 * of 3, so no padding mid-way): one huge String.fromCharCode call overflows the stack, and per-byte
 * concatenation is slow.
 */
export function toBase64(bytes: Uint8Array): string {
  const encode = (bytes as Uint8Array & { toBase64?: () => string }).toBase64;
  if (encode) return encode.call(bytes);
  const SLICE = 24_576;
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += SLICE) parts.push(btoa(String.fromCharCode(...bytes.subarray(i, i + SLICE))));
  return parts.join("");
}
