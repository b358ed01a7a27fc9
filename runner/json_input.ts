// --body and --resource accept inline JSON, @file.json, or @- (stdin) so secrets and big
// bodies can stay out of shell history.
import { readFile } from "node:fs/promises";
import { UsageError } from "./errors.ts";

export async function readJsonArg(spec: string, flag: string, stdin = () => Bun.stdin.text()): Promise<unknown> {
  let text = spec;
  let origin = "inline JSON";
  if (spec === "@-") {
    text = await stdin();
    origin = "stdin";
  } else if (spec.startsWith("@")) {
    origin = spec.slice(1);
    try {
      text = await readFile(origin, "utf8");
    } catch (error) {
      throw new UsageError(`${flag}: cannot read ${origin} (${(error as NodeJS.ErrnoException).code ?? error})`);
    }
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const hint = origin === "inline JSON" ? " (quote it for the shell: --body '{\"a\":1}')" : "";
    throw new UsageError(`${flag}: ${origin} is not valid JSON: ${(error as Error).message}${hint}`);
  }
}
