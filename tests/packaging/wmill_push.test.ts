// End to end: the real `wmill sync push` (windmill-cli 1.819) against a stand-in Windmill API
// on 127.0.0.1. Every script and library under f/ must arrive at its f/<folder>/<name> path
// with its content, summary and schema; the three resource types too; nothing else of ours;
// and a second push must change nothing. Data-driven over f/, no network.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateMetadata, planMetadata } from "../../tools/metadata_core.ts";
import { parseMain } from "../../tools/parser.ts";
import { listFlows, listScripts, metadataPath, readText } from "../../tools/script_files.ts";
import { allSteps, readFlowYaml } from "../flows/flow_file.ts";
import { fromYaml, remotePath, toYaml } from "../../tools/wmill_format.ts";
import { againstStandIn, makeGitCheckout, scratchRepo, wmill, type Run } from "../support/run_wmill.ts";
import { WindmillStandIn } from "../support/windmill_standin.ts";

const RESOURCE_TYPES = ["ai21", "togetherai", "cohere"];
const TIMEOUT = 60_000;

const server = new WindmillStandIn();
const repo = scratchRepo();
const scripts = listScripts(repo.dir);
let first: Run;
let second: Run;
let writesBySecond: unknown[] = [];

// docs/packaging.md tells users to put concurrency limits in a script's .script.yaml: check that
// the generator keeps them and the push carries them, on the first script with a main.
const CONCURRENCY = { concurrent_limit: 5, concurrency_time_window_s: 60, concurrency_key: "ai21-$workspace" };
const limited = scripts.find((p) => parseMain(readText(repo.dir, p)!).auto_kind !== "lib");
if (limited) {
  const meta = fromYaml(readText(repo.dir, metadataPath(limited))!) as object;
  writeFileSync(join(repo.dir, metadataPath(limited)), toYaml({ ...meta, ...CONCURRENCY }));
  for (const c of planMetadata(repo.dir).changes) writeFileSync(join(repo.dir, c.path), c.after);
}

// Someone else's things in the same workspace: a push of this repository must leave them alone.
server.scripts.set("f/other/keep", {
  path: "f/other/keep",
  content: "export async function main() {}",
  language: "bun",
  summary: "",
  description: "",
  schema: {},
  kind: "script",
  lock: "",
});
server.resourceTypes.set("custom_rt", {
  name: "custom_rt",
  description: "not ours",
  schema: { type: "object", properties: {} },
});

beforeAll(async () => {
  server.start();
  first = await wmill(againstStandIn(server, "sync", "push", "--yes"), repo.dir, repo.home);
  const mark = server.requests.length;
  second = await wmill(againstStandIn(server, "sync", "push", "--yes"), repo.dir, repo.home);
  writesBySecond = server.writesSince(mark);
}, TIMEOUT);

afterAll(() => {
  server.stop();
  repo.cleanup();
});

const yamlOf = (path: string) => fromYaml(readText(repo.dir, metadataPath(path))!) as any;

