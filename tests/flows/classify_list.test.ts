// The classify flow end to end against the emulator: a parallel loop of JSON-schema chats whose
// schema-checked objects (`parsed`, the structured-output result of create_chat_completion) come
// back in input order, with a failed item reported by its index.
import { expect, test } from "bun:test";
import { runFlow } from "./harness.ts";
import { type Call, flowEmulator, togetherError } from "./support.ts";

const FLOW = "f/flows/classify_list__flow";
// One item is refused by the provider (a 400 is not retried): the others must still come back.
const refused = (c: Call) => c.path.endsWith("/chat/completions") && JSON.stringify(c.body).includes("REFUSE");
const emulator = flowEmulator((c) =>
  refused(c) ? togetherError(400, "content refused by the safety model") : undefined,
);

const items = [
  "Negative: the parcel arrived broken.",
  "Positive, would buy again!",
  "REFUSE this one",
  "Neutral. It is a chair.",
  "negative again",
  "positive vibes",
  "a neutral note",
];

test("one schema-checked object per item, in input order, 5 at a time; the refused item reported by index", async () => {
  const run = await runFlow(FLOW, { together: emulator.resource("togetherai"), items });
  expect(run.error).toBeUndefined();
  expect(run.concurrency.each_item).toBe(5);
  const { objects, failures, succeeded, failed } = run.result;
  expect(objects.map((o: { label?: string } | null) => o?.label ?? null)).toEqual([
    "negative",
    "positive",
    null,
    "neutral",
    "negative",
    "positive",
    "neutral",
  ]);
  expect(objects[0]).toEqual({ label: "negative", confidence: 0.5 });
  expect(failures).toEqual([
    { index: 2, item: "REFUSE this one", error: expect.stringContaining("content refused by the safety model") },
  ]);
  expect([succeeded, failed]).toEqual([6, 1]);
});

test("each call asks for the flow's schema as a json_schema response_format, with the instructions as system message", async () => {
  const schema = { type: "object", properties: { city: { type: "string" } }, required: ["city"] };
  await runFlow(FLOW, {
    together: emulator.resource("togetherai"),
    items: ["I live in Lyon"],
    instructions: "Extract the city.",
    schema,
  });
  const body = emulator.calls.findLast((c) => c.path === "/togetherai/chat/completions")!.body;
  expect(body.messages).toEqual([
    { role: "system", content: "Extract the city." },
    { role: "user", content: "I live in Lyon" },
  ]);
  expect(body.response_format).toEqual({ type: "json_schema", json_schema: { name: "item", schema, strict: true } });
});
