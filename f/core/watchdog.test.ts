import { describe, expect, test } from "bun:test";
import { watchdog } from "./watchdog.ts";

describe("watchdog", () => {
  test("aborts once the silence reaches the limit", async () => {
    const dog = watchdog(30);
    await Bun.sleep(60);
    expect([dog.timedOut, dog.signal.aborted]).toEqual([true, true]);
  });

  test("counts each silence from the last sign of life, not from the start", async () => {
    const dog = watchdog(40);
    for (let i = 0; i < 4; i++) {
      await Bun.sleep(20);
      dog.alive();
    }
    expect(dog.signal.aborted).toBe(false);
    dog.stop();
  });

  test("never fires after stop", async () => {
    const dog = watchdog(20);
    dog.stop();
    await Bun.sleep(40);
    expect(dog.signal.aborted).toBe(false);
  });
});
