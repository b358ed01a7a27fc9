// The values a person would type into a required field, by field name, else by widget.
// Chosen to satisfy the scripts' own rules (a language is two letters, a count is positive),
// so that a refusal means the form's leftovers were refused, not the sample.
import type { Field } from "./contract.ts";

export type FileSample = { name: string; mimeType: string; buffer: Buffer };
export type Sample = string | number | boolean | FileSample;

const byName: Record<string, Sample> = {
  language: "en",
  code: "print('hello')",
  content: "Hello from the form test",
  text: "Hello from the form test",
  query: "What does the form send?",
  role: "user",
  min_replicas: 1,
  max_replicas: 1,
};

/** A small JSONL file: a dataset, a fine-tuning file or, for an audio field, bytes the provider gets to judge. */
const file: FileSample = {
  name: "sample.jsonl",
  mimeType: "application/jsonl",
  buffer: Buffer.from('{"text": "Hello from the form test"}\n'),
};

export function sampleFor(field: Field): Sample {
  if (field.name in byName) {
    const value = byName[field.name]!;
    if (field.kind !== "combobox" || field.values?.includes(String(value))) return value;
  }
  switch (field.kind) {
    case "number":
      return Math.max(field.schema.min ?? 1, 1);
    case "combobox":
      return field.values![0]!;
    case "toggle":
      return true;
    case "file":
      return file;
    case "json":
      return '{"prompt": "Hello from the form test"}';
    default:
      return `sample-${field.name}`;
  }
}

/**
 * Fields a script's rules require one of, which no schema can mark: filled as if required,
 * by the person who read the description. Keyed by operation, then field path.
 */
export const oneOf: Record<string, string[]> = {
  "cohere/embed": ["body.texts"],
  "togetherai/update_endpoint": ["body.display_name"],
};
