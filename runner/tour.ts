// `npm start` with no arguments: show a newcomer live streaming from each provider's chat
// script against the offline emulator (no key, no network), then how to go on and go live.
// Every command it prints runs as shown, offline (a test runs them): the chats read their
// bodies from examples/, the same files the printed commands name.
// One provider failing does not stop the tour; it still ends with a failure status.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { findOperation } from "./discover.ts";
import { describeError } from "./errors.ts";
import type { Printer } from "./printer.ts";
import { providerIds, providers, type ProviderId } from "./providers.ts";
import { runOperation, type EmulatorHandle } from "./run.ts";

const examples = fileURLToPath(new URL("../examples/", import.meta.url));

export class TourFailed extends Error {
  override name = "TourFailed";
}

/** examples/<provider>_chat.json, as the printed command names it (paths are relative to the repository). */
export const chatExample = (id: ProviderId) => `examples/${id}_chat.json`;

function hints(printer: Printer): void {
  printer.heading("\nNext, each of these runs as shown:");
  const lines = [
    "  npm start -- togetherai/create_speech --body @examples/speech.json --out speech.mp3",
    "  npm start -- togetherai/create_transcription --body @examples/transcription.json --file body.file=examples/hello.wav",
    "  npm start -- cohere/chat --help   # one operation's fields, nested ones included",
    "  npm start -- --list               # every operation",
    "  npm start -- --help               # every option",
  ];
  for (const line of lines) printer.say(line);
  printer.heading("\nTo call the real APIs:");
  const anyKey = providerIds.find((id) => process.env[providers[id].keyEnv]);
  if (anyKey) printer.say(`  (${providers[anyKey].keyEnv} is set: runs without --emulator already use it)`);
  printer.say(
    "  set CO_API_KEY, AI21_API_KEY or TOGETHER_API_KEY (base URLs: CO_API_URL, AI21_BASE_URL, TOGETHER_BASE_URL)\n" +
      "  and the commands above call the provider; or pass --resource @file.json, or --resource f/your/cohere\n" +
      "  to use a resource of your Windmill workspace (with WM_BASE_URL, WM_TOKEN and WM_WORKSPACE set).",
  );
}

export async function runTour(root: string, printer: Printer, emulators: EmulatorHandle): Promise<void> {
  printer.heading("Tour: one streamed chat per provider, answered by the built-in offline emulator.");
  const failed: string[] = [];
  for (const id of providerIds) {
    const { chat, label } = providers[id];
    printer.heading(`\n▶ ${label}, streaming: npm start -- ${chat.operation} --body @${chatExample(id)}`);
    if (!existsSync(`${root}/f/${chat.operation}.ts`)) {
      printer.note(`(skipped: f/${chat.operation}.ts is not written yet)`);
      continue;
    }
    try {
      const body = JSON.parse(readFileSync(`${examples}${id}_chat.json`, "utf8"));
      const operation = findOperation(root, chat.operation);
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
