// The batch flow end to end against the emulator: the input file is uploaded, the batch started and
// polled with sleeps between polls (on the harness's virtual clock) until it completes, at its bound,
// or when Together reports it failed.
import { expect, test } from "bun:test";
import { runFlow } from "./harness.ts";
import { flowEmulator } from "./support.ts";

const FLOW = "f/flows/batch_chat__flow";
let failing = false;
const emulator = flowEmulator((c) =>
  failing && c.method === "GET" && /\/togetherai\/batches\/[^/]+$/.test(c.path)
    ? Response.json({ id: c.path.split("/").at(-1), status: "FAILED", error: "input file: model not available" })
    : undefined,
);
const prompts = ["Name a colour", "Name a planet", "Name a river"];

test("the batch is polled until COMPLETED, sleeping between polls, and answers come back in prompt order", async () => {
  const run = await runFlow(FLOW, { together: emulator.resource("togetherai"), prompts, system: "Be brief." });
  expect(run.error).toBeUndefined();
  expect(run.jobs.map((j) => j.step)).toEqual([
    "build_file",
    "upload",
    "create",
    ...["poll", "check", "poll", "check", "poll", "check"],
    "download",
    "answers",
  ]);
  expect(run.sleeps).toEqual([
    { after: "poll", seconds: 60, at: 60 },
    { after: "poll", seconds: 60, at: 120 },
  ]);
  const uploaded = emulator.calls.find((c) => c.method === "PUT")!.body as string;
  expect(
    uploaded
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))[1],
  ).toEqual({
    custom_id: "prompt-1",
    body: {
      model: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
      max_tokens: 512,
      messages: [
        { role: "system", content: "Be brief." },
        { role: "user", content: "Name a planet" },
      ],
    },
  });
  const { status, results, failed, usage } = run.result;
  expect(status).toBe("COMPLETED");
  expect(failed).toBe(0);
  expect(results.map((r: { custom_id: string }) => r.custom_id)).toEqual(["prompt-0", "prompt-1", "prompt-2"]);
  expect(results[2]).toMatchObject({ index: 2, prompt: "Name a river", finish_reason: "stop" });
  expect(results[2].text).toContain('You said: "Name a river"');
  expect(usage.completion_tokens).toBeGreaterThan(0);
});

test("at max_polls the wait gives up with a clear error and no sleep after the last poll", async () => {
  const run = await runFlow(FLOW, {
    together: emulator.resource("togetherai"),
    prompts,
    max_polls: 2,
    poll_seconds: 5,
  });
  expect(run.error).toMatchObject({ step_id: "check" });
  expect(run.error!.message).toMatch(/^Together batch \S+ is still IN_PROGRESS \(50% done\) after 2 polls 5 s apart/);
  expect(run.sleeps).toEqual([{ after: "poll", seconds: 5, at: 5 }]);
  expect(run.jobs.filter((j) => j.step === "poll")).toHaveLength(2);
  expect(run.jobs.map((j) => j.step)).not.toContain("download");
});

test("a batch Together reports FAILED ends the wait at once and fails the flow with its reason", async () => {
  failing = true;
  try {
    const run = await runFlow(FLOW, { together: emulator.resource("togetherai"), prompts });
    expect(run.error!.message).toMatch(/^Together batch \S+ ended FAILED: input file: model not available$/);
    expect(run.sleeps).toEqual([]);
    expect(run.jobs.filter((j) => j.step === "poll")).toHaveLength(1);
  } finally {
    failing = false;
  }
});
