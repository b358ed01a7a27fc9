//native
// One poll's verdict: done on COMPLETED; a clear failure on FAILED, EXPIRED or CANCELLED, and when the
// batch is still running after the last allowed poll, so the wait never loops forever.
type Batch = { id: string; status: string; progress?: number; error?: string; error_file_id?: string };

export async function main(batch: Batch, poll: number, max_polls: number, poll_seconds: number) {
  const where = `Together batch ${batch.id}`;
  if (batch.status === "COMPLETED") return { done: true, status: batch.status, polls: poll, batch };
  if (["FAILED", "EXPIRED", "CANCELLED"].includes(batch.status)) {
    const why = batch.error
      ? `: ${batch.error}`
      : batch.error_file_id
        ? ` (errors in file ${batch.error_file_id})`
        : "";
    throw new Error(`${where} ended ${batch.status}${why}`);
  }
  if (poll >= max_polls) {
    throw new Error(
      `${where} is still ${batch.status} (${batch.progress ?? 0}% done) after ${poll} polls ${poll_seconds} s apart. ` +
        "It goes on at Together: check it later with f/togetherai/get_batch, or run the flow with a larger max_polls.",
    );
  }
  return { done: false, status: batch.status, polls: poll, batch };
}
