// Files in and out of Windmill: form file inputs arrive as base64, binary results leave as base64.
import { InputError } from "./errors.ts";

// Uint8Array.fromBase64 / toBase64 (TC39, in V8 and Bun) convert in one native pass with no
// intermediate binary string; older isolates get the portable loops below.
const native = Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array<ArrayBuffer> };

/** Decodes a Windmill `Base64` file input (a bare base64 string or a `data:` URI). */
export function fromBase64(input: string): Uint8Array<ArrayBuffer> {
  const comma = input.startsWith("data:") ? input.indexOf(",") : -1;
  const b64 = comma >= 0 ? input.slice(comma + 1) : input;
  if (native.fromBase64) return native.fromBase64(b64);
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** A file from a Windmill file input, or an InputError naming the field: not base64, or empty. */
export function fileInput(value: string, path: string): Uint8Array<ArrayBuffer> {
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
