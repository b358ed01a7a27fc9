// Every fixture is shaped like the real wire: its body (or each streamed event) validates against the
// response schema its provider's OpenAPI document gives for that operation and status. Validated by
// @hyperjump/json-schema's OpenAPI dialects, which read the schemas in place (nullable, discriminator,
// $ref into components). Skipped, with a message, where ../shared is absent.
import { describe, expect, test } from "bun:test";
import { BASIC } from "@hyperjump/json-schema/experimental";
import { registerSchema, validate } from "@hyperjump/json-schema/openapi-3-1";
import { fromSchema } from "@openapi-contrib/openapi-schema-to-json-schema";
import { loadFixtures } from "../../fixtures/index.ts";
import { findOperation, SOURCES, SPECS_DIR, specOf, specsPresent } from "./openapi.ts";

if (!specsPresent) console.warn(`fixture schemas skipped: ${SPECS_DIR} is absent (it sits beside the project in CI)`);

// Each document declares OpenAPI 3.1.0, read with the 3.1 dialect. Together's also writes 3.0's
// `nullable` (a defect of the document, 43 times): read as 3.1 those fields would refuse the nulls the
// API sends, so its schemas first go through the OpenAPI-to-JSON-Schema converter, which turns
// `nullable` into a null type and leaves the rest (discriminator included) as written.
const DIALECT = "https://spec.openapis.org/oas/3.1/schema-base";
const NULLABLE_3_0 = new Set(["togetherai"]);

function withNullTypes(spec: any): any {
  const convert = (schema: any) => {
    const { $schema: _, ...out } = fromSchema(schema, {
      cloneSchema: true,
      strictMode: false,
      keepNotSupported: ["discriminator", "readOnly", "writeOnly", "example", "deprecated", "xml", "externalDocs"],
    } as any) as any;
    return out;
  };
  const schemas = Object.fromEntries(
    Object.entries<any>(spec.components?.schemas ?? {}).map(([k, v]) => [k, convert(v)]),
  );
  const paths = structuredClone(spec.paths);
  for (const item of Object.values<any>(paths))
    for (const op of Object.values<any>(item))
      for (const answer of Object.values<any>(op?.responses ?? {}))
        for (const media of Object.values<any>(answer?.content ?? {}))
          if (media?.schema) media.schema = convert(media.schema);
  return { ...spec, paths, components: { ...spec.components, schemas } };
}

