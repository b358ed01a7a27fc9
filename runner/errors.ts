// How failures reach the user: a usage mistake (exit 2) is told apart from a script or
// provider failure (exit 1), and no secret ever appears in what is printed.
import { redact } from "../f/core/redact.ts";

export class UsageError extends Error {
  override name = "UsageError";
}

export const exitCodes = { ok: 0, failure: 1, usage: 2 } as const;

/** Masks every known secret, and every 8-character piece of one, with the scripts' own redact. */
export function maskSecrets(text: string, secrets: string[]): string {
  return secrets.reduce((out, secret) => (secret ? redact(out, secret) : out), text);
}

/** "ClassName: message", naming custom error classes even when they forgot to set `name`. */
export function describeError(error: unknown, secrets: string[] = []): string {
  if (!(error instanceof Error)) return maskSecrets(`thrown value: ${String(error)}`, secrets);
  if (error instanceof UsageError) return maskSecrets(error.message, secrets); // our own words, no class needed
  const ctor = error.constructor?.name;
  const name = error.name && error.name !== "Error" ? error.name : ctor || "Error";
  return maskSecrets(`${name}: ${error.message}`, secrets);
}
