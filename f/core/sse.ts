// Reads a text/event-stream body and hands each event to a callback, one network chunk at a time.
// Version-qualified so Windmill locks this version at deploy and relock time, not `latest` (windmill.md);
// tsconfig.json `paths` maps the specifier onto the installed package for Bun, tsc and Bun.build.
import { createParser, type EventSourceMessage } from "eventsource-parser@3.1.1";
import { byobReader } from "./byte_stream.ts";
import type { Reply } from "./http.ts";

export type { EventSourceMessage };

export interface SseHandlers {
  onEvent(event: EventSourceMessage): void;
  /** After every network chunk's events: the moment to flush coalesced output. */
  onChunk?(): void;
}

/**
 * Callbacks rather than an async iterator: no promise per event, so parsing keeps pace with fetch.
 * eventsource-parser handles CR/LF/CRLF, comments, `event:` and multi-line `data:`;
 * the streaming TextDecoder handles chunks that end inside a UTF-8 character.
 */
const BUFFER = 64 * 1024;

export async function readSse(reply: Reply, handlers: SseHandlers): Promise<void> {
  const body = reply.response.body;
  if (!body) return;
  const parser = createParser({ onEvent: handlers.onEvent });
  const decoder = new TextDecoder();
  const byob = byobReader(body);
  const plain = byob ? undefined : body.getReader();
  const reader = byob ?? plain!;
  // Deno's default reader allocates 64 KiB per read (f/core/byte_stream.ts); a BYOB reader reuses one
  // buffer, decoded before the next read, so a long stream no longer leaves a buffer per chunk to the GC.
  let buf = new ArrayBuffer(byob ? BUFFER : 0);
  try {
    for (;;) {
      const { done, value } = plain ? await plain.read() : await byob!.read(new Uint8Array(buf));
      if (done) break;
      if (byob) buf = value.buffer as ArrayBuffer;
      reply.alive();
      parser.feed(decoder.decode(value, { stream: true }));
      handlers.onChunk?.();
    }
  } catch (e) {
    // A handler gave up (e.g. an error event): close the connection rather than leave it streaming.
    reader.cancel().catch(() => {});
    throw e;
  }
  // As the SSE standard says, an event cut off before its blank line is discarded, never half-read.
}
