// Windmill's result stream: text printed as `WM_STREAM:` lines appears live in the UI and to SSE consumers.
import { HeldBack } from "./redact.ts";

/**
 * Collects text deltas and prints them as one line per flush, exactly as windmill-client's
 * appendToResultStream does. Deltas that arrive in the same network chunk share one line:
 * a line per token would make logging, not the network, the cost of a stream. The text is masked
 * as one text, the last 7 characters held back until the next flush or `end()` (f/core/redact.ts).
 */
export class ResultStream {
  private pending = "";
  private readonly mask: HeldBack;
  /** True once any text was printed: from then on a failed stream must not be retried. */
  started = false;

  /** `secret`: the key to keep out of the stream (the job's key when left out). */
  constructor(secret?: string) {
    this.mask = new HeldBack(secret);
  }

  /** False while nothing shown was masked: the text pushed so far then holds no fragment of the key. */
  get masked(): boolean {
    return this.mask.masked;
  }

  push(text: string): void {
    this.pending += text;
  }

  flush(): void {
    if (!this.pending) return;
    this.print(this.mask.take(this.pending));
    this.pending = "";
  }

  /** Flushes and releases the held-back tail: call once the stream has ended well. */
  end(): void {
    this.flush();
    this.print(this.mask.end());
  }

  /**
   * A stream that fails once text was shown releases its held-back tail too: no retry will repeat it,
   * and the tail can hold no more of the key than a clean end would let out. Before any text nothing
   * is printed, so a retry starts clean.
   */
  fail(): void {
    if (this.started) this.end();
  }

  private print(text: string): void {
    if (!text) return;
    console.log("WM_STREAM: " + text.replace(/\n/g, "\\n"));
    this.started = true;
  }
}
