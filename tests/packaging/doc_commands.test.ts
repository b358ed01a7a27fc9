// Every `npm start` command the README and docs/runner.md show, and every one the tour prints, run
// as a user would paste it (sh, offline, no keys), expecting the exit code the text implies: 0, or
// the N of an `# exits N` comment. `npm install`, `npm test` and `npm run bench` are covered elsewhere.
// The commands run in a scratch folder of symlinks to this repository, so their --out files land there.
import { beforeAll, describe, expect, test } from "bun:test";
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(import.meta.dir, "../..");
const DOCS = ["README.md", "docs/runner.md"];
const TIMEOUT = 90_000;

type Command = { line: string; from: string; expect: number; jq?: string };
type Ran = { code: number; stdout: string; stderr: string };

/** Splits at `sep` outside quotes. */
function splitOutside(text: string, sep: RegExp): string[] {
  const parts: string[] = [];
  let quote = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === "'" || c === '"') quote = c;
    else if (sep.test(text.slice(i))) {
      const match = sep.exec(text.slice(i))!;
      parts.push(text.slice(start, i));
      start = i + match[0].length;
      i = start - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Whether every quote opened in `text` is closed (a shell line may continue a quoted string). */
function balanced(text: string): boolean {
  let quote = "";
  for (const c of text) {
    if (quote) quote = c === quote ? "" : quote;
    else if (c === "'" || c === '"') quote = c;
  }
  return !quote;
}

/** The commands of one shell line (its `&&` parts), with what the comment after it implies. */
function commandsOf(raw: string, from: string): Command[] {
  const [code, ...comment] = splitOutside(raw, /^\s#/);
  const expected = Number(/exits? (\d)/.exec(comment.join(" "))?.[1] ?? 0);
  return splitOutside(code!, /^&&/)
    .map((part) => part.trim())
    .filter((part) => /^(\w+=\S*\s+)*npm start\b/.test(part))
    .map((part) => {
      const [line, ...pipes] = splitOutside(part, /^\|/).map((p) => p.trim());
      const jq = pipes.length ? (/^jq (\.[\w.]+)$/.exec(pipes.join("|"))?.[1] ?? `unsupported: ${pipes}`) : undefined;
      return { line: line!, from, expect: expected, jq };
    });
}

/** Shell lines of the fenced sh blocks (a quote left open continues on the next line), and inline
 *  `npm start …` spans that are whole commands (no <placeholder>, not a prefix ending in --). */
export function docCommands(file: string, text: string): Command[] {
  const out: Command[] = [];
  for (const block of text.matchAll(/^```(?:sh|bash|shell)?\n([\s\S]*?)^```/gm)) {
    let pending = "";
    for (const line of block[1]!.split("\n")) {
      pending = pending ? `${pending}\n${line}` : line;
      if (!balanced(pending)) continue;
      out.push(...commandsOf(pending, file));
      pending = "";
    }
  }
  for (const span of text.matchAll(/`(npm start[^`]*)`/g)) {
    const line = span[1]!;
    if (!line.includes("<") && !/--\s*$/.test(line) && !line.includes("\n")) out.push(...commandsOf(line, file));
  }
  return out;
}

// A developer's keys or Windmill settings would send these to the real APIs.
const env: Record<string, string> = { NO_COLOR: "1" };
for (const [key, value] of Object.entries(process.env)) {
  if (value !== undefined && !/API_KEY|API_URL|BASE_URL|^WM_|^BASE_INTERNAL/.test(key)) env[key] = value;
}
const sandbox = mkdtempSync(join(tmpdir(), "doc-commands-"));
for (const entry of readdirSync(ROOT)) if (entry !== ".git") symlinkSync(join(ROOT, entry), join(sandbox, entry));

async function sh(line: string): Promise<Ran> {
  const child = Bun.spawn(["sh", "-c", line], { cwd: sandbox, env, stdin: "ignore", stdout: "pipe", stderr: "pipe" });
  const [stdout, stderr, code] = await Promise.all([
    new Response(child.stdout).text(),
    new Response(child.stderr).text(),
    child.exited,
  ]);
  return { code, stdout, stderr };
}

/** Runs each distinct line once, a few at a time. */
async function runAll(commands: Command[], into: Map<string, Ran>): Promise<void> {
  const lines = [...new Set(commands.map((c) => c.line))].filter((l) => !into.has(l));
  const next = async (): Promise<void> => {
    const line = lines.shift();
    if (line === undefined) return;
    into.set(line, await sh(line));
    return next();
  };
  await Promise.all([next(), next(), next()]);
}

const documented = DOCS.flatMap((file) => docCommands(file, readFileSync(join(ROOT, file), "utf8")));
const results = new Map<string, Ran>();
let toured: Command[] = [];

beforeAll(async () => {
  await runAll(documented, results);
  // What the tour (the README's own `npm start`) prints next, as commands to try.
  const tour = results.get("npm start") ?? (await sh("npm start"));
  toured = tour.stdout
    .split("\n")
    .map((l) => /(npm start\b.*)$/.exec(l)?.[1])
    .filter((l): l is string => Boolean(l))
    .flatMap((l) => commandsOf(l, "the tour"));
  await runAll(toured, results);
  rmSync(sandbox, { recursive: true, force: true });
}, TIMEOUT);

const valueAt = (json: unknown, path: string) =>
  path
    .split(".")
    .filter(Boolean)
    .reduce<any>((node, key) => node?.[key], json);

function check(command: Command): void {
  const ran = results.get(command.line);
  expect(ran, `${command.line} did not run`).toBeDefined();
  const shown = `${command.line}\nstdout: ${ran!.stdout.slice(-1500)}\nstderr: ${ran!.stderr.slice(-1500)}`;
  expect(ran!.code, shown).toBe(command.expect);
  if (command.jq) {
    expect(command.jq, "a jq filter of the form .a.b").toStartWith(".");
    // stdout is the one-line result (`npm start -s` keeps npm's banner off it), as jq reads it
    expect(valueAt(JSON.parse(ran!.stdout), command.jq), `${command.jq} of ${ran!.stdout}`).toBeDefined();
  }
}

describe("the commands the docs show run as shown", () => {
  test("README.md and docs/runner.md show commands, the README's first one being npm start", () => {
    expect(documented.filter((c) => c.from === "README.md").map((c) => c.line)[0]).toBe("npm start");
    expect(documented.filter((c) => c.from === "docs/runner.md").length).toBeGreaterThan(3);
  });

  test.each(documented)("$from: $line", check);
});

describe("the commands the tour prints run as shown", () => {
  test("the tour prints commands to run: each chat it streamed, then what to try next", () => {
    expect(toured.length).toBeGreaterThanOrEqual(6);
  });

  test("each runs offline with exit 0", () => {
    for (const command of toured) check(command);
  });
});
