// Where each kind of output goes. Pretty mode (people): live text and result on stdout,
// logs on stderr. --json mode (pipes): stdout carries only the one-line JSON result;
// live text and logs go to stderr.
import { abbreviateBlobs, toJson, type SavedBlob } from "./blobs.ts";
import { maskSecrets } from "./errors.ts";

export type Write = (text: string) => void;

export type PrinterOptions = {
  json: boolean;
  stdout?: Write;
  stderr?: Write;
  color?: boolean;
  /** start logs on a fresh line when live text is mid-line; only wise when both land on one
   *  terminal, since it adds a newline to the text. Default: stdout and stderr are TTYs. */
  breakForLogs?: boolean;
};

/** Starts the line that separates live text from the final result. */
export const resultMarker = "── result";

export class Printer {
  readonly json: boolean;
  secrets: string[] = [];
  private out: Write;
  private err: Write;
  private color: boolean;
  private breakForLogs: boolean;
  /** whether the live text ended mid-line; logs and the marker must start on a fresh line */
  private midLine = false;

  constructor(options: PrinterOptions) {
    this.json = options.json;
    this.out = options.stdout ?? ((t) => void process.stdout.write(t));
    this.err = options.stderr ?? ((t) => void process.stderr.write(t));
    this.color = options.color ?? (Boolean(process.stdout.isTTY) && !process.env.NO_COLOR);
    // in --json mode live text and logs share stderr, so a break never alters stdout
    this.breakForLogs = options.json || (options.breakForLogs ?? Boolean(process.stdout.isTTY && process.stderr.isTTY));
  }

  private paint(code: string, text: string): string {
    return this.color ? `\x1b[${code}m${text}\x1b[0m` : text;
  }

  private endLine(forLog = false): void {
    if (!this.midLine || (forLog && !this.breakForLogs)) return;
    (this.json ? this.err : this.out)("\n");
    this.midLine = false;
  }

  /** Streamed result text, written as it arrives, without adding newlines. */
  stream(text: string): void {
    if (!text) return;
    (this.json ? this.err : this.out)(text);
    this.midLine = !text.endsWith("\n");
  }

  /** A job log line from the script (retry notices...). */
  log(line: string): void {
    this.endLine(true);
    this.err(maskSecrets(line, this.secrets) + "\n");
  }

  /** The runner's own remarks: which resource, the emulator, hints. */
  note(line: string): void {
    this.endLine(true);
    this.err(this.paint("2", line) + "\n");
  }

  /** Plain text for people, on stdout (tour hints). */
  say(line: string): void {
    this.endLine();
    this.out(line + "\n");
  }

  heading(line: string): void {
    this.endLine();
    this.out(this.paint("1", line) + "\n");
  }

  /** Something the user should change, though the run went on (stderr). */
  warn(line: string): void {
    this.endLine(true);
    this.err(this.paint("33", "warning: ") + line + "\n");
  }

  /** The run's failure. Any live text was cut short, so it is ended first: the error starts its own line. */
  error(message: string): void {
    this.endLine();
    this.err(this.paint("31", "error: ") + maskSecrets(message, this.secrets) + "\n");
  }

  /** The final result; `brief` shows one truncated line (the tour), not the whole object. */
  result(value: unknown, saved: SavedBlob[] = [], detail = "", brief = false): void {
    this.endLine();
    if (this.json) {
      this.out(toJson(abbreviateBlobs(value, saved, false)) + "\n");
      return;
    }
    this.out(this.paint("36", `${resultMarker}${detail ? ` (${detail})` : ""} ──`) + "\n");
    this.out((brief ? briefOf(value) : toJson(abbreviateBlobs(value, saved, true), 2)) + "\n");
  }
}

/** The parts of a chat result a newcomer cares about, wherever the script put them. */
function briefOf(value: unknown): string {
  const found: Record<string, unknown> = {};
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    for (const [key, child] of Object.entries(node)) {
      if (/^(finish_reason|usage)$/.test(key) && !(key in found) && child) found[key] = child;
      else visit(child);
    }
  };
  visit(value);
  const keys = value && typeof value === "object" ? Object.keys(value).join(", ") : typeof value;
  const parts = Object.entries(found).map(([key, v]) => `${key}: ${toJson(v)}`);
  return [`{ ${keys} }`, ...parts].join("\n");
}
