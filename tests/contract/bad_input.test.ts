// Every script on a contract refuses the same bad inputs before any request, as an InputError
// whose message starts with body., auth. or options. and names the field. Data-driven over the
// scripts that export a contract, so a converted script is covered without a line here.
import { describe, expect, test } from "bun:test";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Contract } from "../../f/core/contract.ts";
import { InputError } from "../../f/core/errors.ts";
import { PROVIDERS } from "../../f/core/providers.ts";
import { failure, useMockServer } from "../support/mock.ts";

useMockServer(); // any request at all fails the test: it would not be an InputError

const ROOT = join(import.meta.dir, "../..");
type Script = { name: string; main: (...args: unknown[]) => Promise<unknown>; contract: Contract };
const scripts: Script[] = [];
for (const provider of Object.keys(PROVIDERS)) {
  for (const file of readdirSync(join(ROOT, "f", provider)).sort()) {
    if (
      !file.endsWith(".ts") ||
      !readFileSync(join(ROOT, "f", provider, file), "utf8").includes("export const contract")
    )
      continue;
    const mod = await import(join(ROOT, "f", provider, file));
    scripts.push({ name: `${provider}/${file.slice(0, -3)}`, main: mod.main, contract: mod.contract });
  }
}

const authOf = (s: Script, over: Record<string, string> = {}) => {
  const p = PROVIDERS[s.contract.shape.provider];
  return { [p.key]: "test-key-0123456789", ...over };
};
const keyOf = (s: Script) => PROVIDERS[s.contract.shape.provider].key;
const baseOf = (s: Script) => PROVIDERS[s.contract.shape.provider].base;
const fieldOf = (s: Script, test: (t: string, path: string) => boolean) =>
  Object.entries(s.contract.shape.body.fields).find(([k, n]) => test(n.t, k))?.[0];

async function refused(s: Script, auth: unknown, body: unknown, options?: unknown): Promise<string> {
  const err = await failure(s.main(auth, body, options));
  expect(err).toBeInstanceOf(InputError);
  return (err as InputError).message;
}

test("there are scripts on a contract", () => expect(scripts.length).toBeGreaterThan(0));

describe.each(scripts.map((s) => [s.name, s] as const))("%s", (_, s) => {
  test("refuses an unknown field, naming it", async () => {
    expect(await refused(s, authOf(s), { zz_not_a_field: 1 })).toStartWith("body.zz_not_a_field: unknown field");
  });

  test("refuses a __proto__ key in body and in options", async () => {
    expect(await refused(s, authOf(s), JSON.parse('{"__proto__": {"x": 1}}'))).toStartWith("body.__proto__:");
    expect(await refused(s, authOf(s), {}, JSON.parse('{"__proto__": {"max_retries": 1}}'))).toStartWith(
      "options.__proto__:",
    );
  });

  test("refuses a non-finite number", async () => {
    const field = fieldOf(s, (t) => t === "number" || t === "integer");
    if (!field) return;
    expect(await refused(s, authOf(s), { [field]: JSON.parse("1e309") })).toBe(
      `body.${field}: must be a finite number (got Infinity)`,
    );
  });

  test("refuses . and .. as a path value", async () => {
    const field = fieldOf(s, (_t, k) => s.contract.spec.rules[k]?.segment === true);
    if (!field) return;
    for (const dots of [".", ".."])
      expect(await refused(s, authOf(s), { [field]: dots })).toStartWith(`body.${field}: cannot be a dot segment`);
  });

  test("refuses a key with control characters, without echoing it", async () => {
    const message = await refused(s, authOf(s, { [keyOf(s)]: "test-key-0123\r\n456789" }), {});
    expect(message).toStartWith(`auth.${keyOf(s)}:`);
    expect(message).not.toContain("test-key");
  });

  test("refuses a base URL with a query or a fragment", async () => {
    for (const url of ["https://proxy.example/v1?api-version=1", "https://proxy.example/v1#x"])
      expect(await refused(s, authOf(s, { [baseOf(s)]: url }), {})).toStartWith(`auth.${baseOf(s)}:`);
  });

  test("refuses bad options with the same bounds everywhere", async () => {
    expect(await refused(s, authOf(s), {}, { max_retries: -1 })).toBe(
      "options.max_retries: must be at least 0 (got -1)",
    );
    expect(await refused(s, authOf(s), {}, { timeout_seconds: 0 })).toStartWith("options.timeout_seconds:");
    expect(await refused(s, authOf(s), {}, { retries: 1 })).toStartWith("options.retries: unknown field");
  });

  test("refuses options.extra_body where it cannot go: without a JSON body, or over a known field", async () => {
    const known = Object.keys(s.contract.shape.body.fields)[0];
    if (s.contract.spec.sends !== "json") {
      expect(await refused(s, authOf(s), {}, { extra_body: { x: 1 } })).toStartWith(
        "options.extra_body: is not accepted",
      );
    } else if (known) {
      expect(await refused(s, authOf(s), {}, { extra_body: { [known]: 1 } })).toStartWith(
        `options.extra_body.${known}:`,
      );
    }
  });
});
