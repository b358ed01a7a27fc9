//native
//fetch_response_timeout 0
// Generate images from a prompt with a Together image model (FLUX and others), shown in Windmill. https://docs.together.ai/reference/post-images-generations
import { tooLarge } from "../core/binary_reply.ts";
import { ProviderError } from "../core/errors.ts";
import { decodedSize } from "../core/files.ts";
import { path, readJson, request, type Reply as Answer, type Target } from "../core/http.ts";
import { RESULT_CAPS } from "../core/limits.ts";
import { imageResult, renderAll } from "../core/rich_result.ts";
import { atLeast, defineContract, free, int, nonEmpty } from "../core/contract.ts";
import { shape } from "./shapes/create_image.ts";

type Togetherai = { api_key: string; base_url?: string };
type Image = { index: number; type: string; b64_json?: string; url?: string };
type Reply = { id: string; model: string; object: string; data: Image[] };

export async function main(
  auth: Togetherai,
  body: {
    model: string;
    prompt: string;
    negative_prompt?: string;
    n?: number;
    width?: number;
    height?: number;
    steps?: number;
    guidance_scale?: number;
    seed?: number;
    response_format?: "base64" | "url";
    output_format?: "jpeg" | "png";
    image_url?: string;
    reference_images?: string[];
    image_loras?: { path: string; scale: number }[];
    disable_safety_checker?: boolean;
  },
  options?: { max_retries?: number; timeout_seconds?: number; extra_body?: object },
) {
  const { target: t, body: json, options: checked } = contract.parse(auth, body, options);
  options = checked; // the checked copy from here on: bounds checked, form leftovers dropped
  // Each call generates (and bills) new images: not idempotent, so retried only when Together refused it (408/429/503).
  const reply = await request(t, { method: "POST", path: path`/images/generations`, json }, options, (r) =>
    readImages(t, r),
  );
  return render(reply, json.output_format ?? "jpeg");
}

// The images arrive as base64 inside the JSON: its text, the parsed strings and the serialised result all
// sit on the 128 MiB heap, so the reply is capped (f/core/limits.ts), from Content-Length when announced.
const CAP = RESULT_CAPS["togetherai/create_image"];
const BINARY = new Set(["b64_json"]);
async function readImages(t: Target, r: Answer): Promise<Reply> {
  // The base64 of CAP bytes, and room for the JSON around it.
  const maxBytes = Math.ceil(CAP / 3) * 4 + 64 * 1024;
  const fail = (announced?: number) => tooLarge(t, r, announced && Math.floor((announced * 3) / 4), CAP);
  const reply = await readJson<Reply | null>(r, { maxBytes, tooLarge: fail, binary: BINARY });
  const status = r.response.status;
  if (!Array.isArray(reply?.data)) {
    const message = `answered ${status} without a list of images (got ${JSON.stringify(reply).slice(0, 100)})`;
    throw new ProviderError({ provider: t.provider, status, message, requestId: r.requestId, retryable: false });
  }
  const size = reply.data.reduce((n, d) => n + (typeof d?.b64_json === "string" ? decodedSize(d.b64_json) : 0), 0);
  if (size > CAP) throw tooLarge(t, r, size, CAP);
  return reply;
}

// The images leave as Windmill draws them (f/core/rich_result.ts), the rest of the reply beside them.
// One image: {wm_renderer, jpeg|png: {content, ...}, id, model, object, data: [{index, type}]}.
// Several: {render_all: [one such result per image]}. URLs: the reply unchanged, plus a markdown view.
function render(reply: Reply, requested: string) {
  const { data = [], ...head } = reply;
  const images = data.filter((d) => typeof d.b64_json === "string");
  if (images.length === 0) {
    const markdown = data
      .filter((d) => d.url)
      .map((d) => `![image ${d.index}](${d.url})`)
      .join("\n\n");
    return markdown ? { wm_renderer: "markdown", markdown, ...reply } : reply;
  }
  const one = ({ b64_json, ...rest }: Image, meta: object) => {
    const format = sniff(b64_json!) ?? requested;
    return imageResult(b64_json!, {
      filename: `${reply.id ?? "image"}-${rest.index ?? 0}.${format === "jpeg" ? "jpg" : format}`,
      contentType: `image/${format}`,
      meta: { ...head, ...meta },
    });
  };
  if (images.length === 1) return one(images[0], { data: data.map(({ b64_json: _, ...rest }) => rest) });
  return renderAll(images.map((img) => one(img, { index: img.index, type: img.type })));
}

// The bytes say what they are; output_format is only a request some models may not honour.
function sniff(b64: string): string | undefined {
  return b64.startsWith("/9j/")
    ? "jpeg"
    : b64.startsWith("iVBORw0KGgo")
      ? "png"
      : b64.startsWith("UklGR")
        ? "webp"
        : undefined;
}

// n, width, height and steps: the spec sets no minimum and the SDK's test sends 0 for each, so only
// negatives are refused.
export const contract = defineContract(shape, {
  sends: "json",
  rules: {
    model: nonEmpty,
    prompt: nonEmpty,
    negative_prompt: free,
    n: int(0),
    width: int(0),
    height: int(0),
    steps: int(0),
    guidance_scale: atLeast(0),
    seed: int(),
    response_format: free,
    output_format: free,
    image_url: nonEmpty,
    reference_images: free,
    "reference_images[]": nonEmpty,
    image_loras: free,
    "image_loras[].path": nonEmpty,
    "image_loras[].scale": free,
    disable_safety_checker: free,
  },
});