describe("wmill sync push to a stand-in Windmill", () => {
  test("the first push succeeds using only the calls the stand-in knows", () => {
    expect(first.code, first.out + first.err).toBe(0);
    expect(server.unhandled.map((r) => `${r.method} ${r.path}`)).toEqual([]);
    expect(first.out).not.toContain("Stale scripts metadata");
  });

  // One test per property, each listing every script that lacks it.
  const offenders = (wrong: (remote: any, path: string) => boolean) =>
    scripts.filter((path) => {
      const remote = server.scripts.get(remotePath(path));
      return !remote || wrong(remote, path);
    });

  test("every script arrives with its content", () => {
    expect(offenders((remote, path) => remote.content !== readText(repo.dir, path))).toEqual([]);
  });

  test("every script arrives with its summary and description", () => {
    expect(
      offenders(
        (remote, path) => remote.summary !== yamlOf(path).summary || remote.description !== yamlOf(path).description,
      ),
    ).toEqual([]);
  });

  test("every script arrives with its form's schema", () => {
    expect(offenders((remote, path) => !Bun.deepEquals(remote.schema, yamlOf(path).schema))).toEqual([]);
  });

  test("every script arrives as a script, //native ones as bunnative", () => {
    const language = (content: string) => (content.startsWith("//native") ? "bunnative" : "bun");
    expect(offenders((remote) => remote.kind !== "script" || remote.language !== language(remote.content))).toEqual([]);
  });

  test.each(listFlows(repo.dir))("%s arrives with its schema, modules, and inline steps' code", (dir) => {
    const remote = server.flows.get(dir.replace(/__flow$/, ""));
    expect(remote, `${dir} was not created`).toBeDefined();
    const local = readFlowYaml(join(repo.dir, dir));
    expect(remote!.summary).toBe(local.summary);
    expect(remote!.schema).toEqual(local.schema);
    const steps = allSteps(remote!.value.modules);
    expect(steps.map((m) => m.id)).toEqual(allSteps(local.value.modules).map((m) => m.id));
    for (const { id, value } of steps) {
      if (value.type === "rawscript") {
        const file = allSteps(local.value.modules)
          .find((m) => m.id === id)!
          .value.content.replace("!inline ", "");
        expect(value.content, id).toBe(readText(repo.dir, `${dir}/${file}`)!);
      }
      if (value.type === "script") expect(server.scripts.has(value.path), `${id} uses ${value.path}`).toBe(true);
    }
  });

  test("the pushed content carries the npm version pins, so Windmill locks them and not `latest`", () => {
    const version = JSON.parse(readText(repo.dir, "package.json")!).dependencies["eventsource-parser"];
    const sse = server.scripts.get("f/core/sse");
    expect(sse?.content).toContain(`from "eventsource-parser@${version}"`);
  });

  test("only f/ scripts and libraries are deployed (no tests, tools, runner, bench, fixtures)", () => {
    const ours = [...server.scripts.keys()].filter((p) => p !== "f/other/keep").sort();
    expect(ours).toEqual(scripts.map(remotePath).sort());
  });

  test("every resource type arrives with its description and schema", () => {
    const wrong = RESOURCE_TYPES.filter((name) => {
      const local = fromYaml(readText(repo.dir, `${name}.resource-type.yaml`)!) as any;
      const remote = server.resourceTypes.get(name);
      return !remote || remote.description !== local.description || !Bun.deepEquals(remote.schema, local.schema);
    });
    expect(wrong).toEqual([]);
  });

  test("every f/ folder exists remotely, and other people's items are kept", () => {
    const folders = [...new Set(scripts.map((p) => p.split("/")[1]!))];
    for (const f of folders) expect(server.folders.has(f), `folder ${f}`).toBe(true);
    expect(server.scripts.has("f/other/keep")).toBe(true);
    expect(server.resourceTypes.has("custom_rt")).toBe(true);
  });

  test.skipIf(!limited)("concurrency limits in a .script.yaml survive regeneration and reach the server", () => {
    expect(yamlOf(limited!)).toMatchObject(CONCURRENCY);
    expect(server.scripts.get(remotePath(limited!))).toMatchObject(CONCURRENCY);
  });

  test("a second push changes nothing", () => {
    expect(second.code, second.out + second.err).toBe(0);
    expect(second.out).toContain("0 changes to apply");
    expect(writesBySecond).toEqual([]);
  });
});

describe("the deploy steps of docs/packaging.md", () => {
  test(
    "workspace add, then sync push --dry-run through the saved profile sees nothing to do",
    async () => {
      // From a git checkout, as users push: wmill.yaml's skipBranchValidation keeps the CLI from
      // suggesting `wmill init`, which would overwrite this curated file (docs/decisions.md).
      makeGitCheckout(repo.dir);
      const add = await wmill(
        ["workspace", "add", "mine", server.workspace, server.url, "--token", server.token],
        repo.dir,
        repo.home,
      );
      expect(add.code, add.out + add.err).toBe(0);
      const dry = await wmill(["sync", "push", "--dry-run"], repo.dir, repo.home);
      expect(dry.code, dry.out + dry.err).toBe(0);
      expect(dry.out).toContain("0 changes to apply");
      expect(dry.out + dry.err).not.toContain("wmill init");
      expect(dry.out + dry.err).not.toContain("'workspaces' section");
    },
    TIMEOUT,
  );
});

describe("the metadata generator matches wmill generate-metadata", () => {
  // On a copy with no metadata at all, so the CLI starts from scratch as ours does.
  test(
    "fresh schemas are identical for every script",
    async () => {
      const bare = scratchRepo();
      try {
        for (const p of scripts) Bun.spawnSync(["rm", "-f", `${bare.dir}/${metadataPath(p)}`]);
        const run = await wmill(
          againstStandIn(server, "generate-metadata", "--schema-only", "--yes"),
          bare.dir,
          bare.home,
        );
        expect(run.code, run.out + run.err).toBe(0);
        for (const p of scripts) {
          const cli = fromYaml(readText(bare.dir, metadataPath(p))!) as any;
          // Before our additions (required, order, rules), which the CLI does not make.
          expect(generateMetadata(p, readText(bare.dir, p)!).cliSchema, p).toEqual(cli.schema);
        }
      } finally {
        bare.cleanup();
      }
    },
    TIMEOUT,
  );
});
