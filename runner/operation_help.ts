// `npm start -- <operation> --help`: what one script wants, read from its <name>.script.yaml
// (the schema Windmill builds its form from), so the terminal shows what the form shows: the
// fields in the form's order, at every depth, with the form's required marks.
import { existsSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { MAX_RETRIES, MAX_TIMEOUT_SECONDS } from "../f/core/options.ts";
import type { Operation } from "./discover.ts";

export type Schema = {
  type?: string;
  description?: string;
  format?: string;
  contentEncoding?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  order?: string[];
};

type Meta = { description?: string; schema?: Schema };

export const scriptYaml = (operation: Operation) => operation.file.replace(/\.ts$/, ".script.yaml");

/** The script's metadata, or null before its .script.yaml exists. */
export function scriptMeta(operation: Operation): Meta | null {
  const file = scriptYaml(operation);
  return existsSync(file) ? (parse(readFileSync(file, "utf8")) as Meta | null) : null;
}

/** A Windmill file input: the form's file picker, base64 in the body. */
export const isFileField = (schema: Schema | undefined) => schema?.contentEncoding === "base64";

function typeOf(schema: Schema): string {
  if (isFileField(schema)) return "file, as base64";
  if (schema.enum?.length) return schema.enum.map((v) => JSON.stringify(v)).join("|");
  if (schema.type === "array") return `${schema.items ? typeOf(schema.items) : "any"}[]`;
  return schema.type ?? "any";
}

function wrap(text: string, indent: string, width = 96): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join("\n");
}

/** Every field at every depth, in the form's order (a list's items under the list), "(required)" as the form marks it. */
function fields(schema: Schema, indent: string, at: string): string[] {
  const all = schema.properties ?? {};
  const props = (schema.order ?? Object.keys(all)).filter((k) => all[k]).map((k) => [k, all[k]!] as const);
  const width = Math.max(0, ...props.map(([name]) => name.length));
  return props.flatMap(([name, prop]) => {
    const required = schema.required?.includes(name) ? " (required)" : "";
    const path = `${at}.${name}`;
    const lines = [`${indent}${name.padEnd(width)}  ${typeOf(prop)}${required}`];
    const file = path.startsWith("body.") && (isFileField(prop) || isFileField(prop.items));
    const where = prop.type === "array" ? `${path}[0]` : path;
    const note = file ? ` From the terminal: --file ${where}=PATH reads a local file into it.` : "";
    if (prop.description || note) lines.push(wrap(`${prop.description ?? ""}${note}`, `${indent}    `));
    const inner = prop.type === "array" ? prop.items : prop;
    if (inner?.properties && Object.keys(inner.properties).length) {
      lines.push(...fields(inner, `${indent}  `, prop.type === "array" ? `${path}[0]` : path));
    }
    return lines;
  });
}

export function operationHelp(operation: Operation): string {
  const meta = scriptMeta(operation);
  const out = [`${operation.id}: ${operation.summary || "(no summary)"}`];
  if (meta?.description) out.push("", wrap(meta.description, ""));
  for (const [name, param] of Object.entries(meta?.schema?.properties ?? {})) {
    if (param.format?.startsWith("resource-")) {
      out.push("", `${name}: the ${param.format.slice(9)} resource (--resource, env variables, or the emulator)`);
    } else if (name === "options") {
      out.push(
        "",
        `options: --max-retries N (0 to ${MAX_RETRIES}), --timeout SECONDS (more than 0, at most ${MAX_TIMEOUT_SECONDS})`,
      );
    } else {
      const flag = name === "body" ? "--body '{...}'" : `--arg ${name}=...`;
      out.push("", `${name} (${flag}): ${typeOf(param)}`, ...fields(param, "  ", name));
    }
  }
  if (!meta?.schema)
    out.push("", `(no ${scriptYaml(operation).split("/").pop()} yet: read the parameters in ${operation.file})`);
  return out.join("\n") + "\n";
}
