//native
//fetch_response_timeout 0
// Embed texts, images or mixed text-and-image inputs with an Embed model. https://docs.cohere.com/reference/embed
import {
  and,
  check,
  checks,
  defineContract,
  free,
  int,
  keepEmpty,
  length,
  matches,
  nonEmpty,
} from "../core/contract.ts";
import { path } from "../core/http.ts";
import { postJson } from "../core/rest.ts";
import { shape } from "./shapes/embed.ts";

type Cohere = { apiKey: string; baseUrl?: string };

export async function main(
  auth: Cohere,
  body: {
    model: string;
    input_type: "search_document" | "search_query" | "classification" | "clustering" | "image";
    texts?: string[];
    images?: string[];
    inputs?: { content: { type: "text" | "image_url"; text?: string; image_url?: { url: string } }[] }[];
    max_tokens?: number;
    // 256, 512, 1024 or 1536: the parser cannot make a form enum of numbers, so a check states it.
    output_dimension?: number;
    embedding_types?: ("float" | "int8" | "uint8" | "binary" | "ubinary" | "base64")[];
    truncate?: "NONE" | "START" | "END";
    priority?: number;
  },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: json, options: o } = contract.parse(auth, body, options);
  // Stateless inference: safe to repeat after any failure.
  return postJson(t, path`/v2/embed`, json, o, true);
}

const KINDS = ["texts", "images", "inputs"];
const DIMENSIONS = [256, 512, 1024, 1536];
const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
const imageBytes = (uris: string[]) =>
  uris.reduce((sum, uri) => sum + Math.floor(((uri.length - uri.indexOf(",") - 1) * 3) / 4), 0);

// One kind per call: the response has one embedding per item of that list. None at all is left to
// Cohere: its SDK's wire tests send just model and input_type, and the spec requires nothing more.
const oneKindOfInput = check(
  "",
  (b) => `takes only one of texts, images or inputs (got ${KINDS.filter((k) => b[k] !== undefined).join(" and ")})`,
  (b) => KINDS.filter((k) => b[k] !== undefined).length > 1,
);
// Spec: Embed v4 takes any number of images up to 20 MB in all (v3 takes one), so the count is left
// to the model and the combined size is checked.
const imagesFit = check(
  "images",
  (b) => `must hold at most 20 MB of images in all (got ${(imageBytes(b.images) / 1048576).toFixed(1)} MB)`,
  (b) => b.images !== undefined && imageBytes(b.images) > MAX_IMAGE_BYTES,
);
const dimensionOffered = check(
  "output_dimension",
  (b) => `must be one of ${DIMENSIONS.join(", ")} (got ${b.output_dimension})`,
  (b) => b.output_dimension !== undefined && !DIMENSIONS.includes(b.output_dimension),
);
const partHasItsField = check(
  (c) => c.type,
  (c) => `is required for ${c.type === "text" ? "a text" : "an image_url"} part`,
  (c) => c[c.type] === undefined,
);

export const contract = defineContract(shape, {
  sends: "json",
  rules: {
    $: checks(oneKindOfInput, imagesFit, dimensionOffered),
    model: nonEmpty,
    input_type: free,
    // Spec: at most 96 texts, and 96 inputs, per call. An emptied text keeps its place: the
    // embeddings come back in the order of the texts.
    texts: length(0, 96),
    "texts[]": keepEmpty,
    images: free,
    // Spec: data URIs of JPEG, PNG, WebP or GIF.
    "images[]": and(
      keepEmpty,
      matches(
        /^data:image\/(jpeg|png|webp|gif);base64,/,
        "a data URI of a JPEG, PNG, WebP or GIF image (data:image/png;base64,...)",
      ),
    ),
    inputs: length(0, 96),
    "inputs[].content": free,
    "inputs[].content[]": checks(partHasItsField),
    "inputs[].content[].type": free,
    "inputs[].content[].text": free,
    "inputs[].content[].image_url": free,
    "inputs[].content[].image_url.url": nonEmpty,
    max_tokens: int(1),
    output_dimension: int(),
    embedding_types: free,
    truncate: free,
    priority: int(0, 999),
  },
});
