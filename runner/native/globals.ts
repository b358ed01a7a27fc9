// The globals of Windmill's native isolate: the allow-list of ../shared/docs/windmill.md ("Globals"),
// read from backend/windmill-runtime-nativets/src/runtime.js. Everything else Deno defines is deleted
// before a bundle loads, so a script that needs more fails here as it would on a worker.

/** Web APIs wired onto globalThis by Windmill's runtime.js. */
export const WINDMILL_WEB_GLOBALS = [
  // Networking
  "fetch",
  "Request",
  "Response",
  "Headers",
  "FormData",
  // Files and URLs
  "Blob",
  "File",
  "FileReader",
  "URL",
  "URLSearchParams",
  "URLPattern",
  // Encoding and console
  "atob",
  "btoa",
  "console",
  // Abort and errors
  "AbortController",
  "AbortSignal",
  "DOMException",
  // Crypto
  "crypto",
  "Crypto",
  "CryptoKey",
  "SubtleCrypto",
  // Timers
  "setTimeout",
  "clearTimeout",
  "setInterval",
  "clearInterval",
  "queueMicrotask",
  // Text
  "TextEncoder",
  "TextDecoder",
  "TextEncoderStream",
  "TextDecoderStream",
  // Events (add/removeEventListener and dispatchEvent come from the global's EventTarget prototype)
  "Event",
  "EventTarget",
  "CustomEvent",
  "MessageEvent",
  "CloseEvent",
  "ErrorEvent",
  "reportError",
  // Streams
  "ReadableStream",
  "ReadableStreamDefaultReader",
  "ReadableStreamBYOBReader",
  "ReadableStreamDefaultController",
  "ReadableByteStreamController",
  "ReadableStreamBYOBRequest",
  "WritableStream",
  "WritableStreamDefaultWriter",
  "WritableStreamDefaultController",
  "TransformStream",
  "TransformStreamDefaultController",
  "ByteLengthQueuingStrategy",
  "CountQueuingStrategy",
  "CompressionStream",
  "DecompressionStream",
  // Messaging and timing
  "MessageChannel",
  "MessagePort",
  "structuredClone",
  "performance",
  "Performance",
  "PerformanceEntry",
  "PerformanceMark",
  "PerformanceMeasure",
] as const;

/**
 * The ECMAScript built-ins of Windmill's V8 (13.7 on the July-2026 stack). Deno 2.9.6 runs V8 15.0,
 * whose newer globals (Temporal) are left out: a script using them would pass here and fail there.
 * WebAssembly is a V8 global but not ECMAScript and not on windmill.md's list, so it goes too.
 */
export const ECMASCRIPT_GLOBALS = [
  "globalThis",
  "Infinity",
  "NaN",
  "undefined",
  "eval",
  "isFinite",
  "isNaN",
  "parseFloat",
  "parseInt",
  "decodeURI",
  "decodeURIComponent",
  "encodeURI",
  "encodeURIComponent",
  "escape",
  "unescape",
  "AggregateError",
  "Array",
  "ArrayBuffer",
  "AsyncDisposableStack",
  "Atomics",
  "BigInt",
  "BigInt64Array",
  "BigUint64Array",
  "Boolean",
  "DataView",
  "Date",
  "DisposableStack",
  "Error",
  "EvalError",
  "FinalizationRegistry",
  "Float16Array",
  "Float32Array",
  "Float64Array",
  "Function",
  "Int8Array",
  "Int16Array",
  "Int32Array",
  "Intl",
  "Iterator",
  "JSON",
  "Map",
  "Math",
  "Number",
  "Object",
  "Promise",
  "Proxy",
  "RangeError",
  "ReferenceError",
  "Reflect",
  "RegExp",
  "Set",
  "SharedArrayBuffer",
  "String",
  "SuppressedError",
  "Symbol",
  "SyntaxError",
  "TypeError",
  "Uint8Array",
  "Uint8ClampedArray",
  "Uint16Array",
  "Uint32Array",
  "URIError",
  "WeakMap",
  "WeakRef",
  "WeakSet",
] as const;

/** `Deno` survives with `core` as its only member, as in the isolate (its console and args use it). */
export const ALLOWED_GLOBALS: ReadonlySet<string> = new Set<string>([
  ...WINDMILL_WEB_GLOBALS,
  ...ECMASCRIPT_GLOBALS,
  "Deno",
]);

/**
 * Uint8Array's base64 and hex methods (TC39, V8 14+). Absent on Windmill's July-2026 stack, present
 * on later ones: the harness runs with them and, deleted, without them.
 */
export const UINT8_CODEC_STATICS = ["fromBase64", "fromHex"] as const;
export const UINT8_CODEC_METHODS = ["toBase64", "setFromBase64", "toHex", "setFromHex"] as const;
