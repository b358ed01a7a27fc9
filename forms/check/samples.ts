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
  content: "Which of my flows failed last night, and why?",
  text: "Hello from the form test",
  prompt: "A lighthouse on a cliff at dawn, in watercolour",
  query: "What does the form send?",
  role: "user",
  min_replicas: 1,
  max_replicas: 1,
  // a classify evaluation: at least two labels, and the passing ones among them
  labels: ["good", "bad"],
  pass_labels: ["good"],
};

/** A small JSONL file: a dataset or a fine-tuning file. */
const jsonl: FileSample = {
  name: "train.jsonl",
  mimeType: "application/jsonl",
  buffer: Buffer.from('{"text": "Hello from the form test"}\n'),
};

/** A tenth of a second of silence as a WAV file (16 kHz, 16-bit mono), for audio fields. */
function wav(): FileSample {
  const samples = 1600;
  const b = Buffer.alloc(44 + samples * 2);
  b.write("RIFF", 0);
  b.writeUInt32LE(36 + samples * 2, 4);
  b.write("WAVEfmt ", 8);
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20); // PCM
  b.writeUInt16LE(1, 22); // mono
  b.writeUInt32LE(16_000, 24);
  b.writeUInt32LE(32_000, 28);
  b.writeUInt16LE(2, 32);
  b.writeUInt16LE(16, 34);
  b.write("data", 36);
  b.writeUInt32LE(samples * 2, 40);
  return { name: "hello.wav", mimeType: "audio/wav", buffer: b };
}

/** The first identifier-like "e.g. X" of a description (a model name, an id), as a person would copy it. */
function example(description: unknown): string | undefined {
  const found = String(description ?? "").match(/e\.g\.\s+([A-Za-z0-9][\w./:-]*[\w/])/)?.[1];
  return found && /[\d/._-]/.test(found) ? found : undefined;
}

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
      return /audio/i.test(String(field.schema.description)) ? wav() : jsonl;
    case "json":
      return '{"prompt": "Hello from the form test"}';
    case "list":
      return field.item === "number" ? ["1"] : ["Hello from the form test"];
    default:
      return example(field.schema.description) ?? `sample-${field.name}`;
  }
}

/**
 * Fields a script's rules require in context (one of a group, or given another field's value),
 * which no schema can mark: a person who read the descriptions fills them too. By operation.
 */
export const alsoFilled: Record<string, string[]> = {
  "ai21/create_chat_completion": ["body.messages[].content"],
  "cohere/chat": ["body.messages[].content"],
  "cohere/embed": ["body.texts", "body.inputs[].content[].text"],
  "togetherai/create_chat_completion": ["body.messages[].content"],
  "togetherai/create_evaluation": ["body.parameters.labels", "body.parameters.pass_labels"],
  "togetherai/download_fine_tuned_model": ["body.checkpoint"],
  "togetherai/update_endpoint": ["body.display_name"],
};

/**
 * Fields of which a script takes exactly one (Cohere embed: texts, images or inputs). With an item
 * added to one of them, a person leaves the others empty, so the test does too.
 */
export const onlyOneOf: Record<string, string[]> = {
  "cohere/embed": ["body.texts", "body.images", "body.inputs"],
};
