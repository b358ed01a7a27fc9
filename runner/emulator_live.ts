// The operations the emulator answers from the request rather than from a recorded fixture, beyond
// chat: Cohere embed and rerank, Together's file upload and batches. Each returns undefined when the
// request is not one it knows (a file id it did not make, say), and the fixtures answer instead.
import { storageUpload, togetherBatches } from "./emulator_batches.ts";
import { cohereEmbed, cohereRerank } from "./emulator_search.ts";
import type { ProviderId } from "./providers.ts";

export { storageUpload };

export async function answerLive(
  provider: ProviderId,
  request: Request,
  path: string,
  body: unknown,
  origin: string,
): Promise<Response | undefined> {
  const post = request.method === "POST";
  if (provider === "cohere" && post && path === "/v2/embed") return cohereEmbed(body as object);
  if (provider === "cohere" && post && path === "/v2/rerank") return cohereRerank(body as object);
  if (provider === "togetherai") return togetherBatches(request, path, body, origin);
  return undefined;
}
