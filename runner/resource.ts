// Which credentials a run uses, first match wins:
// 1. --resource @file.json   2. --resource <windmill path> (needs WM_* settings)
// 3. the provider's environment variables   4. the built-in offline emulator.
import { InputError } from "../f/core/errors.ts";
import { target } from "../f/core/providers.ts";
import { UsageError } from "./errors.ts";
import { readJsonArg } from "./json_input.ts";
import { makeResource, providers, type ProviderId } from "./providers.ts";
import { fetchWindmillResource } from "./windmill.ts";

type Env = Record<string, string | undefined>;

export type ResolvedResource = {
  resource: Record<string, unknown>;
  /** said to the user on stderr, e.g. "environment variable CO_API_KEY" */
  source: string;
  emulated: boolean;
  /** values never to print */
  secrets: string[];
};

export async function resolveResource(input: {
  provider: ProviderId;
  spec?: string;
  forceEmulator?: boolean;
  env?: Env;
  /** lazily starts the emulator only when needed; returns its resource for the provider */
  emulator: () => Record<string, string>;
}): Promise<ResolvedResource> {
  const { provider, spec, env = process.env } = input;
  const info = providers[provider];
  const secretsOf = (resource: Record<string, unknown>) =>
    [resource[info.keyField], env.WM_TOKEN].filter((s): s is string => typeof s === "string");

  if (input.forceEmulator || (!spec && !env[info.keyEnv])) {
    const resource = input.emulator();
    const why = input.forceEmulator ? "" : ` (no --resource given and ${info.keyEnv} is not set)`;
    return { resource, source: `the built-in offline emulator${why}`, emulated: true, secrets: [] };
  }
  let resource: unknown;
  let source: string;
  if (spec?.startsWith("@")) {
    resource = await readJsonArg(spec, "--resource");
    source = spec === "@-" ? "stdin" : `file ${spec.slice(1)}`;
  } else if (spec?.trim().startsWith("{")) {
    throw new UsageError(
      "--resource takes @file.json or a Windmill path, not inline JSON (keys stay out of shell history)",
    );
  } else if (spec) {
    resource = await fetchWindmillResource(spec, env);
    source = `Windmill resource ${spec}`;
  } else {
    resource = makeResource(provider, env[info.keyEnv]!, env[info.baseEnv]);
    source = `environment variable ${info.keyEnv}` + (env[info.baseEnv] ? ` (base URL from ${info.baseEnv})` : "");
  }
  if (!resource || typeof resource !== "object" || Array.isArray(resource)) {
    throw new UsageError(`the resource from ${source} must be a JSON object`);
  }
  const record = resource as Record<string, unknown>;
  if (typeof record[info.keyField] !== "string" || !record[info.keyField]) {
    const shape = `{ "${info.keyField}": "...", "${info.baseField}"?: "${info.defaultBase}" }`;
    throw new UsageError(
      `the resource from ${source} has no '${info.keyField}'; ${info.label} resources look like ${shape}`,
    );
  }
  checkAsScriptsDo(provider, record, source);
  return { resource: record, source, emulated: false, secrets: secretsOf(record) };
}

/** The scripts' own check of `auth` (f/core/providers.ts: key, base URL), run before main so that a
 *  resource the script would refuse is a usage mistake, with the same words. */
function checkAsScriptsDo(provider: ProviderId, resource: Record<string, unknown>, source: string): void {
  try {
    target(provider, resource);
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(`the resource from ${source}: ${error.message}`);
    throw error;
  }
}
