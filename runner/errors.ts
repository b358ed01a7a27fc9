// How failures reach the user: a usage mistake (exit 2) is told apart from a script or
// provider failure (exit 1), and no secret ever appears in what is printed.

export class UsageError extends Error {
  override name = "UsageError";
}

export const exitCodes = { ok: 0, failure: 1, usage: 2 } as const;

/** Replaces every known secret with *** (keys can leak through URLs or echoed headers). */
export function redact(text: string, secrets: string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join("***");
  }
  return out;
}

/** "ClassName: message", naming custom error classes even when they forgot to set `name`. */
export function describeError(error: unknown, secrets: string[] = []): string {
  if (!(error instanceof Error)) return redact(`thrown value: ${String(error)}`, secrets);
  if (error instanceof UsageError) return redact(error.message, secrets); // our own words, no class needed
  const ctor = error.constructor?.name;
  const name = error.name && error.name !== "Error" ? error.name : ctor || "Error";
  return redact(`${name}: ${error.message}`, secrets);
}
