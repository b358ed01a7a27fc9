// The per-attempt timeout: a deadline for the response headers, then for each silence while reading.

/** One timer per attempt, re-armed lazily: `alive()` only stamps the time, so a chunk costs next to nothing.
 * Date.now, not performance.now: the native isolates promise only the web-standard basics. */
export function watchdog(ms: number) {
  const controller = new AbortController();
  let last = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const dog = {
    signal: controller.signal,
    timedOut: false,
    alive: () => void (last = Date.now()),
    stop: () => clearTimeout(timer),
  };
  const check = () => {
    const idle = Date.now() - last;
    if (idle < ms) return void (timer = setTimeout(check, ms - idle));
    dog.timedOut = true;
    controller.abort();
  };
  timer = setTimeout(check, ms);
  return dog;
}
