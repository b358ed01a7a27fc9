// Every fixture is shaped like the real wire: its body (or each streamed event) validates against the
// response schema its provider's OpenAPI document gives for that operation and status. Validated in
// place by @hyperjump/json-schema's OpenAPI 3.1 dialect; Together's 3.0-style `nullable` goes through
// the OpenAPI-to-JSON-Schema converter first. Where a document is wrong about the wire, the defect is
// named below and patched in memory (the documents stay in ../shared). Skipped where ../shared is absent.
import { describe, expect, test } from "bun:test";
import { BASIC } from "@hyperjump/json-schema/experimental";
import { registerSchema, validate } from "@hyperjump/json-schema/openapi-3-1";
import { fromSchema } from "@openapi-contrib/openapi-schema-to-json-schema";
import { loadFixtures } from "../../fixtures/index.ts";
import { findOperation, SOURCES, SPECS_DIR, specOf, specsPresent } from "./openapi.ts";

if (!specsPresent) console.warn(`fixture schemas skipped: ${SPECS_DIR} is absent (it sits beside the project in CI)`);

type Node = Record<string, any>;
const refPath = (ref: string) =>
  ref
    .slice(2)
    .split("/")
    .map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
const pointer = (keys: string[]) =>
  keys.map((k) => encodeURIComponent(k.replace(/~/g, "~0").replace(/\//g, "~1"))).join("/");
const nullable = (node: Node) => ({ anyOf: [node, { type: "null" }] });

/** Each is a fault of a provider's document against the wire, with the fix applied before validating. */
const DEFECTS: { provider: string; at: string; why: string; fix: (node: Node) => Node }[] = [
  ...["/components/schemas/LogprobsPart", "/components/schemas/FinishReason"].map((at) => ({
    provider: "togetherai",
    at,
    why: "the wire sends null where a choice has no logprobs or, before the last chunk, no finish_reason",
    fix: nullable,
  })),
  ...["tool_calls", "token_id"].map((field) => ({
    provider: "togetherai",
    at: `/components/schemas/ChatCompletionChunk/properties/choices/items/properties/delta/properties/${field}`,
    why: "stream deltas carry null for what they do not carry (providers.md: OpenAI-style chunks)",
    fix: nullable,
  })),
  {
    provider: "togetherai",
    at: "/components/schemas/CompletionChoice/properties/delta/properties/tool_calls",
    why: "stream deltas carry null for what they do not carry",
    fix: nullable,
  },
  {
    provider: "togetherai",
    at: "/components/schemas/ChatCompletionChunk/properties/choices/items/properties/delta/properties/tool_calls",
    why: "streamed tool calls are fragments keyed by index (providers.md), not whole ToolChoice objects",
    fix: (node) => ({
      anyOf: [{ type: "array", items: { type: "object", required: ["index"] } }, ...node.anyOf.slice(1)],
    }),
  },
  {
    provider: "togetherai",
    at: "/components/schemas/CompletionChunk/required",
    why: "a /completions chunk carries its text and finish_reason per choice; there is no top-level token or finish_reason",
    fix: (required) => (required as unknown as string[]).filter((k) => k !== "token" && k !== "finish_reason") as any,
  },
  {
    provider: "togetherai",
    at: "/components/schemas/ChatCompletionStream/oneOf",
    why: 'a mid-stream {"error": ...} event (providers.md) is not among the stream\'s events',
    fix: (branches) =>
      [
        ...(branches as unknown as Node[]),
        { type: "object", required: ["data"], properties: { data: { $ref: "#/components/schemas/ErrorData" } } },
      ] as any,
  },
  {
    provider: "togetherai",
    at: "/components/schemas/TrainingMethodSFT/properties/train_on_inputs",
    why: 'a `type: boolean` beside its oneOf of boolean or "auto" refuses "auto", the default the API returns',
    fix: ({ type: _, ...rest }) => rest,
  },
  {
    provider: "togetherai",
    at: "/components/schemas/LRScheduler/properties/lr_scheduler_args",
    why: "its oneOf branches overlap (cosine arguments also satisfy linear), so no cosine scheduler passes a oneOf",
    fix: ({ oneOf, ...rest }) => ({ ...rest, anyOf: oneOf }),
  },
  ...[
    "/components/schemas/EvaluationJob/properties/results",
    "/paths/~1evaluation~1{id}~1status/get/responses/200/content/application~1json/schema/properties/results",
  ].map((at) => ({
    provider: "togetherai",
    at,
    why: "its oneOf overlaps (the {error} branch matches any object) and its nullable has no type to apply to",
    fix: ({ oneOf, nullable: _, ...rest }: Node) => ({ ...rest, anyOf: [...oneOf, { type: "null" }] }),
  })),
  {
    provider: "ai21",
    at: "/components/schemas/ChatCompletionResponseDeltaChoice/properties/delta",
    why: "the closing chunk of a tool-call stream carries only finish_reason, with an empty delta no variant allows",
    fix: (node) => ({ anyOf: [node, { type: "object", maxProperties: 0 }] }),
  },
  {
    provider: "cohere",
    at: "/components/schemas/EmbedByTypeResponse/required",
    why: "the v2 wire puts api_version inside meta; there is no top-level api_version",
    fix: (required) => (required as unknown as string[]).filter((k) => k !== "api_version") as any,
  },
  {
    provider: "cohere",
    at: "/components/schemas/TruncationStrategy",
    why: "its oneOf is empty, which no JSON Schema allows: the whole document fails the dialect's meta-schema",
    fix: ({ oneOf: _, ...rest }) => rest,
  },
];

/** Calls `visit` on a schema and every schema inside it (bottom up), not on data that merely looks like one. */
function eachSchema(node: any, visit: (schema: Node) => void): void {
  if (!node || typeof node !== "object" || Array.isArray(node)) return;
  for (const key of ["properties", "patternProperties", "$defs", "definitions"])
    for (const sub of Object.values(node[key] ?? {})) eachSchema(sub, visit);
  for (const key of ["allOf", "anyOf", "oneOf", "prefixItems"])
    for (const sub of node[key] ?? []) eachSchema(sub, visit);
  for (const key of ["items", "additionalProperties", "not", "if", "then", "else", "contains"])
    eachSchema(node[key], visit);
  visit(node);
}

/** AI21's server is pydantic: an optional field it has no value for is sent as null, which its exported
 *  schemas leave out. Every optional property of an AI21 schema also takes null. */
function optionalNulls(node: Node): void {
  if (!node.properties || typeof node.properties !== "object") return;
  const required = new Set(Array.isArray(node.required) ? node.required : []);
  for (const [k, v] of Object.entries<any>(node.properties)) if (!required.has(k)) node.properties[k] = nullable(v);
}

/** Where the document declares no schema for a stream's events, the one that describes them. */
const EVENT_SCHEMA: Record<string, { ref: string; why: string }> = {
  "ai21 /chat/completions": {
    ref: "#/components/schemas/ChatCompletionVllmStreamingMessage",
    why: "the response declares a JSON array of these messages; the wire sends each as an SSE event (providers.md)",
  },
};

/** OpenAPI's discriminator (with a mapping) picks one branch by a property's value. The 3.1 dialect reads it
 *  as an annotation and validates the plain oneOf, which fails wherever branches overlap: say it as if/then. */
function discriminated(node: Node): void {
  const d = node.discriminator;
  const key = node.oneOf ? "oneOf" : node.anyOf ? "anyOf" : undefined;
  if (!d?.mapping || !key || node.if) return;
  const tags = Object.keys(d.mapping);
  const tagged = { required: [d.propertyName], properties: { [d.propertyName]: { enum: tags } } };
  const pick = tags.map((tag) => ({
    if: { properties: { [d.propertyName]: { const: tag } } },
    then: { $ref: d.mapping[tag] },
  }));
  Object.assign(node, { if: tagged, then: { allOf: pick }, else: { [key]: node[key] } });
  delete node[key];
}

function prepared(provider: string): any {
  let doc = structuredClone(specOf(provider)) as any;
  if (provider === "togetherai") doc = withNullTypes(doc);
  const schemas = () => [
    ...Object.values<any>(doc.components?.schemas ?? {}),
    ...Object.values<any>(doc.paths).flatMap((item) =>
      Object.values<any>(item).flatMap((op) =>
        Object.values<any>(op?.responses ?? {}).flatMap((r) =>
          Object.values<any>(r?.content ?? {}).map((m) => m?.schema),
        ),
      ),
    ),
  ];
  if (provider === "ai21") for (const schema of schemas()) eachSchema(schema, optionalNulls);
  for (const defect of DEFECTS.filter((d) => d.provider === provider)) {
    const keys = refPath(`#${defect.at}`);
    const parent = keys.slice(0, -1).reduce((n, k) => n?.[k], doc);
    const last = keys.at(-1)!;
    if (parent?.[last] === undefined)
      throw new Error(`${provider} ${defect.at}: no such node (a defect fixed upstream?)`);
    parent[last] = defect.fix(parent[last]);
  }
  for (const schema of schemas()) eachSchema(schema, discriminated);
  return doc;
}

// Together's document declares OpenAPI 3.1.0 but writes 3.0's `nullable` (43 times): converted to null types.
function withNullTypes(spec: any): any {
  const convert = (schema: any) => {
    const options = {
      cloneSchema: true,
      strictMode: false,
      keepNotSupported: ["discriminator", "readOnly", "writeOnly", "example", "deprecated", "xml", "externalDocs"],
    };
    const { $schema: _, ...out } = fromSchema(schema, options as any) as any;
    return out;
  };
  const schemas = Object.fromEntries(
    Object.entries<any>(spec.components?.schemas ?? {}).map(([k, v]) => [k, convert(v)]),
  );
  for (const item of Object.values<any>(spec.paths))
    for (const op of Object.values<any>(item))
      for (const answer of Object.values<any>(op?.responses ?? {}))
        for (const media of Object.values<any>(answer?.content ?? {}))
          if (media?.schema) media.schema = convert(media.schema);
  return { ...spec, components: { ...spec.components, schemas } };
}

const docs: Record<string, any> = {};
const uriOf = (provider: string) => `https://specs.invalid/${provider}.openapi.json`;
function docOf(provider: string): any {
  if (!docs[provider]) {
    docs[provider] = prepared(provider);
    registerSchema(docs[provider], uriOf(provider), "https://spec.openapis.org/oas/3.1/schema-base");
  }
  return docs[provider];
}

/** Where `instance` breaks the schema at `at`; for a failing oneOf or anyOf, only the errors of the branch it
 *  comes closest to (the one failing deepest, then fewest times), since the other branches' are noise. */
async function errorsAt(provider: string, at: string[], instance: unknown, depth = 0): Promise<string[]> {
  let node: any = at.reduce((n, k) => n?.[k], docOf(provider));
  while (node?.$ref)
    [at, node] = [refPath(node.$ref), refPath(node.$ref).reduce((n: any, k) => n?.[k], docs[provider])];
  const out: any = await validate(`${uriOf(provider)}#/${pointer(at)}`, instance as any, BASIC);
  if (out.valid) return [];
  const branches: any[] = node?.oneOf ?? node?.anyOf ?? [];
  if (depth < 4 && branches.length > 0 && branches.every((b) => b?.$ref)) {
    const each = await Promise.all(branches.map((b) => errorsAt(provider, refPath(b.$ref), instance, depth + 1)));
    const deepest = (errors: string[]) => Math.min(...errors.map((e) => e.split(" ")[0]!.split("/").length));
    return each.sort((a, b) => deepest(b) - deepest(a) || a.length - b.length)[0]!;
  }
  return [
    ...new Set<string>(
      out.errors.map((e: any) => `${e.instanceLocation} ${e.absoluteKeywordLocation.replace(/^.*#/, "")}`),
    ),
  ];
}

// Together's text/event-stream schemas describe each event ({data: chunk} or {data: "[DONE]"});
// the others describe an event's data.
const ENVELOPE = new Set(["togetherai"]);

/** What the documents leave out altogether: the fixture's deviation is stated exactly, with the reason. */
const KNOWN: Record<string, { why: string; errors: string[] }> = {
  "togetherai/upload_file.preprocess": {
    why: "both Python SDKs end an upload with POST /files/{id}/preprocess (together-python filemanager.py); the document does not list it",
    errors: ["no post /files/{id}/preprocess"],
  },
  "togetherai/upload_file": {
    why: "the wire's POST /files answers 302 to a presigned URL (providers.md); the document has only POST /files/upload",
    errors: ["no post /files"],
  },
};

const fixtures = specsPresent
  ? Object.keys(SOURCES).flatMap((provider) => loadFixtures(provider).map((f) => ({ provider, ...f })))
  : [];

describe.skipIf(!specsPresent)("fixtures against the providers' response schemas", () => {
  test("every named defect still names a node of its document", () => {
    for (const provider of Object.keys(SOURCES)) expect(() => docOf(provider)).not.toThrow();
  });

  test.each(fixtures.map((f) => [`${f.provider}/${f.name}`, f] as const))("%s", async (_, fixture) => {
    const { provider, request, response } = fixture;
    const method = (request.method ?? "POST").toLowerCase();
    const found = findOperation(specOf(provider), method, SOURCES[provider]!.prefix + request.path);
    const status = String(response.status ?? 200);
    const key = found?.op.responses?.[status] ? status : "default";
    const answer = found?.op.responses?.[key];
    const errors: string[] = !found ? [`no ${method} ${request.path}`] : answer ? [] : [`no ${status} response`];
    // Cohere and AI21 give a stream's events under application/json, beside the whole answer.
    const media = response.events && answer?.content?.["text/event-stream"] ? "text/event-stream" : "application/json";
    let at = ["paths", found?.path ?? "", method, "responses", key, "content", media, "schema"];
    const override = EVENT_SCHEMA[`${provider} ${request.path}`];
    if (response.events && override) at = refPath(override.ref);
    const instances = response.events
      ? ENVELOPE.has(provider)
        ? response.events
        : response.events.map((e) => e.data).filter((d) => typeof d === "object")
      : response.json === undefined
        ? []
        : [response.json];
    for (const instance of answer ? instances : []) errors.push(...(await errorsAt(provider, at, instance)));
    expect([...new Set(errors)]).toEqual(KNOWN[`${provider}/${fixture.name}`]?.errors ?? []);
  });
});
