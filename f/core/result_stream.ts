// Windmill's result stream: text printed as `WM_STREAM:` lines appears live in the UI and to SSE consumers.

/**
 * Collects text deltas and prints them as one line per flush, exactly as windmill-client's
 * appendToResultStream does. Deltas that arrive in the same network chunk share one line:
 * a line per token would make logging, not the network, the cost of a stream.
 */
export class ResultStream {
  private pending = "";
  /** True once any text was printed: from then on a failed stream must not be retried. */
  started = false;

  push(text: string): void {
    this.pending += text;
  }

  flush(): void {
    if (!this.pending) return;
    console.log("WM_STREAM: " + this.pending.replace(/\n/g, "\\n"));
    this.pending = "";
    this.started = true;
  }
}
