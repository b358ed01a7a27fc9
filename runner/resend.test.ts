// Nothing sent twice under the runner's fetch: Bun re-sends GET, PUT and DELETE, and Deno every method,
// when a reused keep-alive connection drops before the answer. A delete (and a create) refused once
// with a 503 is retried by the core; that retry must go on a fresh connection, so that a drop after
// it landed is reported, never silently sent again. Under `npm start` (Bun) and `--runtime deno`.
import { afterAll, describe, expect, test } from "bun:test";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { droppingServer, jsonReply } from "../tests/support/dropping_server.ts";

const cli = join(import.meta.dir, "cli.ts");
const server = await droppingServer(() => "drop");
afterAll(() => server.stop());
const resource = join(mkdtempSync(join(tmpdir(), "runner-resend-")), "together.json");
writeFileSync(resource, JSON.stringify({ api_key: "tgp_v1_resend-key-0123456789", base_url: `${server.origin}/v1` }));

const OPERATIONS = [
  ["togetherai/delete_file", { id: "file-1" }, "DELETE"],
  ["togetherai/create_batch", { endpoint: "/v1/chat/completions", input_file_id: "file-1" }, "POST"],
] as const;

describe.each(["bun", "deno"] as const)("npm start --runtime %s", (runtime) => {
  test.each(OPERATIONS)(
    "%s refused once is sent again once, on a fresh connection, never re-sent by fetch",
    async (operation, body, method) => {
      server.seen.length = 0;
      let n = 0;
      // The first request is refused (503: retried by the core) on a keep-alive connection; anything
      // that then arrives on a reused connection is dropped after being read.
      server.answer = (s) =>
        s.nth > 0
          ? "drop"
          : n++ === 0
            ? jsonReply({ error: { message: "busy" } }, 503, { "retry-after-ms": "1" })
            : jsonReply({ id: "x", deleted: true });
      const args = [
        cli,
        operation,
        "--resource",
        `@${resource}`,
        "--body",
        JSON.stringify(body),
        "--json",
        "--runtime",
        runtime,
      ];
      const child = Bun.spawn([process.execPath, ...args], {
        env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" },
        stdout: "pipe",
        stderr: "pipe",
      });
      const [stdout, stderr, code] = await Promise.all([
        new Response(child.stdout).text(),
        new Response(child.stderr).text(),
        child.exited,
      ]);
      expect(code, stderr).toBe(0);
      expect(JSON.parse(stdout)).toEqual({ id: "x", deleted: true });
      const sent = server.seen.filter((s) => s.method === method);
      expect(sent.map((s) => s.nth)).toEqual([0, 0]);
    },
    30_000,
  );
});
