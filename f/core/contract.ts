// One contract per operation: the shape generated from main's signature (shapes/<name>.ts) plus the
// script's rules and alternatives. `parse` checks auth, options and body before any request and
// returns what to send; `npm run metadata` reads the same contract to write the form.
import { type Alternatives, compile, type Compiled, type Rules } from "./compile.ts";
import { InputError } from "./errors.ts";
import type { Target } from "./http.ts";
import { type CallOptions, checkOptions, compileOptions } from "./options.ts";
import { target } from "./providers.ts";
import type { Shape } from "./shape.ts";
import { walkRoot } from "./walk.ts";

/**
 * How the operation sends its fields: "json" (a JSON body; options.extra_body is merged into it),
 * "query" (a GET: fields in its URL path and query), "none" (no body: a DELETE, a bodiless POST),
 * "multipart" (a form upload).
 */
export type Sends = "json" | "query" | "none" | "multipart";

export interface Spec {
  readonly sends: Sends;
  /** Keyed by field path (`model`, `messages[].role`, `$` for the body itself): every field has one. */
  readonly rules: Rules;
  /** Shapes the signature cannot type that the API takes too, by field path. */
  readonly alternatives?: Alternatives;
}

export interface Parsed<B> {
  target: Target;
  /** The checked copy of body, without form leftovers; for "json", with options.extra_body merged in. */
  body: B;
  options: Omit<CallOptions, "extra_body">;
}

const NO_JSON: Record<Exclude<Sends, "json">, string> = {
  query: "this operation is a GET, which sends no JSON body",
  none: "this operation sends no body",
  multipart: "this operation sends a multipart form, not a JSON body",
};

export class Contract {
  #body?: Compiled;
  #options?: Compiled;

  constructor(
    readonly shape: Shape,
    readonly spec: Spec,
  ) {}

  /** Checks everything a request needs; throws an InputError naming the first broken field. */
  parse<B>(auth: unknown, body: B, options?: unknown): Parsed<B> {
    const t = target(this.shape.provider, auth);
    // Compiled on first use, once: importing a script (as the metadata generator does) compiles nothing.
    this.#options ??= compileOptions(this.shape.options);
    this.#body ??= compile(this.shape.body, this.spec.rules, this.spec.alternatives, "$", this.#hint());
    const opts = checkOptions(options, this.#options);
    const extra = opts.extra_body;
    if (extra !== undefined) {
      this.#checkExtra(extra);
      delete opts.extra_body;
    }
    const out = walkRoot(body ?? {}, this.#body, "body");
    for (const k in extra) out[k] = extra[k];
    return { target: t, body: out as B, options: opts };
  }

  /** extra_body adds fields to a JSON body; it never replaces one the script knows (stream, model...). */
  #checkExtra(extra: Record<string, unknown>): void {
    const { sends } = this.spec;
    if (sends !== "json") throw new InputError("options.extra_body", `is not accepted: ${NO_JSON[sends]}`);
    for (const k in extra) {
      if (Object.hasOwn(this.shape.body.fields, k))
        throw new InputError(`options.extra_body.${k}`, `is a field of body: set body.${k} instead`);
    }
  }

  /** The end of an unknown body field's message: where else the field could go. */
  #hint() {
    const json = this.spec.sends === "json";
    return (known: readonly string[], near: string | undefined) => {
      if (json) return `${near ? "fix the name" : "remove it"}, or send it through options.extra_body`;
      return known.length ? `this operation takes ${known.join(", ")}` : "this operation takes no fields";
    };
  }
}

export const defineContract = (shape: Shape, spec: Spec): Contract => new Contract(shape, spec);

// A script imports its whole vocabulary from here.
export * from "./rules.ts";
export { bool, json, list, num, obj, oneOf, req, str } from "./shape.ts";
