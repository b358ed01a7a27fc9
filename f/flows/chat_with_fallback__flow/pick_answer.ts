//native
// One answer whoever gave it: Together's, or Cohere's when Together failed (the step's error result,
// kept by continue_on_error), with which provider answered and why the fallback was taken.
type TogetherChat = {
  model?: string;
  choices?: { message?: { content?: string | null }; finish_reason?: string }[];
  usage?: unknown;
  error?: { name?: string; message?: string; status?: number };
};
type CohereChat = {
  message?: { content?: { type: string; text?: string }[] };
  finish_reason?: string;
  usage?: unknown;
};

export async function main(together: TogetherChat, cohere: CohereChat | null, cohere_model: string) {
  if (!together.error) {
    const choice = together.choices?.[0];
    return {
      provider: "togetherai",
      model: together.model,
      text: choice?.message?.content ?? "",
      finish_reason: choice?.finish_reason,
      usage: together.usage,
      fallback_reason: null,
      response: together,
    };
  }
  if (!cohere) throw new Error(`Together failed (${together.error.message}) and Cohere gave no answer`);
  const text = (cohere.message?.content ?? []).map((c) => (c.type === "text" ? (c.text ?? "") : "")).join("");
  const { name, message, status } = together.error;
  return {
    provider: "cohere",
    model: cohere_model,
    text,
    finish_reason: cohere.finish_reason,
    usage: cohere.usage,
    fallback_reason: { provider: "togetherai", name, status, message },
    response: cohere,
  };
}
