// Fetches a resource from a Windmill workspace with the official client, as a worker would.
// windmill-client reads its API base from BASE_INTERNAL_URL (set inside workers) or
// BASE_URL; WM_BASE_URL is the public URL users know, so we pass the base explicitly.
// Its getResource turns every failure into "Resource not found … not visible to you: <body>"
// (`undefined` for a dead host, `[object Object]` for a JSON body), so we call the same API
// (ResourceService) and say which host was tried, what it answered and what to check.
import { ApiError, ResourceService, setClient } from "windmill-client";
import { failureReason } from "../f/core/no_response.ts";
import { UsageError } from "./errors.ts";

type Env = Record<string, string | undefined>;
type Settings = { base: string; token: string; workspace: string };

export function windmillSettings(env: Env): Settings | undefined {
  const base = env.BASE_INTERNAL_URL ?? env.WM_BASE_URL;
  const token = env.WM_TOKEN;
  const workspace = env.WM_WORKSPACE;
  if (!base || !token || !workspace) return undefined;
  return { base: base.replace(/\/+$/, ""), token, workspace };
}

export async function fetchWindmillResource(path: string, env: Env): Promise<unknown> {
  const settings = windmillSettings(env);
  if (!settings) {
    const missing = ["WM_BASE_URL", "WM_TOKEN", "WM_WORKSPACE"].filter((name) =>
      name === "WM_BASE_URL" ? !(env.WM_BASE_URL ?? env.BASE_INTERNAL_URL) : !env[name],
    );
    throw new UsageError(
      `--resource ${path} is a Windmill path, which needs ${missing.join(", ")} set ` +
        `(or use --resource @file.json)`,
    );
  }
  const baseName = env.BASE_INTERNAL_URL ? "BASE_INTERNAL_URL" : "WM_BASE_URL";
  if (!/^https?:\/\/[^/]/i.test(settings.base)) {
    throw new UsageError(`${baseName} must be your Windmill instance's http(s) URL, e.g. https://app.windmill.dev`);
  }
  setClient(settings.token, settings.base);
  let value: unknown;
  try {
    value = await ResourceService.getResourceValueInterpolated({ workspace: settings.workspace, path });
  } catch (error) {
    // WM_TOKEN is among the printer's secrets (run.ts), should the server echo it
    throw new UsageError(explain(error, path, settings, baseName));
  }
  if (!value || typeof value !== "object") {
    throw new UsageError(`Windmill resource ${path} in workspace ${settings.workspace} is empty or not an object`);
  }
  return value;
}

/** "Windmill at <base> answered 401 Unauthorized for …: <its words>. Check …" */
function explain(error: unknown, path: string, s: Settings, baseName: string): string {
  const what = `resource ${path} in workspace ${s.workspace}`;
  if (!(error instanceof ApiError)) {
    return `could not reach Windmill at ${s.base} for ${what}: ${failureReason(error)}. Check ${baseName} (your instance's URL, e.g. https://app.windmill.dev) and the network`;
  }
  const said = bodyText(error.body);
  const head = `Windmill at ${s.base} answered ${error.status} ${error.statusText}`.trim();
  const check =
    error.status === 401
      ? "Check WM_TOKEN: a token from your Windmill account settings, not expired"
      : error.status === 403
        ? `Check that the token's user may read ${path} (its folder or the resource's permissions)`
        : error.status === 404 && said === HTML
          ? `Check ${baseName}: it should be your Windmill instance's URL, without /api`
          : error.status === 404
            ? `Check the path (f/<folder>/<name> or u/<user>/<name>) and WM_WORKSPACE (the workspace id, not its display name)`
            : `Check ${baseName} and that the instance is up`;
  return `${head} for ${what}${said ? `: ${said}` : ""}. ${check}`;
}

const HTML = "an HTML page (not Windmill's API)";

/** The answer's body as one short line: text as sent, JSON as JSON, HTML pages reduced to a mention. */
function bodyText(body: unknown): string {
  if (body === undefined || body === null || body === "") return "";
  const text = typeof body === "string" ? body : JSON.stringify(body);
  if (/^\s*<(!doctype|html)/i.test(text)) return HTML;
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
