// The fallback flow end to end against the emulator: Together answers, or, when it fails on every
// attempt of the script's own retries, the flow goes on (continue_on_error) and Cohere answers.
import { expect, test } from "bun:test";
import { runFlow } from "./harness.ts";
import { type Call, flowEmulator, togetherError } from "./support.ts";

const FLOW = "f/flows/chat_with_fallback__flow";
let outage: Response | undefined;
let cohereDown = false;
const together = (c: Call) => c.path === "/togetherai/chat/completions";
const cohere = (c: Call) => c.path === "/cohere/v2/chat";
const emulator = flowEmulator((c) => {
  if (together(c) && outage) return outage.clone();
  if (cohere(c) && cohereDown) return Response.json({ message: "cohere is down too" }, { status: 400 });
  return undefined;
});
const inputs = () => ({
  together: emulator.resource("togetherai"),
  cohere: emulator.resource("cohere"),
  messages: [{ role: "user", content: "Say hello" }],
});
const attempts = (match: (c: Call) => boolean, since: number) => emulator.calls.slice(since).filter(match).length;

test("Together answers when it is up, and Cohere is never asked", async () => {
  outage = undefined;
  const mark = emulator.calls.length;
  const run = await runFlow(FLOW, inputs());
  expect(run.result).toMatchObject({ provider: "togetherai", fallback_reason: null });
  expect(run.result.text).toContain('You said: "Say hello"');
  expect(run.stream).toBe(run.result.text);
  expect(attempts(cohere, mark)).toBe(0);
  expect(run.jobs.map((j) => j.step)).toEqual(["together", "answer"]);
});

test("a 503 on every attempt of Together's retries makes Cohere answer, and the result says so", async () => {
  outage = togetherError(503, "The server is overloaded");
  const mark = emulator.calls.length;
  const run = await runFlow(FLOW, inputs());
  expect(run.error).toBeUndefined();
  expect(attempts(together, mark)).toBe(3);
  expect(attempts(cohere, mark)).toBe(1);
  expect(run.result).toMatchObject({
    provider: "cohere",
    model: "command-a-03-2025",
    fallback_reason: { provider: "togetherai", name: "ProviderError", status: 503 },
  });
  expect(run.result.fallback_reason.message).toContain("The server is overloaded");
  expect(run.result.text).toContain("Cohere emulator");
  const body = run.jobs.find((j) => j.step === "cohere")!.args.body;
  expect(body).toEqual({
    model: "command-a-03-2025",
    messages: [{ role: "user", content: "Say hello" }],
    max_tokens: 1024,
    temperature: 0.3,
    stream: true,
  });
});

test("with together_retries 0 a refusal falls back at once", async () => {
  outage = togetherError(429, "rate limited");
  const mark = emulator.calls.length;
  const run = await runFlow(FLOW, { ...inputs(), together_retries: 0 });
  expect(attempts(together, mark)).toBe(1);
  expect(run.result.provider).toBe("cohere");
});

test("when Cohere fails too, the flow fails at the Cohere step with Cohere's message", async () => {
  outage = togetherError(400, "bad request");
  cohereDown = true;
  try {
    const run = await runFlow(FLOW, inputs());
    expect(run.error).toMatchObject({ step_id: "cohere", name: "ProviderError" });
    expect(run.error!.message).toContain("cohere is down too");
  } finally {
    cohereDown = false;
  }
});