const uriOf = (provider: string) => `https://specs.invalid/${provider}.openapi.json`;
const registered = new Set<string>();
function documentUri(provider: string): string {
  if (!registered.has(provider))
    registerSchema(
      NULLABLE_3_0.has(provider) ? withNullTypes(specOf(provider)) : (specOf(provider) as any),
      uriOf(provider),
      DIALECT,
    );
  registered.add(provider);
  return uriOf(provider);
}
const pointer = (...keys: string[]) =>
  keys.map((k) => encodeURIComponent(k.replace(/~/g, "~0").replace(/\//g, "~1"))).join("/");

// Together's text/event-stream schemas describe each event ({data: chunk} or {data: "[DONE]"});
// the others' describe the event's data.
const ENVELOPE: Record<string, boolean> = { togetherai: true };

/**
 * Where a document and the wire disagree: the exact deviations each fixture is known to show, with
 * the reason. A test fails on any other deviation and on a listed one that went away (then remove it).
 */
const KNOWN: Record<string, { why: string; errors: string[] }> = {
  "togetherai/upload_file.preprocess": {
    why: "both Python SDKs end an upload with POST /files/{id}/preprocess (together-python filemanager.py); the document does not list it",
    errors: ["no post /files/{id}/preprocess"],
  },
  "togetherai/upload_file": {
    why: "the wire's POST /files answers 302 to a presigned URL (providers.md); the document has only POST /files/upload",
    errors: ["no post /files"],
  },
  "ai21/create_chat_completion": {
    why: "untriaged: the document and the recorded wire disagree here (spec defect or fixture to correct)",
    errors: [
      "# /paths/~1studio~1v1~1chat~1completions/post/responses/200/content/application~1json/schema/anyOf",
      "#/choices/0/message/tool_calls /components/schemas/AssistantMessage/properties/tool_calls/type",
      "#/choices/0/logprobs /components/schemas/Logprobs/type",
      "# /paths/~1studio~1v1~1chat~1completions/post/responses/200/content/application~1json/schema/anyOf/1/type",
    ],
  },
  "ai21/create_chat_completion.stream": {
    why: "the document gives no schema for stream chunks, only the whole completion",
    errors: [
      "# /paths/~1studio~1v1~1chat~1completions/post/responses/200/content/application~1json/schema/anyOf",
      "#/choices/0/logprobs /components/schemas/Logprobs/type",
      "#/choices/0/finish_reason /components/schemas/ChatCompletionResponseChoice/properties/finish_reason/type",
      "#/choices/0 /components/schemas/ChatCompletionResponseChoice/required",
      "#/usage /components/schemas/UsageInfo/type",
      "# /paths/~1studio~1v1~1chat~1completions/post/responses/200/content/application~1json/schema/anyOf/1/type",
    ],
  },
  "ai21/create_chat_completion.tools.stream": {
    why: "the document gives no schema for stream chunks, only the whole completion",
    errors: [
      "# /paths/~1studio~1v1~1chat~1completions/post/responses/200/content/application~1json/schema/anyOf",
      "#/choices/0/finish_reason /components/schemas/ChatCompletionResponseChoice/properties/finish_reason/type",
      "#/choices/0 /components/schemas/ChatCompletionResponseChoice/required",
      "#/usage /components/schemas/UsageInfo/type",
      "# /paths/~1studio~1v1~1chat~1completions/post/responses/200/content/application~1json/schema/anyOf/1/type",
    ],
  },
  "cohere/cancel_batch": {
    why: "CancelBatchResponse is not a usable schema in the document",
    errors: ["# unusable schema: Invalid Schema"],
  },
  "cohere/chat.documents.stream": {
    why: "untriaged: the document and the recorded wire disagree here (spec defect or fixture to correct)",
    errors: [
      "# /paths/~1v2~1chat/post/responses/200/content/application~1json/schema/oneOf",
      "# /components/schemas/ChatResponseV2/required",
      "# /components/schemas/StreamedChatResponseV2/oneOf",
      "#/delta/message/content /components/schemas/ChatContentStartEvent/allOf/1/properties/delta/properties/message/properties/content/type",
      "#/delta/message/content /components/schemas/ChatContentDeltaEvent/allOf/1/properties/delta/properties/message/properties/content/type",
      "#/delta/message/tool_calls /components/schemas/ToolCallV2/type",
      "#/delta/message/tool_calls /components/schemas/ChatToolCallDeltaEvent/allOf/1/properties/delta/properties/message/properties/tool_calls/type",
      "# /components/schemas/ChatStreamEvent/required",
    ],
  },
  "cohere/chat.error.stream": {
    why: "untriaged: the document and the recorded wire disagree here (spec defect or fixture to correct)",
    errors: [
      "# /paths/~1v2~1chat/post/responses/200/content/application~1json/schema/oneOf",
      "# /components/schemas/ChatResponseV2/required",
      "# /components/schemas/StreamedChatResponseV2/oneOf",
      "#/delta/message/content /components/schemas/ChatContentStartEvent/allOf/1/properties/delta/properties/message/properties/content/type",
      "#/delta/message/content /components/schemas/ChatContentDeltaEvent/allOf/1/properties/delta/properties/message/properties/content/type",
      "#/delta/message/tool_calls /components/schemas/ToolCallV2/type",
      "#/delta/message/tool_calls /components/schemas/ChatToolCallDeltaEvent/allOf/1/properties/delta/properties/message/properties/tool_calls/type",
      "# /components/schemas/ChatStreamEvent/required",
    ],
  },
  "cohere/chat.stream": {
    why: "untriaged: the document and the recorded wire disagree here (spec defect or fixture to correct)",
    errors: [
      "# /paths/~1v2~1chat/post/responses/200/content/application~1json/schema/oneOf",
      "# /components/schemas/ChatResponseV2/required",
      "# /components/schemas/StreamedChatResponseV2/oneOf",
      "#/delta/message/content /components/schemas/ChatContentStartEvent/allOf/1/properties/delta/properties/message/properties/content/type",
      "#/delta/message/content /components/schemas/ChatContentDeltaEvent/allOf/1/properties/delta/properties/message/properties/content/type",
      "#/delta/message/tool_calls /components/schemas/ToolCallV2/type",
      "#/delta/message/tool_calls /components/schemas/ChatToolCallDeltaEvent/allOf/1/properties/delta/properties/message/properties/tool_calls/type",
      "# /components/schemas/ChatStreamEvent/required",
      "#/logprobs /components/schemas/ChatResponseV2/properties/logprobs/type",
      "#/logprobs /components/schemas/LogprobItem/type",
    ],
  },
  "cohere/chat.tools.stream": {
    why: "untriaged: the document and the recorded wire disagree here (spec defect or fixture to correct)",
    errors: [
      "# /paths/~1v2~1chat/post/responses/200/content/application~1json/schema/oneOf",
      "# /components/schemas/ChatResponseV2/required",
      "# /components/schemas/StreamedChatResponseV2/oneOf",
      "#/delta/message/content /components/schemas/ChatContentStartEvent/allOf/1/properties/delta/properties/message/properties/content/type",
      "#/delta/message/content /components/schemas/ChatContentDeltaEvent/allOf/1/properties/delta/properties/message/properties/content/type",
      "#/delta/message/tool_calls /components/schemas/ToolCallV2/type",
      "#/delta/message/tool_calls /components/schemas/ChatToolCallDeltaEvent/allOf/1/properties/delta/properties/message/properties/tool_calls/type",
      "# /components/schemas/ChatStreamEvent/required",
      "#/delta/message/tool_calls /components/schemas/ToolCallV2/required",
    ],
  },
  "cohere/embed": {
    why: "untriaged: the document and the recorded wire disagree here (spec defect or fixture to correct)",
    errors: ["# /components/schemas/EmbedByTypeResponse/required"],
  },
  "togetherai/cancel_fine_tune": {
    why: "untriaged: the document and the recorded wire disagree here (spec defect or fixture to correct)",
    errors: [
      "#/training_method /components/schemas/FinetuneResponseTruncated/properties/training_method/oneOf",
      "#/training_method/train_on_inputs /components/schemas/TrainingMethodSFT/properties/train_on_inputs/type",
      "#/training_method/method /components/schemas/TrainingMethodDPO/properties/method/enum",
      "#/lr_scheduler/lr_scheduler_args /components/schemas/LRScheduler/properties/lr_scheduler_args/oneOf",
    ],
  },
  "togetherai/create_chat_completion.error.stream": {
    why: "untriaged: the document and the recorded wire disagree here (spec defect or fixture to correct)",
    errors: [
      "# /components/schemas/ChatCompletionStream/oneOf",
      "#/data/choices/0/finish_reason /components/schemas/FinishReason/type",
      "#/data/choices/0/finish_reason /components/schemas/FinishReason/enum",
      "#/data/choices/0/delta/tool_calls /components/schemas/ChatCompletionChunk/properties/choices/items/properties/delta/properties/tool_calls/type",
      "#/data /components/schemas/StreamSentinel/properties/data/type",
      "#/data /components/schemas/StreamSentinel/properties/data/enum",
      "#/data /components/schemas/ChatCompletionChunk/required",
    ],
  },
  "togetherai/create_chat_completion": {
    why: "untriaged: the document and the recorded wire disagree here (spec defect or fixture to correct)",
    errors: ["#/choices/0/logprobs /components/schemas/LogprobsPart/type"],
  },
  "togetherai/create_chat_completion.stream": {
    why: "untriaged: the document and the recorded wire disagree here (spec defect or fixture to correct)",
    errors: [
      "# /components/schemas/ChatCompletionStream/oneOf",
      "#/data/choices/0/finish_reason /components/schemas/FinishReason/type",
      "#/data/choices/0/finish_reason /components/schemas/FinishReason/enum",
      "#/data/choices/0/delta/tool_calls /components/schemas/ChatCompletionChunk/properties/choices/items/properties/delta/properties/tool_calls/type",
      "#/data /components/schemas/StreamSentinel/properties/data/type",
      "#/data /components/schemas/StreamSentinel/properties/data/enum",
    ],
  },
  "togetherai/create_chat_completion.tools.stream": {
    why: "untriaged: the document and the recorded wire disagree here (spec defect or fixture to correct)",
    errors: [
      "# /components/schemas/ChatCompletionStream/oneOf",
      "#/data/choices/0/finish_reason /components/schemas/FinishReason/type",
      "#/data/choices/0/finish_reason /components/schemas/FinishReason/enum",
      "#/data/choices/0/delta/token_id /components/schemas/ChatCompletionChunk/properties/choices/items/properties/delta/properties/token_id/type",
      "#/data /components/schemas/StreamSentinel/properties/data/type",
      "#/data /components/schemas/StreamSentinel/properties/data/enum",
      "#/data/choices/0/delta/tool_calls/0 /components/schemas/ToolChoice/required",
      "#/data/choices/0/delta/tool_calls/0/function /components/schemas/ToolChoice/properties/function/required",
      "#/data/choices/0/delta/tool_calls /components/schemas/ChatCompletionChunk/properties/choices/items/properties/delta/properties/tool_calls/type",
    ],
  },
  "togetherai/create_completion": {
    why: "untriaged: the document and the recorded wire disagree here (spec defect or fixture to correct)",
    errors: ["#/choices/0/logprobs /components/schemas/LogprobsPart/type"],
  },
  "togetherai/create_completion.stream": {
    why: "untriaged: the document and the recorded wire disagree here (spec defect or fixture to correct)",
    errors: [
      "# /components/schemas/CompletionStream/oneOf",
      "#/data /components/schemas/CompletionChunk/required",
      "#/data/choices/0/delta/tool_calls /components/schemas/CompletionChoice/properties/delta/properties/tool_calls/type",
      "#/data /components/schemas/StreamSentinel/properties/data/type",
      "#/data /components/schemas/StreamSentinel/properties/data/enum",
    ],
  },
  "togetherai/create_fine_tune": {
    why: "untriaged: the document and the recorded wire disagree here (spec defect or fixture to correct)",
    errors: [
      "#/training_method /components/schemas/FinetuneResponseTruncated/properties/training_method/oneOf",
      "#/training_method/train_on_inputs /components/schemas/TrainingMethodSFT/properties/train_on_inputs/type",
      "#/training_method/method /components/schemas/TrainingMethodDPO/properties/method/enum",
      "#/lr_scheduler/lr_scheduler_args /components/schemas/LRScheduler/properties/lr_scheduler_args/oneOf",
    ],
  },
  "togetherai/create_transcription": {
    why: "untriaged: the document and the recorded wire disagree here (spec defect or fixture to correct)",
    errors: ["# /components/schemas/AudioTranscriptionResponse/oneOf"],
  },
  "togetherai/create_translation": {
    why: "untriaged: the document and the recorded wire disagree here (spec defect or fixture to correct)",
    errors: ["# /components/schemas/AudioTranslationResponse/oneOf"],
  },
  "togetherai/get_evaluation": {
    why: "untriaged: the document and the recorded wire disagree here (spec defect or fixture to correct)",
    errors: ["#/results /components/schemas/EvaluationJob/properties/results/oneOf"],
  },
  "togetherai/get_evaluation_status": {
    why: "untriaged: the document and the recorded wire disagree here (spec defect or fixture to correct)",
    errors: [
      "#/results /paths/~1evaluation~1%7Bid%7D~1status/get/responses/200/content/application~1json/schema/properties/results/oneOf",
    ],
  },
  "togetherai/get_fine_tune": {
    why: "untriaged: the document and the recorded wire disagree here (spec defect or fixture to correct)",
    errors: [
      "#/lr_scheduler/lr_scheduler_args /components/schemas/LRScheduler/properties/lr_scheduler_args/oneOf",
      "#/training_method /components/schemas/FinetuneResponse/properties/training_method/oneOf",
      "#/training_method/train_on_inputs /components/schemas/TrainingMethodSFT/properties/train_on_inputs/type",
      "#/training_method/method /components/schemas/TrainingMethodDPO/properties/method/enum",
    ],
  },
  "togetherai/list_evaluations": {
    why: "untriaged: the document and the recorded wire disagree here (spec defect or fixture to correct)",
    errors: [
      "#/0/results /components/schemas/EvaluationJob/properties/results/oneOf",
      "#/1/results /components/schemas/EvaluationJob/properties/results/oneOf",
      "#/1/results /components/schemas/EvaluationClassifyResults/type",
      "#/1/results /components/schemas/EvaluationScoreResults/type",
      "#/1/results /components/schemas/EvaluationCompareResults/type",
      "#/1/results /components/schemas/EvaluationJob/properties/results/oneOf/3/type",
    ],
  },
  "togetherai/list_fine_tunes": {
    why: "untriaged: the document and the recorded wire disagree here (spec defect or fixture to correct)",
    errors: [
      "#/data/0/training_method /components/schemas/FinetuneResponseTruncated/properties/training_method/oneOf",
      "#/data/0/training_method/train_on_inputs /components/schemas/TrainingMethodSFT/properties/train_on_inputs/type",
      "#/data/0/training_method/method /components/schemas/TrainingMethodDPO/properties/method/enum",
      "#/data/0/lr_scheduler/lr_scheduler_args /components/schemas/LRScheduler/properties/lr_scheduler_args/oneOf",
      "#/data/1/training_method /components/schemas/FinetuneResponseTruncated/properties/training_method/oneOf",
      "#/data/1/training_method/train_on_inputs /components/schemas/TrainingMethodSFT/properties/train_on_inputs/type",
      "#/data/1/training_method/method /components/schemas/TrainingMethodDPO/properties/method/enum",
      "#/data/1/lr_scheduler/lr_scheduler_args /components/schemas/LRScheduler/properties/lr_scheduler_args/oneOf",
    ],
  },
};

const fixtures = specsPresent
  ? Object.keys(SOURCES).flatMap((provider) => loadFixtures(provider).map((f) => ({ provider, ...f })))
  : [];

describe.skipIf(!specsPresent)("fixtures against the providers' response schemas", () => {
  test.each(fixtures.map((f) => [`${f.provider}/${f.name}`, f] as const))("%s", async (_, fixture) => {
    const { provider, request, response } = fixture;
    const method = (request.method ?? "POST").toLowerCase();
    const found = findOperation(specOf(provider), method, SOURCES[provider]!.prefix + request.path);
    const status = String(response.status ?? 200);
    const answer = found?.op.responses?.[status] ?? found?.op.responses?.default;
    const errors: string[] = !found ? [`no ${method} ${request.path}`] : answer ? [] : [`no ${status} response`];
    // Cohere and AI21 give a stream's events under application/json, beside the whole answer.
    const media = response.events && answer?.content?.["text/event-stream"] ? "text/event-stream" : "application/json";
    const instances = response.events
      ? ENVELOPE[provider]
        ? response.events
        : response.events.map((e) => e.data).filter((d) => typeof d === "object")
      : response.json === undefined
        ? []
        : [response.json];
    for (const instance of answer ? instances : []) {
      const uri = `${documentUri(provider)}#/${pointer("paths", found!.path, method, "responses", answer === found!.op.responses?.[status] ? status : "default", "content", media, "schema")}`;
      const out: any = await validate(uri, instance as any, BASIC).catch((e) => ({
        valid: false,
        errors: [{ instanceLocation: "#", absoluteKeywordLocation: `#unusable schema: ${e.message}` }],
      }));
      if (!out.valid)
        errors.push(
          ...out.errors.map((e: any) => `${e.instanceLocation} ${e.absoluteKeywordLocation.replace(/^.*#/, "")}`),
        );
    }
    expect([...new Set(errors)]).toEqual(KNOWN[`${provider}/${fixture.name}`]?.errors ?? []);
  });
});
