// Error bodies shaped like each provider's, so scripts' error handling is exercised offline
// exactly as against the real APIs (see docs providers.md, "Errors and rate limits").
import type { ProviderId } from "./providers.ts";

export function errorResponse(
  provider: ProviderId,
  status: number,
  message: string,
  detail?: { param?: string; code?: string },
): Response {
  const id = crypto.randomUUID();
  let body: unknown;
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (provider === "ai21") {
    // AI21 (FastAPI): 422 lists validation problems, everything else is a plain string
    body =
      status === 422
        ? { detail: [{ loc: ["body", detail?.param ?? "body"], msg: message, type: "value_error" }] }
        : { detail: message };
  } else if (provider === "togetherai") {
    const type = status === 401 ? "authentication_error" : status === 404 ? "not_found" : "invalid_request_error";
    body = { error: { message, type, param: detail?.param ?? null, code: detail?.code ?? null } };
    headers["x-request-id"] = id;
  } else {
    body = { id, message };
    headers["x-debug-trace-id"] = id;
  }
  return new Response(JSON.stringify(body), { status, headers });
}
