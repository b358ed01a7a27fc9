// Entry point of `npm start`: parse, dispatch, and turn every failure into a clear message
// and an exit code (1: the script failed, 2: a usage mistake).
import { fileURLToPath } from "node:url";
import { parseArgs, type ParsedArgs } from "./args.ts";
import { findOperation, listOperations } from "./discover.ts";
import { describeError, exitCodes, UsageError } from "./errors.ts";
import { helpText } from "./help.ts";
import { operationHelp } from "./operation_help.ts";
import { readJsonArg } from "./json_input.ts";
import { Printer } from "./printer.ts";
import { EmulatorHandle, runOperation } from "./run.ts";
import { runTour } from "./tour.ts";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));

function printList(root: string): void {
  const operations = listOperations(root);
  if (!operations.length) {
    console.log("No operations found under f/<provider>/ yet.");
    return;
  }
  const width = Math.max(...operations.map((op) => op.id.length));
  for (const op of operations) console.log(`${op.id.padEnd(width)}  ${op.summary}`);
  console.log(
    `\n${operations.length} operations. Run one: npm start -- <operation> --body '{...}'; its fields: npm start -- <operation> --help`,
  );
}

async function execute(args: ParsedArgs, printer: Printer, emulators: EmulatorHandle): Promise<void> {
  const root = args.root ?? repoRoot;
  if (args.command === "help") {
    const text = args.operation ? operationHelp(findOperation(root, args.operation)) : helpText;
    return void process.stdout.write(text);
  }
  if (args.command === "list") return printList(root);
  if (args.command === "tour") return runTour(root, printer, emulators);
  const operation = findOperation(root, args.operation!);
  const body = args.body === undefined ? undefined : await readJsonArg(args.body, "--body");
  await runOperation(
    {
      operation,
      body,
      resourceSpec: args.resource,
      forceEmulator: args.emulator,
      options: args.options,
      extra: args.extra,
      out: args.out,
      files: args.files,
      runtime: args.runtime,
    },
    printer,
    emulators,
  );
}

export async function cli(argv: string[]): Promise<number> {
  const emulators = new EmulatorHandle();
  const printer = new Printer({ json: argv.includes("--json") });
  try {
    const args = parseArgs(argv);
    await execute(args, printer, emulators);
    return exitCodes.ok;
  } catch (error) {
    printer.error(describeError(error));
    if (error instanceof UsageError) return exitCodes.usage;
    if (process.env.RUNNER_DEBUG && error instanceof Error && error.stack) printer.note(error.stack);
    return exitCodes.failure;
  } finally {
    emulators.stop();
  }
}

if (import.meta.main) {
  process.exitCode = await cli(process.argv.slice(2));
  // A script may leave a timer behind (a retry pause, an abandoned stream); a Windmill job
  // ends when main settles, so do we, once everything written has reached the pipes.
  const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((done) => stream.write("", () => done()));
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  setTimeout(() => process.exit(), 50).unref();
}
