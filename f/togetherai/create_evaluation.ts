//native
//fetch_response_timeout 0
// Start an LLM-as-a-judge evaluation (classify, score or compare) over an uploaded dataset. https://docs.together.ai/reference/create-evaluation
import {
  alternative,
  check,
  checks,
  defineContract,
  free,
  int,
  length,
  nonEmpty,
  range,
  type Rule,
  str,
} from "../core/contract.ts";
import { path } from "../core/http.ts";
import { postJson } from "../core/rest.ts";
import { shape } from "./shapes/create_evaluation.ts";

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
        // Not in the spec's judge: Together's TypeScript SDK sends them (its defaults 32768 and 0.05).
        max_tokens?: number;
        temperature?: number;
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
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  // Form leftovers of the other types' fields (null, "", [] or {}) are dropped, so they neither trip the rules nor are sent.
  const { target: t, body: json, options: o } = contract.parse(auth, body, options);
  // Not idempotent: a repeat after a lost reply would start, and bill, a second evaluation,
  // so it is retried only when Together refused it outright (408/429/503).
  return postJson(t, path`/evaluation`, json, o);
}

// The spec's EvaluationClassifyParameters, EvaluationScoreParameters and EvaluationCompareParameters.
const NEEDS: Record<string, string[]> = {
  classify: ["labels", "pass_labels"],
  score: ["min_score", "max_score", "pass_threshold"],
  compare: [],
};
const ALLOWS: Record<string, string[]> = {
  classify: [...NEEDS.classify, "model_to_evaluate"],
  score: [...NEEDS.score, "model_to_evaluate"],
  compare: ["model_a", "model_b"],
};
const SPECIFIC = [...new Set(Object.values(ALLOWS).flat())];

const missing = (b: any) => NEEDS[b.type]!.find((k) => b.parameters[k] === undefined);
const misplaced = (b: any) => SPECIFIC.find((k) => b.parameters[k] !== undefined && !ALLOWS[b.type]!.includes(k));
const typeNeedsItsFields = check(
  (b) => `parameters.${missing(b)}`,
  (b) => `is required for a ${b.type} evaluation`,
  (b) => missing(b) !== undefined,
);
const otherTypesFieldsRefused = check(
  (b) => `parameters.${misplaced(b)}`,
  (b) => `does not apply to a ${b.type} evaluation`,
  (b) => misplaced(b) !== undefined,
);
const passLabelsAmongLabels = check(
  "pass_labels",
  "must all be among labels",
  (p) => p.labels !== undefined && p.pass_labels?.some((l: string) => !p.labels.includes(l)),
);
const maxAboveMin = check(
  "max_score",
  "must be greater than min_score",
  (p) => p.min_score !== undefined && p.max_score !== undefined && p.max_score <= p.min_score,
);
const thresholdOnScale = check(
  "pass_threshold",
  "must lie between min_score and max_score",
  (p) =>
    p.pass_threshold !== undefined &&
    p.min_score !== undefined &&
    p.max_score !== undefined &&
    (p.pass_threshold < p.min_score || p.pass_threshold > p.max_score),
);
// SDK (EvaluationModelRequest, Judge): an external source "requires external_api_token and external_base_url".
const externalNeedsUrl = check(
  "external_base_url",
  "is required when model_source is external",
  (m) => m.model_source === "external" && m.external_base_url === undefined,
);
const externalNeedsToken = check(
  "external_api_token",
  "is required when model_source is external",
  (m) => m.model_source === "external" && m.external_api_token === undefined,
);

/** The rules of a model that generates the answers (the spec's EvaluationModelRequest), at `at`. */
const generator = (at: string): Record<string, Rule> => ({
  [at]: checks(externalNeedsUrl, externalNeedsToken),
  [`${at}.model`]: nonEmpty,
  [`${at}.model_source`]: free,
  [`${at}.system_template`]: free,
  [`${at}.input_template`]: nonEmpty,
  [`${at}.max_tokens`]: int(1),
  [`${at}.temperature`]: range(0, 2),
  [`${at}.external_api_token`]: nonEmpty,
  // "Must be OpenAI-compatible" (spec); not checked as a URL, since the SDK's own test sends "external_base_url".
  [`${at}.external_base_url`]: nonEmpty,
  [`${at}.num_workers`]: int(1),
});
const column = alternative("a dataset column name", str, { $: nonEmpty });

export const contract = defineContract(shape, {
  sends: "json",
  rules: {
    $: checks(typeNeedsItsFields, otherTypesFieldsRefused),
    type: free,
    parameters: checks(passLabelsAmongLabels, maxAboveMin, thresholdOnScale),
    "parameters.judge": checks(externalNeedsUrl, externalNeedsToken),
    "parameters.judge.model": nonEmpty,
    "parameters.judge.model_source": free,
    "parameters.judge.system_template": nonEmpty,
    "parameters.judge.external_api_token": nonEmpty,
    // Not checked as a URL either (see generator).
    "parameters.judge.external_base_url": nonEmpty,
    "parameters.judge.num_workers": int(1),
    "parameters.judge.max_tokens": int(1),
    "parameters.judge.temperature": range(0, 2),
    "parameters.input_data_file_path": nonEmpty,
    "parameters.labels": length(2),
    "parameters.labels[]": nonEmpty,
    "parameters.pass_labels": length(1),
    "parameters.min_score": free,
    "parameters.max_score": free,
    "parameters.pass_threshold": free,
    ...generator("parameters.model_to_evaluate"),
    ...generator("parameters.model_a"),
    ...generator("parameters.model_b"),
  },
  alternatives: {
    "parameters.model_to_evaluate": column,
    "parameters.model_a": column,
    "parameters.model_b": column,
  },
});
