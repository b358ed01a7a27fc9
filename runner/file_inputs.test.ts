import { afterAll, describe, expect, test } from "bun:test";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fromBase64 } from "../f/core/files.ts";
import { listOperations } from "./discover.ts";
import { UsageError } from "./errors.ts";
import { attachFiles, fieldPath, fileFields } from "./file_inputs.ts";
import { scriptMeta } from "./operation_help.ts";
import { Printer } from "./printer.ts";
import { EmulatorHandle, runOperation } from "./run.ts";

const repo = join(import.meta.dir, "..");
const folder = mkdtempSync(join(tmpdir(), "runner-file-"));
const local = join(folder, "clip.wav");
const bytes = new Uint8Array([82, 73, 70, 70, 0, 1, 2, 250, 255]);
writeFileSync(local, bytes);

const operations = listOperations(repo);
const findOperation = (_: string, id: string) => operations.find((op) => op.id === id)!;
/** Every file field of every operation, as --file names it. */
const fileFieldsOfAll = operations.flatMap((operation) =>
  fileFields(scriptMeta(operation)?.schema?.properties?.body).map((field) => ({ id: operation.id, field })),
);
const valueAt = (body: any, field: string) => fieldPath(field).reduce((node, step) => node?.[step], body);

describe("--file body.<field>=PATH", () => {
  test("the repository has file fields to fill (audio, uploads, datasets, code files)", () => {
    expect(fileFieldsOfAll.map((f) => `${f.id} ${f.field}`)).toEqual(
      expect.arrayContaining([
        "togetherai/create_transcription body.file",
        "cohere/create_dataset body.data",
        "togetherai/execute_code body.files[0].content",
      ]),
    );
  });

  test.each(fileFieldsOfAll)("fills $id $field with the file's bytes as base64", ({ id, field }) => {
    const { body } = attachFiles(findOperation(repo, id), { keep: "me" }, [{ field, path: local }]);
    expect(fromBase64(valueAt(body, field))).toEqual(bytes);
    expect(body.keep).toBe("me");
  });

  test("a file name field beside the file field gets the local name unless the body sets one", () => {
    const dataset = findOperation(repo, "cohere/create_dataset");
    expect(attachFiles(dataset, {}, [{ field: "body.data", path: local }]).body.data_filename).toBe("clip.wav");
    const named = attachFiles(dataset, { data_filename: "mine.csv" }, [{ field: "body.data", path: local }]);
    expect(named.body.data_filename).toBe("mine.csv");
    const upload = findOperation(repo, "togetherai/upload_file");
    expect(attachFiles(upload, {}, [{ field: "body.file", path: local }]).body.file_name).toBe("clip.wav");
  });

  test("a field that is not a file field is refused, listing the operation's file fields", () => {
    const op = findOperation(repo, "togetherai/create_transcription");
    expect(() => attachFiles(op, {}, [{ field: "body.model", path: local }])).toThrow(
      new UsageError(
        "--file body.model: not a file field of togetherai/create_transcription; its file fields: body.file",
      ),
    );
    const chat = findOperation(repo, "cohere/chat");
    expect(() => attachFiles(chat, {}, [{ field: "body.model", path: local }])).toThrow("it has no file field");
  });

  test("a missing, empty or folder path is refused before any call", () => {
    const op = findOperation(repo, "togetherai/create_transcription");
    const attach = (path: string) => () => attachFiles(op, {}, [{ field: "body.file", path }]);
    expect(attach(join(folder, "nope.wav"))).toThrow(
      `--file body.file=${join(folder, "nope.wav")}: ${join(folder, "nope.wav")} does not exist`,
    );
    writeFileSync(join(folder, "empty.wav"), "");
    expect(attach(join(folder, "empty.wav"))).toThrow("the file is empty");
    expect(attach(folder)).toThrow("is a folder");
  });

  test("only fields under body are accepted, with list items by index", () => {
    expect(fieldPath("body.files[1].content")).toEqual(["files", 1, "content"]);
    expect(() => fieldPath("file")).toThrow("name a field of the body");
    expect(() => fieldPath("body")).toThrow(UsageError);
  });
});

// The rest of each body the script needs; the file field itself comes from --file.
const bodies: Record<string, object> = {
  "togetherai/create_transcription body.file": {},
  "togetherai/create_translation body.file": {},
  "togetherai/execute_code body.files[0].content": {
    code: "print(open('clip.wav','rb').read()[:4])",
    files: [{ name: "clip.wav", encoding: "base64" }],
  },
  "togetherai/upload_file body.file": { purpose: "fine-tune" },
  "cohere/create_dataset body.data": { name: "clips", type: "embed-input" },
  "cohere/create_dataset body.eval_data": { name: "clips", type: "chat-finetune-input", data: btoa("{}") },
  "cohere/create_transcription body.file": { model: "cohere-transcribe-03-2026", language: "en" },
};

describe("--file through each script, against the emulator", () => {
  const emulators = new EmulatorHandle();
  afterAll(() => emulators.stop());
  const quiet = new Printer({ json: true, stdout: () => {}, stderr: () => {} });

  test("every file field has a body to try it with", () => {
    expect(Object.keys(bodies).sort()).toEqual(fileFieldsOfAll.map((f) => `${f.id} ${f.field}`).sort());
  });

  test.each(fileFieldsOfAll)("$id runs with --file $field", async ({ id, field }) => {
    const files = [{ field, path: local }];
    const input = { operation: findOperation(repo, id), body: bodies[`${id} ${field}`], files, options: {}, extra: {} };
    const result = await runOperation({ ...input, forceEmulator: true }, quiet, emulators);
    expect(result).toBeTruthy();
  });
});
