//native
//fetch_response_timeout 0
// Embed texts, images or mixed text-and-image inputs with an Embed model. https://docs.cohere.com/reference/embed
import { dropBlanks } from "../core/blanks.ts";
import { InputError } from "../core/errors.ts";
import { path } from "../core/http.ts";
import { target } from "../core/providers.ts";
import { postJson } from "../core/rest.ts";
import { array, integer, object, oneOf, refine, type Rule, string, validate } from "../core/validate.ts";

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
    // 256, 512, 1024 or 1536: the parser cannot make a form enum of numbers, so the rule checks it.
    output_dimension?: number;
    embedding_types?: ("float" | "int8" | "uint8" | "binary" | "ubinary" | "base64")[];
    truncate?: "NONE" | "START" | "END";
    priority?: number;
  },
  options?: { max_retries?: number; timeout_seconds?: number },
) {
  const t = target("cohere", auth, options);
  const json = validate(dropBlanks(body), rules);
  // Stateless inference: safe to repeat after any failure.
  return postJson(t, path`/v2/embed`, json, options, true);
}

const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

// Spec: data URIs of JPEG, PNG, WebP or GIF; Embed v4 takes any number of them up to 20 MB in all
// (v3 takes one), so the count is left to the model and the combined size is checked.
const images: Rule = (v, p) => {
  array(
    string({
      pattern: /^data:image\/(jpeg|png|webp|gif);base64,/,
      patternName: "a data URI of a JPEG, PNG, WebP or GIF image (data:image/png;base64,...)",
    }),
    { min: 1 },
  )(v, p);
  const bytes = (v as string[]).reduce(
    (sum, uri) => sum + Math.floor(((uri.length - uri.indexOf(",") - 1) * 3) / 4),
    0,
  );
  if (bytes > MAX_IMAGE_BYTES)
    throw new InputError(p, `must hold at most 20 MB of images in all (got ${(bytes / 1048576).toFixed(1)} MB)`);
};

const content = refine(
  object(
    {
      type: oneOf("text", "image_url"),
      text: string(),
      image_url: object({ url: string({ nonEmpty: true }) }, ["url"]),
    },
    ["type"],
  ),
  (c) =>
    c.type === "text" && typeof c.text !== "string"
      ? ["text", "is required for a text part"]
      : c.type === "image_url" && !c.image_url
        ? ["image_url", "is required for an image_url part"]
        : undefined,
);

const rules = refine(
  object(
    {
      model: string({ nonEmpty: true }),
      input_type: oneOf("search_document", "search_query", "classification", "clustering", "image"),
      // Spec: at most 96 texts, and 96 inputs, per call.
      texts: array(string(), { min: 1, max: 96 }),
      images,
      inputs: array(object({ content: array(content, { min: 1 }) }, ["content"]), { min: 1, max: 96 }),
      max_tokens: integer({ min: 1 }),
      output_dimension: oneOf(256, 512, 1024, 1536),
      embedding_types: array(oneOf("float", "int8", "uint8", "binary", "ubinary", "base64"), { min: 1 }),
      truncate: oneOf("NONE", "START", "END"),
      priority: integer({ min: 0, max: 999 }),
    },
    ["model", "input_type"],
  ),
  // One kind per call: the response has one embedding per item of that list.
  (b) => {
    const given = ["texts", "images", "inputs"].filter((k) => b[k] != null);
    return given.length === 0
      ? ["", "needs one of texts, images or inputs"]
      : given.length > 1
        ? ["", `takes only one of texts, images or inputs (got ${given.join(" and ")})`]
        : undefined;
  },
);
