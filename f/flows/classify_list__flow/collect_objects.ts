//native
// Collects one typed object per item, in input order, from each chat result's `parsed` key (the
// schema-checked structured output of f/togetherai/create_chat_completion). An item whose call
// failed, or whose answer has no parsed object, is reported by its index; the others are kept.
type Answer = { parsed?: unknown; error?: { message?: string; name?: string } } | null;

export async function main(items: string[], answers: Answer[]) {
  const objects: unknown[] = [];
  const failures: { index: number; item: string; error: string }[] = [];
  items.forEach((item, index) => {
    const answer = answers[index];
    const parsed = answer?.parsed;
    if (answer?.error || parsed === undefined || parsed === null) {
      objects.push(null);
      const error = answer?.error
        ? `${answer.error.name ?? "Error"}: ${answer.error.message ?? "failed"}`
        : "the answer holds no schema-checked object (parsed)";
      failures.push({ index, item, error });
    } else objects.push(parsed);
  });
  return { objects, failures, succeeded: items.length - failures.length, failed: failures.length };
}
