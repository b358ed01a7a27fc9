// The summarise flow end to end against the emulator: chunks at paragraph breaks, one summary per
// chunk in parallel, then one combined summary; a short document takes a single call.
import { expect, test } from "bun:test";
import { runFlow } from "./harness.ts";
import { flowEmulator } from "./support.ts";

const FLOW = "f/flows/summarise_document__flow";
const emulator = flowEmulator();

const paragraph = (topic: string) =>
  Array.from({ length: 18 }, (_, i) => `${topic} sentence ${i} explains one more detail.`).join(" ");
const document = ["Alpha", "Bravo", "Charlie", "Delta", "Echo"].map(paragraph).join("\n\n");

test("a long document is cut at paragraph breaks, mapped in parallel and reduced to one summary", async () => {
  const run = await runFlow(FLOW, { cohere: emulator.resource("cohere"), document, chunk_chars: 1500 });
  expect(run.error).toBeUndefined();
  const chunks = run.jobs.filter((j) => j.step === "summarise_chunk").map((j) => j.args.body.messages[1].content);
  expect(chunks).toEqual(document.split("\n\n"));
  expect(run.concurrency.map).toBe(4);
  const system = run.jobs.find((j) => j.step === "summarise_chunk")!.args.body.messages[0].content;
  expect(system).toContain("part 1 of 5");
  const reduce = run.jobs.find((j) => j.step === "reduce")!.args.body;
  expect(reduce.stream).toBe(true);
  expect(reduce.messages[1].content).toStartWith("Part 1:\nYou said:");
  expect(reduce.messages[1].content).toContain("\n\nPart 5:\n");

  const { summary, chunks: count, partial_summaries, usage } = run.result;
  expect(count).toBe(5);
  expect(partial_summaries).toHaveLength(5);
  expect(partial_summaries[2]).toContain("Charlie sentence 0");
  expect(summary).toBe(run.stream.trim());
  expect(summary).toContain('You said: "Part 1:');
  expect(usage.calls).toBe(6);
  expect(usage.output_tokens).toBeGreaterThan(0);
});

test("a document that fits in one chunk is summarised in one call, without the reduce step", async () => {
  const run = await runFlow(FLOW, { cohere: emulator.resource("cohere"), document: "A short memo about owls." });
  expect(run.jobs.map((j) => j.step)).toEqual(["chunk", "summarise_chunk", "finish"]);
  expect(run.jobs[1]!.args.body.messages[0].content).toBe("Summarise the document in at most 200 words.");
  expect(run.result.summary).toContain("A short memo about owls.");
  expect(run.result.usage.calls).toBe(1);
});

test("the focus reaches every prompt", async () => {
  const run = await runFlow(FLOW, { cohere: emulator.resource("cohere"), document, chunk_chars: 3000, focus: "risks" });
  const systems = run.jobs.filter((j) => j.runs === "f/cohere/chat").map((j) => j.args.body.messages[0].content);
  expect(systems.length).toBeGreaterThan(2);
  expect(systems.every((s: string) => s.endsWith("Focus on: risks"))).toBe(true);
});
