// The grounded-answer flow end to end against the emulator: 200 documents embedded in batches of
// 96, ranked, reranked, answered with citations, and rendered as Markdown with footnotes.
import { expect, test } from "bun:test";
import { runFlow } from "./harness.ts";
import { flowEmulator } from "./support.ts";

const FLOW = "f/flows/grounded_answer__flow";
const emulator = flowEmulator();

const documents: { title: string; text: string; url?: string }[] = Array.from({ length: 200 }, (_, i) => ({
  title: `Log ${i}`,
  text: `Routine maintenance log ${i}: the conveyor belt was inspected and oiled.`,
}));
documents[137] = {
  title: "Owls",
  text: "Owls hunt mice and voles at night. By day they rest in hollow trees.",
  url: "https://example.org/owls",
};

test("200 documents are embedded in order-keeping batches of 96, and the answer cites the right one", async () => {
  const run = await runFlow(FLOW, {
    cohere: emulator.resource("cohere"),
    question: "When do owls hunt mice?",
    documents,
  });
  expect(run.error).toBeUndefined();
  const batches = run.jobs.filter((j) => j.step === "embed_batch").map((j) => j.args.body.texts);
  expect(batches.map((b) => b.length)).toEqual([96, 96, 8]);
  expect(batches.flat()).toEqual(documents.map((d) => d.text));
  expect(run.concurrency.embed_documents).toBeLessThanOrEqual(4);

  const { markdown, text, citations, sources } = run.result;
  expect(sources[0]).toMatchObject({ footnote: 1, id: "doc_137", index: 137, title: "Owls" });
  expect(citations[0]).toMatchObject({ document_ids: ["doc_137"], footnotes: [1] });
  expect(text.slice(citations[0].start, citations[0].end)).toBe(citations[0].text);
  expect(markdown).toContain(`${citations[0].text}[^1]`);
  expect(markdown).toContain('[^1]: [**Owls**](https://example.org/owls): "Owls hunt mice');
  // The answer streamed live while the step still returned the structured response.
  expect(run.stream).toBe(text);
});

test("the reranker gets the closest candidates and the chat only the top_n it kept", async () => {
  const run = await runFlow(FLOW, {
    cohere: emulator.resource("cohere"),
    question: "owls",
    documents: documents.slice(130, 140),
    candidates: 4,
    top_n: 2,
  });
  const rerank = run.jobs.find((j) => j.step === "rerank")!;
  expect(rerank.args.body.documents).toHaveLength(4);
  expect(rerank.args.body.top_n).toBe(2);
  const chat = run.jobs.find((j) => j.step === "answer")!;
  expect(chat.args.body.documents.map((d: { id: string }) => d.id)[0]).toBe("doc_7");
  expect(chat.args.body.documents).toHaveLength(2);
});

test("a document without text fails the flow before any call, naming it", async () => {
  const run = await runFlow(FLOW, {
    cohere: emulator.resource("cohere"),
    question: "q",
    documents: [{ text: "fine" }, { title: "empty" }],
  });
  expect(run.error).toMatchObject({ step_id: "prepare", message: "documents[1].text: must be a non-empty string" });
  expect(run.jobs.map((j) => j.step)).toEqual(["prepare"]);
});
