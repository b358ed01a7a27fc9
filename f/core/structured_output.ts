// Structured output: a reply's text parsed as JSON and checked against the caller's JSON schema
// locally, whatever the provider enforced, so a flow can branch on `parsed`. A reply that is not JSON,
// breaks the schema or was cut by max_tokens fails the step with every failure listed: never a
// silent fall back to text.
// Version-qualified so Windmill locks this version at deploy and relock time, not `latest` (windmill.md);
// tsconfig.json `paths` maps the specifier onto the installed package for Bun, tsc and Bun.build. The
// static (type) import is what Windmill's import scan reads for the lock; the code is imported where a
// schema is compiled, so a chat without one never evaluates it (the bundle still carries it, inlined).
import type { OutputUnit, SchemaDraft, Validator } from "@cfworker/json-schema@4.1.6";
import { InputError, ProviderError } from "./errors.ts";
import { redact } from "./redact.ts";
import type { Target } from "./http.ts";

/** Who held the reply to the schema: the provider while generating, or JSON mode and this module. */
export type ParsedBy = "provider schema" | "json mode + local check";

/** What a script expects of the reply, compiled before the request. */
export interface Expected {
  readonly by: ParsedBy;
  /** Absent for JSON mode without a schema: the text must then only be JSON. */
  readonly validator?: Validator;
}

/** One broken rule: where (a JSON pointer into the reply, "" for the whole of it), which keyword, why. */
export interface Failure {
  pointer: string;
  keyword: string;
  message: string;
}

const SHOWN = 1000;
// The draft a schema names in `$schema`; without one, 2020-12 (the dialect of OpenAI-style json_schema).
const DRAFTS: [RegExp, SchemaDraft][] = [
  [/draft-0?4\b/, "4"],
  [/draft-0?[67]\b/, "7"],
  [/2019-09/, "2019-09"],
];
// Keywords whose own error only summarises the errors of their subschemas listed right after it.
const SUMMARIES = new Set(["properties", "items", "prefixItems", "additionalItems", "$ref", "allOf"]);

/** The reply did not give the object asked for. The message lists every failure and shows the text. */
export class StructuredOutputError extends ProviderError {
  override name = "StructuredOutputError";
  constructor(
    provider: string,
    message: string,
    readonly failures: Failure[],
    /** The reply's text, masked and cut to its first 1000 characters. */
    readonly text: string,
    /** True when the provider stopped at max_tokens: the same request would be cut again. */
    readonly truncated: boolean,
  ) {
    super({ provider, status: 200, message, retryable: !truncated, phase: "structured output" });
  }

  override toJSON() {
    const { failures, text, truncated } = this;
    return { ...super.toJSON(), failures, text, truncated };
  }
}

/**
 * Compiles `schema` (at input path `field`) once, before anything is sent. `schema` undefined: JSON
 * mode, where the reply must only be JSON. The schema is copied: the validator marks what it reads.
 */
export async function expectJson(by: ParsedBy, schema: unknown, field: string): Promise<Expected> {
  if (schema === undefined) return { by };
  if (typeof schema !== "object" || schema === null || Array.isArray(schema))
    throw new InputError(field, "must be a JSON schema object");
  const copy = JSON.parse(JSON.stringify(schema));
  const named = typeof copy.$schema === "string" ? copy.$schema : "";
  const draft = DRAFTS.find(([re]) => re.test(named))?.[1] ?? "2020-12";
  const { Validator } = await import("@cfworker/json-schema@4.1.6");
  try {
    // shortCircuit off: every failure is reported, not only the first.
    return { by, validator: new Validator(copy, draft, false) };
  } catch (e) {
    throw new InputError(field, `is not a usable JSON schema: ${(e as Error).message}`);
  }
}

/**
 * The reply `text` as a checked value. `cut` names the finish reason when the provider stopped at
 * max_tokens (`length`, Cohere `MAX_TOKENS`); `where` names the reply among several ("choices[1]").
 */
export function parseReply(t: Target, expected: Expected, text: string, cut?: string, where = ""): unknown {
  const masked = redact(text, t.apiKey);
  let value: unknown;
  let problem = "";
  let failures: Failure[] = [];
  try {
    value = JSON.parse(masked);
  } catch (e) {
    problem = masked.trim() ? `is not JSON (${(e as Error).message})` : "is empty, not JSON";
  }
  if (!problem && expected.validator) {
    failures = check(expected.validator, value);
    if (failures.length) problem = `does not match the schema (${count(failures.length)})`;
  }
  if (!problem && !cut) return value;
  const reply = where ? `the reply in ${where}` : "the reply";
  const head = cut
    ? `${reply} was truncated by max_tokens (finish reason ${cut}): raise max_tokens or ask for less`
    : "";
  const lines = [[head, problem && `${reply} ${problem}`].filter(Boolean).join("; ")];
  for (const f of failures) lines.push(`- ${f.pointer || "(the whole reply)"}: ${f.keyword}: ${f.message}`);
  const shown = masked.length > SHOWN ? masked.slice(0, SHOWN) : masked;
  const size = masked.length > SHOWN ? `first ${SHOWN} of ${masked.length} characters` : `${masked.length} characters`;
  lines.push(`Reply text (${size}): ${shown}`);
  throw new StructuredOutputError(t.provider, redact(lines.join("\n"), t.apiKey), failures, shown, cut !== undefined);
}

/** The provider's response unchanged, with `parsed` and `parsed_by` added at the top level. */
export function withParsed<T extends object>(response: T, parsed: unknown, by: ParsedBy) {
  return Object.assign(response, { parsed, parsed_by: by });
}

/** Every failure the validator found, as JSON pointers, without the summaries of nested ones. */
export function check(validator: Validator, value: unknown): Failure[] {
  let errors: OutputUnit[];
  try {
    errors = validator.validate(value).errors;
  } catch (e) {
    // An unresolvable $ref is found only while validating.
    return [{ pointer: "", keyword: "schema", message: `the schema could not be applied: ${(e as Error).message}` }];
  }
  const out: Failure[] = [];
  for (let i = 0; i < errors.length; i++) {
    const e = errors[i]!;
    const next = errors[i + 1];
    if (next && summarises(e, next.keywordLocation)) continue;
    // A `false` subschema says only "False boolean schema."; its parent names the offending key.
    if (e.keyword === "false" && out.length) {
      out[out.length - 1]!.pointer = pointer(e.instanceLocation);
      continue;
    }
    out.push({ pointer: pointer(e.instanceLocation), keyword: e.keyword, message: e.error });
  }
  return out;
}

/** True when `e` only sums up the error at `next` (listed right after it, deeper in the schema). */
function summarises(e: OutputUnit, next: string): boolean {
  if (SUMMARIES.has(e.keyword)) return next.startsWith(`${e.keywordLocation}/`);
  // "if" reports the failed branch, whose errors sit beside it, under then/ or else/.
  const base = e.keywordLocation.slice(0, -"if".length);
  return e.keyword === "if" && (next.startsWith(`${base}then/`) || next.startsWith(`${base}else/`));
}

/** The library's URI fragment (`#/a~1b/0`, percent-encoded) as a JSON pointer (`/a~1b/0`). */
const pointer = (location: string) => decodeURIComponent(location.replace(/^#/, ""));
const count = (n: number) => (n === 1 ? "1 failure" : `${n} failures`);
