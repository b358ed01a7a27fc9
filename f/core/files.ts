// Files in and out of Windmill: form file inputs arrive as base64, binary results leave as base64.

/** Decodes a Windmill `Base64` file input (a bare base64 string or a `data:` URI). */
export function fromBase64(input: string): Uint8Array<ArrayBuffer> {
  const comma = input.startsWith("data:") ? input.indexOf(",") : -1;
  const bin = atob(comma >= 0 ? input.slice(comma + 1) : input);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/**
 * Encodes bytes for a JSON result. Works in 24 KiB slices (a multiple of 3, so no padding mid-way):
 * one huge String.fromCharCode call overflows the stack, and per-byte concatenation is slow.
 */
export function toBase64(bytes: Uint8Array): string {
  const SLICE = 24_576;
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += SLICE) parts.push(btoa(String.fromCharCode(...bytes.subarray(i, i + SLICE))));
  return parts.join("");
}
