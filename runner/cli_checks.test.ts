// End to end, on this repository's real scripts: what the runner checks before calling main (exit 2,
// no request made), files in and out, and how a failure reads. Only 127.0.0.1 is reached.
import { afterAll, describe, expect, test } from "bun:test";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const cli = join(import.meta.dir, "cli.ts");
const repo = join(import.meta.dir, "..");
const folder = mkdtempSync(join(tmpdir(), "runner-checks-"));

// Never let a developer's real keys or Windmill settings leak into these runs.
const cleanEnv: Record<string, string> = { NO_COLOR: "1" };
for (const [key, value] of Object.entries(process.env)) {
  if (value !== undefined && !/API_KEY|API_URL|BASE_URL|^WM_|^BASE_INTERNAL/.test(key)) cleanEnv[key] = value;
}

async function run(args: string[], env: Record<string, string> = {}) {
  const child = Bun.spawn([process.execPath, cli, ...args], {
    cwd: repo,
    env: { ...cleanEnv, ...env },
    stdout: "pipe",
    stderr: "pipe",
  });
  const [stdout, stderr, code] = await Promise.all([
    new Response(child.stdout).text(),
    new Response(child.stderr).text(),
    child.exited,
  ]);
  return { code, stdout, stderr };
}

// A provider that counts what reaches it: every check below must leave it untouched.
let hits = 0;
const provider = Bun.serve({
  hostname: "127.0.0.1",
  port: 0,
  fetch: () => {
    hits++;
    return Response.json({ id: "x", choices: [] });
  },
});
afterAll(() => provider.stop(true));

function resourceFile(resource: object): string {
  const file = join(mkdtempSync(join(folder, "res-")), "together.json");
  writeFileSync(file, JSON.stringify(resource));
  return `@${file}`;
}
const counted = resourceFile({ api_key: "tk-checks-0001", base_url: `http://127.0.0.1:${provider.port}/v1` });
const chat = [
  "togetherai/create_chat_completion",
  "--body",
  '{"model":"m","messages":[{"role":"user","content":"hi"}]}',
];

describe("mistakes the runner can see exit 2 before any request", () => {
  test.each([
    ["--timeout 0", ["--timeout", "0"], "error: --timeout must be greater than 0 (got 0)"],
    ["--max-retries 100", ["--max-retries", "100"], "error: --max-retries must be at most 10 (got 100)"],
    [
      "an --out path in a missing folder",
      ["--out", join(folder, "no-such-folder", "reply.json")],
      `error: --out ${join(folder, "no-such-folder", "reply.json")}: the folder ${join(folder, "no-such-folder")} does not exist`,
    ],
    ["a --file that does not exist", ["--file", "body.file=/no/such/clip.wav"], "error: --file body.file"],
  ])("%s", async (_, extra, message) => {
    const before = hits;
    const { code, stderr } = await run([...chat, "--resource", counted, ...extra]);
    expect({ code, stderr: stderr.split("\n").find((l) => l.startsWith("error:")) }).toEqual({
      code: 2,
      stderr: expect.stringContaining(message),
    });
    expect(hits).toBe(before);
  });

  test("a resource file whose base URL is ftp:// exits 2, in the words the script would use", async () => {
    const ftp = resourceFile({ api_key: "tk-checks-0001", base_url: "ftp://files.example.com/v1" });
    const { code, stderr } = await run([...chat, "--resource", ftp]);
    expect(code).toBe(2);
    expect(stderr).toContain('auth.base_url: must be an http(s) URL (got "ftp://files.example.com/v1")');
  });

  test("what main throws (here the script's own validation) still exits 1", async () => {
    const { code, stderr } = await run(["togetherai/create_chat_completion", "--body", "{}"]);
    expect(code).toBe(1);
    expect(stderr).toContain("error: InputError: body.model: is required");
  });
});

describe("files in and out", () => {
  test("--out saves every image of a several-image result as name-1.ext, name-2.ext", async () => {
    const out = join(folder, "fox.jpg");
    const body = '{"model":"black-forest-labs/FLUX.1-schnell","prompt":"a fox","n":2}';
    const { code, stdout, stderr } = await run(["togetherai/create_image", "--body", body, "--out", out]);
    expect(code).toBe(0);
    for (const name of ["fox-1.jpg", "fox-2.jpg"]) {
      expect(readFileSync(join(folder, name)).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8])); // JPEG
      expect(stdout).toContain(`bytes saved to ${join(folder, name)}>`);
    }
    expect(existsSync(out)).toBe(false);
    expect(stderr).not.toContain("warning:");
  });

  test("--out keeps the user's name when the content type does not match it, and warns on stderr", async () => {
    const out = join(folder, "speech.mp3");
    const body = '{"model":"hexgrad/Kokoro-82M","input":"Hello","voice":"af_alloy","response_format":"wav"}';
    const { code, stderr } = await run(["togetherai/create_speech", "--body", body, "--out", out]);
    expect(code).toBe(0);
    expect(readFileSync(out).subarray(8, 12).toString()).toBe("WAVE");
    expect(stderr).toContain(`warning: --out ${out}: the content is audio/wav, but .mp3 means audio/mpeg`);
  });

  test("--file reads a local file into a file field and the script sends it", async () => {
    const clip = join(folder, "clip.wav");
    writeFileSync(clip, new Uint8Array([82, 73, 70, 70, 36, 0, 0, 0, 87, 65, 86, 69]));
    const args = ["togetherai/create_transcription", "--file", `body.file=${clip}`, "--json"];
    const { code, stdout, stderr } = await run(args);
    expect({ code, stderr: code ? stderr : "" }).toEqual({ code: 0, stderr: "" });
    expect(JSON.parse(stdout)).toHaveProperty("text");
  });
});

describe("how a failure reads", () => {
  test("a stream reset mid-way: the partial text, then the error on its own line, naming the host, no Bun hint", async () => {
    // Together's wire: a few chunks of an answer, then the connection is reset.
    const chunk = (text: string) =>
      `data: ${JSON.stringify({ id: "c", object: "chat.completion.chunk", choices: [{ index: 0, delta: { content: text } }] })}\n\n`;
    const server = createServer((socket: Socket) => {
      socket.once("data", () => {
        socket.write("HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n");
        for (const piece of ["Half ", "an answer"]) {
          const data = chunk(piece);
          socket.write(`${Buffer.byteLength(data).toString(16)}\r\n${data}\r\n`);
        }
        setTimeout(() => socket.resetAndDestroy(), 50);
      });
    });
    await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
    const port = (server.address() as { port: number }).port;
    try {
      const resource = resourceFile({ api_key: "tk-checks-0001", base_url: `http://127.0.0.1:${port}/v1` });
      const body = '{"model":"m","stream":true,"messages":[{"role":"user","content":"hi"}]}';
      // stdout and stderr into one pipe, as a terminal or a CI log shows them
      const line = `"${process.execPath}" "${cli}" togetherai/create_chat_completion --resource "${resource}" --body '${body}' 2>&1`;
      const child = Bun.spawn(["sh", "-c", line], { cwd: repo, env: cleanEnv, stdout: "pipe" });
      const [output, code] = await Promise.all([new Response(child.stdout).text(), child.exited]);
      expect(code).toBe(1);
      expect(output).toContain(
        "Half an answer\nerror: ProviderError: Together network: failed reading the response from 127.0.0.1:",
      );
      expect(output).not.toContain("verbose");
    } finally {
      server.close();
    }
  });
});
