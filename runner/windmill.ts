// Fetches a resource from a Windmill workspace with the official client, as a worker would.
// windmill-client reads its API base from BASE_INTERNAL_URL (set inside workers) or
// BASE_URL; WM_BASE_URL is the public URL users know, so we pass the base explicitly.
import { getResource, setClient } from "windmill-client";
import { UsageError } from "./errors.ts";

type Env = Record<string, string | undefined>;

export function windmillSettings(env: Env): { base: string; token: string; workspace: string } | undefined {
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
  setClient(settings.token, settings.base);
  // getResource takes the workspace from process.env, not from an argument
  const previous = process.env.WM_WORKSPACE;
  process.env.WM_WORKSPACE = settings.workspace;
  let value: unknown;
  try {
    value = await getResource(path);
  } finally {
    if (previous === undefined) delete process.env.WM_WORKSPACE;
    else process.env.WM_WORKSPACE = previous;
  }
  if (!value || typeof value !== "object") {
    throw new Error(`Windmill resource ${path} is empty or not an object`);
  }
  return value;
}
