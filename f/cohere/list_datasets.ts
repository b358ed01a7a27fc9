//native
//fetch_response_timeout 0
// List the organization's datasets, with optional filters. https://docs.cohere.com/reference/list-datasets
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { getJson } from "../core/rest.ts";
import { integer, object, oneOf, string, validate } from "../core/validate.ts";

type Cohere = { apiKey: string; baseUrl?: string };
type DatasetType =
  | "embed-input"
  | "embed-result"
  | "cluster-result"
  | "cluster-outliers"
  | "reranker-finetune-input"
  | "single-label-classification-finetune-input"
  | "chat-finetune-input"
  | "multi-label-classification-finetune-input"
  | "batch-chat-input"
  | "batch-openai-chat-input"
  | "batch-embed-v2-input"
  | "batch-chat-v2-input";

export async function main(
  auth: Cohere,
  body: {
    // The spec types this filter as a plain string; its values are the dataset types.
    datasetType?: DatasetType;
    before?: string;
    after?: string;
    limit?: number;
    offset?: number;
    validationStatus?: "unknown" | "queued" | "processing" | "failed" | "validated" | "skipped";
  } = {},
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("cohere", auth, options);
  // Every field is a query parameter, spelled in camelCase as the spec does.
  return getJson(t, path`/v1/datasets`, options, validate(body, rules));
}

const TYPES: DatasetType[] = [
  "embed-input",
  "embed-result",
  "cluster-result",
  "cluster-outliers",
  "reranker-finetune-input",
  "single-label-classification-finetune-input",
  "chat-finetune-input",
  "multi-label-classification-finetune-input",
  "batch-chat-input",
  "batch-openai-chat-input",
  "batch-embed-v2-input",
  "batch-chat-v2-input",
];
// The spec's date-time: an ISO 8601 date, with a time and zone when given (a form's date picker sends one).
const dateTime = string({
  pattern: /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
  patternName: "an ISO 8601 date-time such as 2026-05-01T00:00:00Z",
});

const rules = object({
  datasetType: oneOf(...TYPES),
  before: dateTime,
  after: dateTime,
  // The spec gives no bounds; a count and a position are whole numbers.
  limit: integer({ min: 1 }),
  offset: integer({ min: 0 }),
  validationStatus: oneOf("unknown", "queued", "processing", "failed", "validated", "skipped"),
});
