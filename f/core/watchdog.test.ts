import { afterEach, beforeEach, describe, expect, jest, test } from "bun:test";
import { watchdog } from "./watchdog.ts";

// Fake timers move setTimeout and Date.now together, so no test races the machine's load.
beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("watchdog", () => {
  test("aborts once the silence reaches the limit, and not a millisecond before", () => {
    const dog = watchdog(30);
    jest.advanceTimersByTime(29);
    expect([dog.timedOut, dog.signal.aborted]).toEqual([false, false]);
    jest.advanceTimersByTime(1);
    expect([dog.timedOut, dog.signal.aborted]).toEqual([true, true]);
  });

  test("counts each silence from the last sign of life, not from the start", () => {
    const dog = watchdog(40);
    for (let i = 0; i < 4; i++) {
      jest.advanceTimersByTime(39);
      dog.alive();
    }
    expect(dog.signal.aborted).toBe(false);
    jest.advanceTimersByTime(39);
    expect(dog.signal.aborted).toBe(false);
    jest.advanceTimersByTime(1);
    expect(dog.signal.aborted).toBe(true);
  });

  test("never fires after stop", () => {
    const dog = watchdog(20);
    dog.stop();
    jest.advanceTimersByTime(1000);
    expect(dog.signal.aborted).toBe(false);
  });
});
