// Decides what the emulated model says, independent of any provider's wire format:
// an echo of the last user message word by word, or a call to the first tool, or a short
// answer about a tool result, so a full tool loop can be exercised offline. A chat that asks for
// structured output or brings documents gets its text from the caller (see `text`).
import { snippet } from "./emulator_text.ts";

export type ChatMessage = { role?: string; content?: unknown; tool_call_id?: string };
export type ToolSpec = {
  type?: string;
  function?: { name?: string; parameters?: JsonSchema };
};
type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
};

export type Plan =
  | { kind: "text"; pieces: string[]; finish: "stop" | "length" }
  | { kind: "tool"; name: string; args: string; fragments: string[]; plan: string };

/** The text of the last user message. */
export function lastUserText(messages: ChatMessage[]): string {
  return textOf([...messages].reverse().find((m) => m.role === "user")?.content);
}

export function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((part) => textOf(part?.text ?? part?.document ?? part)).join(" ");
  if (content === null || content === undefined) return "";
  return JSON.stringify(content);
}

/** Rough count, enough to make usage numbers plausible and proportional. */
export function countTokens(messages: ChatMessage[]): number {
  return messages.reduce((sum, m) => sum + 3 + textOf(m.content).split(/\s+/).filter(Boolean).length, 0);
}

function exampleValue(schema: JsonSchema, hint: string): unknown {
  if (schema.enum?.length) return schema.enum[0];
  switch (schema.type) {
    case "number":
    case "integer":
      return 1;
    case "boolean":
      return true;
    case "array":
      return [];
    case "object":
      return exampleArgs(schema, hint);
    default:
      return hint;
  }
}

function exampleArgs(schema: JsonSchema | undefined, hint: string): Record<string, unknown> {
  const props = schema?.properties ?? {};
  const keys = schema?.required?.length ? schema.required : Object.keys(props);
  return Object.fromEntries(keys.map((key) => [key, exampleValue(props[key] ?? {}, hint)]));
}

function chosenTool(tools: ToolSpec[], toolChoice: unknown): ToolSpec | undefined {
  if (typeof toolChoice === "string" && toolChoice.toLowerCase() === "none") return undefined;
  const named = (toolChoice as { function?: { name?: string } } | undefined)?.function?.name;
  return tools.find((tool) => tool.function?.name === named) ?? tools[0];
}

export function planReply(input: {
  label: string;
  model: string;
  messages: ChatMessage[];
  tools?: ToolSpec[];
  toolChoice?: unknown;
  maxTokens?: number;
  /** The answer to give instead of the echo (JSON for structured output, a grounded answer). */
  text?: string;
}): Plan {
  const last = input.messages.at(-1);
  const lastUser = [...input.messages].reverse().find((m) => m.role === "user");
  const said = snippet(textOf(lastUser?.content)) || "nothing yet";
  const tool = last?.role === "tool" ? undefined : chosenTool(input.tools ?? [], input.toolChoice);
  if (tool?.function?.name) {
    const args = JSON.stringify(exampleArgs(tool.function.parameters, snippet(said, 5)));
    const fragments = args.match(/.{1,6}/gs) ?? [args];
    const plan = `I will call ${tool.function.name} to answer this.`;
    return { kind: "tool", name: tool.function.name, args, fragments, plan };
  }
  const text =
    input.text ??
    (last?.role === "tool"
      ? `The tool answered: ${snippet(textOf(last.content), 20)} (emulated ${input.label} reply from ${input.model}).`
      : `You said: "${said}". This is the offline ${input.label} emulator answering as ${input.model}, word by word, so you can watch the stream arrive.`);
  // JSON has few spaces: cut it into short pieces so it still streams in many deltas.
  const pieces = input.text !== undefined ? (text.match(/.{1,12}/gs) ?? [""]) : text.split(/(?<= )/);
  const limit = input.maxTokens;
  if (limit !== undefined && limit >= 0 && limit < pieces.length) {
    return { kind: "text", pieces: pieces.slice(0, limit), finish: "length" };
  }
  return { kind: "text", pieces, finish: "stop" };
}
