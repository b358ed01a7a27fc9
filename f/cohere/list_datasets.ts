//native
//fetch_response_timeout 0
// List the organization's datasets, with optional filters. https://docs.cohere.com/reference/list-datasets
import { alternative, atLeast, defineContract, free, matches, nonEmpty, str } from "../core/contract.ts";
import { path } from "../core/http.ts";
import { getJson } from "../core/rest.ts";
import { shape } from "./shapes/list_datasets.ts";

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
    // The spec types this filter as a plain string; the form offers the dataset types, another string is an alternative.
    datasetType?: DatasetType;
    before?: string;
    after?: string;
    limit?: number;
    offset?: number;
    validationStatus?: "unknown" | "queued" | "processing" | "failed" | "validated" | "skipped";
  } = {},
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: query, options: o } = contract.parse(auth, body, options);
  // Every field is a query parameter, spelled in camelCase as the spec does.
  return getJson(t, path`/v1/datasets`, o, query);
}

// The spec's date-time: an ISO 8601 date, with a time and zone when given (a form's date picker sends one).
const dateTime = matches(
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
  "an ISO 8601 date-time such as 2026-05-01T00:00:00Z",
);
// Cohere's SDK wire test filters on datasetType "datasetType": any string the spec's type allows.
const anyType = alternative("any dataset type the spec's free string allows", str, { $: nonEmpty });

export const contract = defineContract(shape, {
  sends: "query",
  rules: {
    datasetType: free,
    before: dateTime,
    after: dateTime,
    // The spec types both as number, with no bounds, and the SDK's wire test sends 1.1: only the sign is checked.
    limit: atLeast(1),
    offset: atLeast(0),
    validationStatus: free,
  },
  alternatives: { datasetType: anyType },
});
