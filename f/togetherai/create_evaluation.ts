//native
//fetch_response_timeout 0
// Start an LLM-as-a-judge evaluation (classify, score or compare) over an uploaded dataset. https://docs.together.ai/reference/create-evaluation
import { dropBlanks } from "../core/blanks.ts";
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { postJson } from "../core/rest.ts";
import { array, integer, number, object, oneOf, refine, type Rule, string, validate } from "../core/validate.ts";

type Togetherai = { api_key: string; base_url?: string };

// The spec's `parameters` is a oneOf selected by the sibling `type`. Windmill renders a variant picker only for
// a `kind`/`label` field inside each variant, so `parameters` is one typed object with every variant's fields,
// and the rules below require or refuse them by `type`, as Together's Python SDK does. model_to_evaluate,
// model_a and model_b also accept a string (a dataset column of pre-generated answers): the form offers the
// model configuration, the one that needs a form; a string passes at run time.
export async function main(
  auth: Togetherai,
  body: {
    type: "classify" | "score" | "compare";
    parameters: {
      judge: {
        model: string;
        model_source: "serverless" | "dedicated" | "external";
        system_template: string;
        external_api_token?: string;
        external_base_url?: string;
        num_workers?: number;
      };
      input_data_file_path: string;
      labels?: string[];
      pass_labels?: string[];
      min_score?: number;
      max_score?: number;
      pass_threshold?: number;
      model_to_evaluate?: {
        model: string;
        model_source: "serverless" | "dedicated" | "external";
        system_template: string;
        input_template: string;
        max_tokens: number;
        temperature: number;
        external_api_token?: string;
        external_base_url?: string;
        num_workers?: number;
      };
      model_a?: {
        model: string;
        model_source: "serverless" | "dedicated" | "external";
        system_template: string;
        input_template: string;
        max_tokens: number;
        temperature: number;
        external_api_token?: string;
        external_base_url?: string;
        num_workers?: number;
      };
      model_b?: {
        model: string;
        model_source: "serverless" | "dedicated" | "external";
        system_template: string;
        input_template: string;
        max_tokens: number;
        temperature: number;
        external_api_token?: string;
        external_base_url?: string;
        num_workers?: number;
      };
    };
  },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("togetherai", auth, options);
  // A form leaves the other types' fields empty (null, "", [] or {}): they must neither trip the rules nor be sent.
  const json = validate(dropBlanks(body), rules);
  // Not idempotent: a repeat after a lost reply would start, and bill, a second evaluation,
  // so it is retried only when Together refused it outright (408/429/503).
  return postJson(t, path`/evaluation`, json, options);
}

const source = oneOf("serverless", "dedicated", "external");
const external = {
  external_api_token: string(),
  external_base_url: string({ pattern: /^https?:\/\//i, patternName: "an http(s) URL" }),
  num_workers: integer({ min: 1 }),
};
const judge = object(
  { model: string({ nonEmpty: true }), model_source: source, system_template: string({ nonEmpty: true }), ...external },
  ["model", "model_source", "system_template"],
);
const generator = object(
  {
    model: string({ nonEmpty: true }),
    model_source: source,
    system_template: string(),
    input_template: string({ nonEmpty: true }),
    max_tokens: integer({ min: 1 }),
    temperature: number({ min: 0, max: 2 }),
    ...external,
  },
  ["model", "model_source", "system_template", "input_template", "max_tokens", "temperature"],
);
const column = string({ nonEmpty: true });
const candidate: Rule = (v, at) => (typeof v === "string" ? column(v, at) : generator(v, at));

const NEEDS: Record<string, string[]> = {
  classify: ["labels", "pass_labels"],
  score: ["min_score", "max_score", "pass_threshold"],
  compare: [],
};
const ALLOWS: Record<string, string[]> = {
  classify: ["model_to_evaluate"],
  score: ["model_to_evaluate"],
  compare: ["model_a", "model_b"],
};
const SPECIFIC = [
  "labels",
  "pass_labels",
  "min_score",
  "max_score",
  "pass_threshold",
  "model_to_evaluate",
  "model_a",
  "model_b",
];

function byType({ type, parameters: p }: any): [string, string] | undefined {
  for (const k of NEEDS[type])
    if (p[k] === undefined) return [`parameters.${k}`, `is required for a ${type} evaluation`];
  for (const k of SPECIFIC)
    if (p[k] !== undefined && !NEEDS[type].includes(k) && !ALLOWS[type].includes(k))
      return [`parameters.${k}`, `does not apply to a ${type} evaluation`];
  if (type === "classify" && p.pass_labels.some((l: string) => !p.labels.includes(l)))
    return ["parameters.pass_labels", "must all be among labels"];
  if (type === "score" && p.max_score <= p.min_score) return ["parameters.max_score", "must be greater than min_score"];
  if (type === "score" && (p.pass_threshold < p.min_score || p.pass_threshold > p.max_score))
    return ["parameters.pass_threshold", "must lie between min_score and max_score"];
  return undefined;
}

const parameters = object(
  {
    judge,
    input_data_file_path: string({ nonEmpty: true }),
    labels: array(string({ nonEmpty: true }), { min: 2 }),
    pass_labels: array(string(), { min: 1 }),
    min_score: number(),
    max_score: number(),
    pass_threshold: number(),
    model_to_evaluate: candidate,
    model_a: candidate,
    model_b: candidate,
  },
  ["judge", "input_data_file_path"],
);

const rules = refine(
  object({ type: oneOf("classify", "score", "compare"), parameters }, ["type", "parameters"]),
  byType,
);
