// `bun bench/contract.ts`: what checking a request costs, per call, for the three chat scripts'
// contracts (auth, options and a typical body, with and without a tool). The budget is a few
// microseconds of the ~10 µs a script may add to an HTTP call (the performance issue).
import { contract as ai21 } from "../f/ai21/create_chat_completion.ts";
import { contract as cohere } from "../f/cohere/chat.ts";
import type { Contract } from "../f/core/contract.ts";
import { contract as together } from "../f/togetherai/create_chat_completion.ts";

const messages = [
  { role: "system", content: "Be brief." },
  { role: "user", content: "What is Windmill?" },
];
const tool = {
  type: "function",
  function: {
    name: "get_weather",
    description: "Weather in a city",
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
  },
};
const CASES: [string, Contract, object, object][] = [
  ["ai21", ai21, { apiKey: "ai21-key-0123456789" }, { model: "jamba-mini", messages, max_tokens: 256 }],
  ["together", together, { api_key: "tgp_v1_0123456789" }, { model: "m", messages, temperature: 0.7, stream: true }],
  ["together + tool", together, { api_key: "tgp_v1_0123456789" }, { model: "m", messages, tools: [tool] }],
  ["cohere", cohere, { apiKey: "co-key-0123456789" }, { model: "command-a-03-2025", messages, temperature: 0.3 }],
];

const N = 100_000;
for (const [name, contract, auth, body] of CASES) {
  for (let i = 0; i < N / 10; i++) contract.parse(auth, body, { max_retries: 2 });
  const t0 = performance.now();
  for (let i = 0; i < N; i++) contract.parse(auth, body, { max_retries: 2 });
  console.log(`${name.padEnd(16)} ${(((performance.now() - t0) * 1000) / N).toFixed(2)} µs per call`);
}
