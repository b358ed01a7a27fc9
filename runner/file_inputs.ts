// --file body.<field>=PATH: reads a local file into a file field of the body, as base64, the way a
// Windmill file picker fills it, so nobody base64-encodes audio by hand. Checked before the script
// runs: the field must be a file field of the operation (when its .script.yaml says), the file readable.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { toBase64 } from "../f/core/files.ts";
import type { Operation } from "./discover.ts";
import { UsageError } from "./errors.ts";
import { isFileField, type Schema, scriptMeta } from "./operation_help.ts";

export type FileInput = { field: string; path: string };

type Segment = string | number;

/** `body.files[0].content` → ["files", 0, "content"]; anything not under body is refused. */
export function fieldPath(field: string): Segment[] {
  const match = /^body((?:\.[A-Za-z_$][\w$-]*|\[\d+\])+)$/.exec(field);
  if (!match)
    throw new UsageError(`--file ${field}=…: name a field of the body, e.g. body.file or body.files[0].content`);
  return [...match[1]!.matchAll(/\.([^.[]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? m[1]! : Number(m[2])));
}

/** The schema node at `path`, walking lists through their items; undefined when the schema does not have it. */
function nodeAt(schema: Schema | undefined, path: Segment[]): Schema | undefined {
  let node = schema;
  for (const step of path) node = typeof step === "number" ? node?.items : node?.properties?.[step];
  return node;
}

/** Every file field of a body schema, as --file would name it. */
export function fileFields(schema: Schema | undefined, at = "body"): string[] {
  return Object.entries(schema?.properties ?? {}).flatMap(([name, prop]) => {
    const path = prop.type === "array" ? `${at}.${name}[0]` : `${at}.${name}`;
    const inner = prop.type === "array" ? prop.items : prop;
    return isFileField(inner) ? [path] : fileFields(inner, path);
  });
}

function readBytes(input: FileInput): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(input.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "EISDIR" ? "is a folder" : code === "ENOENT" ? "does not exist" : `cannot be read (${code})`;
    throw new UsageError(`--file ${input.field}=${input.path}: ${input.path} ${why}`);
  }
  if (!bytes.length) throw new UsageError(`--file ${input.field}=${input.path}: the file is empty`);
  return bytes;
}

function setAt(body: Record<string, unknown>, path: Segment[], value: unknown, field: string): Record<string, unknown> {
  let node: any = body;
  for (let i = 0; i < path.length - 1; i++) {
    const step = path[i]!;
    node[step] ??= typeof path[i + 1] === "number" ? [] : {};
    node = node[step];
    if (typeof node !== "object" || node === null) throw new UsageError(`--file ${field}: --body has no object there`);
  }
  node[path.at(-1)!] = value;
  return node;
}

/**
 * The body with each file read in. A file field whose object also has `<field>_filename` or
 * `<field>_name` (Cohere's data_filename, Together's file_name) gets the local file's name there
 * unless the body sets it. Returns the body and what was filled, for the user to see.
 */
export function attachFiles(
  operation: Operation,
  body: unknown,
  inputs: FileInput[],
): { body: Record<string, unknown>; notes: string[] } {
  if (body !== undefined && (typeof body !== "object" || body === null || Array.isArray(body))) {
    throw new UsageError("--file needs --body to be a JSON object (or no --body)");
  }
  const out = structuredClone((body ?? {}) as Record<string, unknown>);
  const schema = scriptMeta(operation)?.schema?.properties?.body;
  const notes: string[] = [];
  for (const input of inputs) {
    const path = fieldPath(input.field);
    if (schema && !isFileField(nodeAt(schema, path))) {
      const known = fileFields(schema);
      const list = known.length ? `its file fields: ${known.join(", ")}` : "it has no file field";
      throw new UsageError(`--file ${input.field}: not a file field of ${operation.id}; ${list}`);
    }
    const bytes = readBytes(input);
    const parent = setAt(out, path, toBase64(bytes), input.field);
    const name = path.at(-1);
    const siblings = nodeAt(schema, path.slice(0, -1))?.properties ?? {};
    const nameField = [`${name}_filename`, `${name}_name`].find((f) => f in siblings && parent[f] == null);
    if (nameField) parent[nameField] = basename(input.path);
    notes.push(
      `--file ${input.field}: ${bytes.length} bytes from ${input.path}` +
        (nameField ? `, and ${nameField} "${basename(input.path)}"` : ""),
    );
  }
  return { body: out, notes };
}
