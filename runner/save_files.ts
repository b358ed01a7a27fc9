// --out FILE: every file a result holds goes to disk under the user's name (name-1.ext, name-2.ext …
// when there are several). The path is checked before the script runs, so a typo never costs a paid
// call; a content type that the extension does not name is kept as asked, with a warning.
import { accessSync, constants, statSync, writeFileSync } from "node:fs";
import { basename, dirname, extname } from "node:path";
import mime from "mime";
import { decodeBlob, findFiles, type FoundFile, type SavedBlob } from "./blobs.ts";
import { UsageError } from "./errors.ts";

/** Refuses, before any call, an --out path that could not be written: a missing or read-only folder, or a folder itself. */
export function checkOutPath(file: string): void {
  const folder = dirname(file);
  const kind = (path: string) => {
    try {
      return statSync(path).isDirectory() ? "folder" : "file";
    } catch {
      return undefined;
    }
  };
  if (kind(file) === "folder")
    throw new UsageError(`--out ${file} is a folder: give a file name, e.g. ${file}/out.bin`);
  if (kind(folder) !== "folder")
    throw new UsageError(`--out ${file}: the folder ${folder} does not exist (create it first)`);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new UsageError(`--out ${file}: the folder ${folder} is not writable`);
  }
}

/** `speech.mp3` for one file; `img-1.png`, `img-2.png` … for several. */
export function outNames(file: string, count: number): string[] {
  if (count === 1) return [file];
  const ext = extname(file);
  const stem = ext ? file.slice(0, -ext.length) : file;
  return Array.from({ length: count }, (_, i) => `${stem}-${i + 1}${ext}`);
}

/** Why `file`'s extension does not fit the content, or undefined when it does (or nothing can be told).
 *  Generic types (application/octet-stream, text/…) fit any name. */
export function mismatch(file: string, found: FoundFile): string | undefined {
  const type = found.contentType?.split(";")[0]?.trim().toLowerCase();
  if (!type || type === "application/octet-stream" || type.startsWith("text/")) return undefined;
  const fitting = mime.getAllExtensions(type);
  const ext = extname(file).slice(1).toLowerCase();
  if (!fitting?.size || fitting.has(ext)) return undefined;
  const own = found.filename ? extname(found.filename).slice(1).toLowerCase() : "";
  const better = fitting.has(own) ? own : mime.getExtension(type);
  const named = ext ? `.${ext} means ${mime.getType(file) ?? "another type"}` : "the name has no extension";
  const suggestion = better ? ` (${basename(file, extname(file))}.${better} would match)` : "";
  return `the content is ${type}, but ${named}; saved under your name anyway${suggestion}`;
}

/** Writes every file of the result; returns where each went (for the printed result) and warnings. */
export function saveFiles(result: unknown, file: string): { saved: SavedBlob[]; warnings: string[] } {
  const found = findFiles(result);
  const names = outNames(file, found.length);
  const warnings: string[] = [];
  const saved = found.map((entry, i) => {
    const bytes = decodeBlob(entry.blob);
    writeFileSync(names[i]!, bytes);
    const why = mismatch(names[i]!, entry);
    if (why) warnings.push(`--out ${names[i]}: ${why}`);
    return { path: entry.path, file: names[i]!, bytes: bytes.length };
  });
  return { saved, warnings };
}
