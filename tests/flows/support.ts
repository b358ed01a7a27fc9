// One emulator for a flow test file, reached over TCP like the real APIs, with no streaming pauses.
import { afterAll } from "bun:test";
import { startEmulator } from "../../runner/emulator.ts";

export function flowEmulator() {
  const emulator = startEmulator({ delayMs: 0 });
  afterAll(() => emulator.stop());
  return emulator;
}
