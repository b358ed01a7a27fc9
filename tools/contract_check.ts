// The tie between a script's signature and its contract (f/core/contract.ts), checked by
// `npm run metadata` and its --check: every signature field has a rule, every rule and
// alternative names a signature node and fits its type, options is the one options contract.
import type { Contract } from "../f/core/contract.ts";
import { OPTIONS_SHAPE } from "../f/core/options.ts";
import type { Rule } from "../f/core/rules.ts";
import { fieldPaths, type Node, nodeAt } from "../f/core/shape.ts";
import { argObject, type SignatureShape } from "./signature_shape.ts";
import { schemaAt } from "./contract_schema.ts";
import type { JsonSchema } from "./wmill_format.ts";

const NUMBER_KEYS = ["min", "max", "above", "below", "int"] as const;
const SENDS = ["json", "query", "none", "multipart"];

/** Which node types each rule key may sit on. */
function misfit(r: Rule, node: Node): string | undefined {
  const t = node.t;
  const isNumber = t === "number" || t === "integer";
  const isText = t === "string";
  for (const k of NUMBER_KEYS) if (r[k] !== undefined && !isNumber) return `${k} applies to numbers, not ${t}`;
  if ((r.pattern || r.segment || r.keep) && !isText) return `pattern, segment and keepEmpty apply to strings, not ${t}`;
  const sized = isText || t === "list";
  if ((r.nonEmpty || r.minLength !== undefined || r.maxLength !== undefined) && !sized)
    return `nonEmpty and length apply to strings and lists, not ${t}`;
  if (r.checks && t !== "object" && t !== "json") return `checks apply to objects, not ${t}`;
  return undefined;
}

const sameShape = (a: Node, b: Node): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Everything that ties the contract to the signature, as messages; [] when it holds. */
export function contractProblems(
  script: string,
  shape: SignatureShape,
  contract: Contract,
  yaml: JsonSchema,
): string[] {
  const out: string[] = [];
  const body = argObject(shape, "body");
  const { rules, alternatives = {}, sends } = contract.spec;
  if (!SENDS.includes(sends)) out.push(`${script}: sends must be one of ${SENDS.join(", ")}`);
  if (!sameShape(argObject(shape, "options"), OPTIONS_SHAPE))
    out.push(`${script}: options must be { max_retries?: number; timeout_seconds?: number; extra_body?: object }`);
  for (const p of fieldPaths(body))
    if (!Object.hasOwn(rules, p))
      out.push(`${script}: body.${p} has no rule (write free if the signature says it all)`);
  for (const [p, r] of Object.entries(rules)) {
    const node = nodeAt(body, p);
    if (!node) out.push(`${script}: rule "${p}" names no field of the signature`);
    else {
      const bad = misfit(r, node);
      if (bad) out.push(`${script}: rule "${p}": ${bad}`);
      const desc = String(schemaAt(yaml.properties?.body, p)?.description ?? "");
      const high = r.max ?? r.below;
      if ((r.min ?? r.above) !== undefined && high !== undefined && !desc.includes(String(high)))
        out.push(
          `${script}: body.${p}'s description must state the range (the form shows only the lower bound): ${high}`,
        );
    }
  }
  for (const [p, list] of Object.entries(alternatives)) {
    if (!nodeAt(body, p)) out.push(`${script}: alternative for "${p}" names no field of the signature`);
    for (const a of Array.isArray(list) ? list : [list]) {
      for (const [q, r] of Object.entries(a.rules as Record<string, Rule>)) {
        const node = nodeAt(a.node, q);
        if (!node) out.push(`${script}: alternative "${a.name}": rule "${q}" names nothing in it`);
        else if (misfit(r, node)) out.push(`${script}: alternative "${a.name}": rule "${q}": ${misfit(r, node)}`);
      }
    }
  }
  if (contract.shape.provider !== shape.provider) out.push(`${script}: the shape module is stale (provider)`);
  return out;
}
