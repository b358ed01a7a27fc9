// `npm start` with no arguments: show a newcomer live streaming from each provider's chat
// script against the offline emulator (no key, no network), then how to go live.
// One provider failing does not stop the tour; it still ends with a failure status.
import { existsSync } from "node:fs";
import { findOperation } from "./discover.ts";
import { describeError } from "./errors.ts";
import type { Printer } from "./printer.ts";
import { providerIds, providers } from "./providers.ts";
import { runOperation, type EmulatorHandle } from "./run.ts";

const question = "Hello! In one sentence, what can you do for a Windmill flow?";

export class TourFailed extends Error {
  override name = "TourFailed";
}

function hints(printer: Printer): void {
  const anyKey = providerIds.find((id) => process.env[providers[id].keyEnv]);
  printer.heading("\nTo call the real APIs:");
  const lines = [
    "  export CO_API_KEY=...   # or AI21_API_KEY, TOGETHER_API_KEY; base URLs: CO_API_URL, AI21_BASE_URL, TOGETHER_BASE_URL",
    `  npm start -- cohere/chat --body '{"model":"${providers.cohere.chat.model}","stream":true,` +
      `"messages":[{"role":"user","content":"Hi"}]}'`,
    "  npm start -- cohere/chat --resource f/your/cohere --body @request.json   # a Windmill resource (WM_* env)",
    "  npm start -- --list     every operation        npm start -- --help     every option",
  ];
  if (anyKey) lines.unshift(`  (${providers[anyKey].keyEnv} is set: runs without --emulator already use it)`);
  for (const line of lines) printer.say(line);
}

export async function runTour(root: string, printer: Printer, emulators: EmulatorHandle): Promise<void> {
  printer.heading("Tour: one streamed chat per provider, answered by the built-in offline emulator.");
  const failed: string[] = [];
  for (const id of providerIds) {
    const { chat, label } = providers[id];
    printer.heading(`\n▶ ${label}, streaming: npm start -- ${chat.operation}`);
    if (!existsSync(`${root}/f/${chat.operation}.ts`)) {
      printer.note(`(skipped: f/${chat.operation}.ts is not written yet)`);
      continue;
    }
    const body = { model: chat.model, messages: [{ role: "user", content: question }], stream: true };
    const operation = findOperation(root, chat.operation);
    try {
      await runOperation(
        { operation, body, forceEmulator: true, options: {}, extra: {}, brief: true },
        printer,
        emulators,
      );
    } catch (error) {
      printer.error(describeError(error));
      failed.push(chat.operation);
    }
  }
  hints(printer);
  if (failed.length) throw new TourFailed(`the tour could not run ${failed.join(", ")}`);
}
