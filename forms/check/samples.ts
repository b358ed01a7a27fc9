// The values a person would type into a required field, by field name, else by widget.
// Chosen to satisfy the scripts' own rules (a language is two letters, a count is positive),
// so that a refusal means the form's leftovers were refused, not the sample.
import type { Field } from "./contract.ts";

export type FileSample = { name: string; mimeType: string; buffer: Buffer };
export type Sample = string | number | boolean | FileSample | string[];

const byName: Record<string, Sample> = {
  language: "en",
  ft_id: "ft-0123456789abcdef",
  code: "print('hello')",
  content: "Hello from the form test",
  text: "Hello from the form test",
  query: "What does the form send?",
  role: "user",
  min_replicas: 1,
  max_replicas: 1,
  // a classify evaluation: at least two labels, and the passing ones among them
  labels: ["good", "bad"],
  pass_labels: ["good"],
};

/** A small JSONL file: a dataset, a fine-tuning file or, for an audio field, bytes the provider gets to judge. */
const file: FileSample = {
  name: "sample.jsonl",
  mimeType: "application/jsonl",
  buffer: Buffer.from('{"text": "Hello from the form test"}\n'),
};

export function sampleFor(field: Field): Sample {
  const named = byName[field.name];
  const kinds: Record<string, string[]> = { string: ["text", "combobox"], number: ["number"], object: ["list"] };
  const fits =
    named !== undefined &&
    (kinds[typeof named] ?? []).includes(field.kind) &&
    (field.kind !== "combobox" || field.values?.includes(String(named)));
  if (fits) return named;
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
    case "list":
      return field.item === "number" ? ["1"] : ["Hello from the form test"];
    default:
      return `sample-${field.name}`;
  }
}

/**
 * Fields a script's rules require in context (one of a group, or given another field's value),
 * which no schema can mark: a person who read the descriptions fills them too. By operation.
 */
export const alsoFilled: Record<string, string[]> = {
  "ai21/create_chat_completion": ["body.messages[].content"],
  "cohere/chat": ["body.messages[].content"],
  "cohere/embed": ["body.texts"],
  "togetherai/create_chat_completion": ["body.messages[].content"],
  "togetherai/create_evaluation": ["body.parameters.labels", "body.parameters.pass_labels"],
  "togetherai/download_fine_tuned_model": ["body.checkpoint"],
  "togetherai/update_endpoint": ["body.display_name"],
};
