// `npm start -- <operation> --help`: what one script wants, read from its <name>.script.yaml
// (the schema Windmill builds its form from), so the terminal shows what the form shows: the
// fields in the form's order, at every depth, with the form's required marks.
import { existsSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import type { Operation } from "./discover.ts";

type Schema = {
  type?: string;
  description?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  order?: string[];
};

function typeOf(schema: Schema): string {
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

/** Every field at every depth (a list's items under the list), "(required)" as the form marks it. */
function fields(schema: Schema, indent: string): string[] {
  const all = schema.properties ?? {};
  const props = (schema.order ?? Object.keys(all)).filter((k) => all[k]).map((k) => [k, all[k]!] as const);
  const width = Math.max(0, ...props.map(([name]) => name.length));
  return props.flatMap(([name, prop]) => {
    const required = schema.required?.includes(name) ? " (required)" : "";
    const head = `${indent}${name.padEnd(width)}  ${typeOf(prop)}${required}`;
    const inner = prop.type === "array" ? prop.items : prop;
    return [
      prop.description ? `${head}\n${wrap(prop.description, indent + "    ")}` : head,
      ...fields(inner ?? {}, indent + "  "),
    ];
  });
}

export function operationHelp(operation: Operation): string {
  const yamlFile = operation.file.replace(/\.ts$/, ".script.yaml");
  const meta = existsSync(yamlFile)
    ? (parse(readFileSync(yamlFile, "utf8")) as { description?: string; schema?: Schema } | null)
    : null;
  const out = [`${operation.id}: ${operation.summary || "(no summary)"}`];
  if (meta?.description) out.push("", wrap(meta.description, ""));
  for (const [name, param] of Object.entries(meta?.schema?.properties ?? {})) {
    if (param.format?.startsWith("resource-")) {
      out.push("", `${name}: the ${param.format.slice(9)} resource (--resource, env variables, or the emulator)`);
    } else if (name === "options") {
      out.push("", "options: --max-retries N, --timeout SECONDS");
    } else {
      const flag = name === "body" ? "--body '{...}'" : `--arg ${name}=...`;
      out.push("", `${name} (${flag}): ${typeOf(param)}`, ...fields(param, "  "));
    }
  }
  if (!meta?.schema) out.push("", `(no ${yamlFile.split("/").pop()} yet: read the parameters in ${operation.file})`);
  return out.join("\n") + "\n";
}
