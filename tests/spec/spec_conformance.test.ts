// Each script against its provider's own OpenAPI document (../shared/specs, beside the project):
// the operation it calls exists, and its body offers exactly the fields the provider documents.
// Skipped, with a message, where ../shared is absent.
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { listOperations } from "../../tools/script_files.ts";
import { findOperation, operationFields, SOURCES, SPECS_DIR, specOf, specsPresent } from "./openapi.ts";

const ROOT = join(import.meta.dir, "../..");
if (!specsPresent) console.warn(`spec conformance skipped: ${SPECS_DIR} is absent (it sits beside the project in CI)`);

/** Body fields a script adds or leaves out on purpose, each with the reason. */
const EXTRA: Record<string, Record<string, string>> = {
  "cohere/create_dataset": {
    data_filename: "a picked file has no name; Cohere reads the type from it",
    eval_data_filename: "same, for eval_data",
  },
  "togetherai/create_speech": { extra_params: "the SDK's SpeechCreateParams.ExtraParams, sent by its own test" },
  "togetherai/list_voices": { model: "only the speech request's prose mentions this filter" },
  "togetherai/create_fine_tune": {
    early_stopping_enabled: "newer than the spec: Together's TypeScript SDK sends it (FineTuningCreateParams)",
    early_stopping_min_delta: "same",
    early_stopping_patience: "same",
    early_stopping_warmup_evals: "same",
    gradient_accumulation_steps: "same",
  },
  "togetherai/get_fine_tune_metrics": {
    resolution: "newer than the spec: Together's TypeScript SDK sends it (FineTuningListMetricsParams)",
  },
};

/** Where the wire and the spec name different operations (providers.md), the spec's counterpart. */
const SPEC_OPERATION: Record<string, { method: string; path: string; why: string }> = {
  "togetherai/upload_file": {
    method: "POST",
    path: "/files/upload",
    why: "the wire's upload is POST /files answered by a presigned URL; the spec documents its fields on /files/upload",
  },
};
const LEFT_OUT: Record<string, Record<string, string>> = {
  "ai21/create_chat_completion": { mock_response: "internal field (providers.md): never sent" },
};

const scripts = specsPresent ? listOperations(ROOT).map((op) => op.id) : [];

describe.skipIf(!specsPresent)("scripts against the providers' OpenAPI documents", () => {
  test.each(scripts)("%s calls an operation the spec documents, with exactly its fields", (name) => {
    const [provider] = name.split("/");
    const fixture = JSON.parse(readFileSync(join(ROOT, "fixtures", `${name}.json`), "utf8"));
    const { method, path } = SPEC_OPERATION[name] ?? (fixture.request as { method: string; path: string });
    const op = findOperation(specOf(provider), method, SOURCES[provider].prefix + path);
    expect(op ? `${method} ${path}` : `no ${method} ${path} in ${SOURCES[provider].file}`).toBe(`${method} ${path}`);

    const meta = parse(readFileSync(join(ROOT, "f", `${name}.script.yaml`), "utf8"));
    const offered = Object.keys(meta.schema.properties.body?.properties ?? {}).sort();
    const documented = [...operationFields(specOf(provider), op!)].sort();
    const extra = offered.filter((f) => !documented.includes(f) && !EXTRA[name]?.[f]);
    const missing = documented.filter((f) => !offered.includes(f) && !LEFT_OUT[name]?.[f]);
    expect({ extra, missing }).toEqual({ extra: [], missing: [] });
  });
});
