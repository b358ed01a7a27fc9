// The structured-output cases the three chat scripts' tests share: one schema, the object the
// structured fixtures (fixtures/<provider>/*.structured*.json) answer with, and replies that break it.
export const sentiment = {
  type: "object",
  properties: {
    label: { type: "string", enum: ["positive", "negative", "neutral"] },
    confidence: { type: "number", minimum: 0, maximum: 1 },
  },
  required: ["label", "confidence"],
  additionalProperties: false,
};

/** The text every *.structured fixture answers, and what it parses to. */
export const answerText = '{"label": "negative", "confidence": 0.92}';
export const answer = { label: "negative", confidence: 0.92 };

/** Two failures: an enum and a maximum. */
export const violating = '{"label": "angry", "confidence": 1.7}';
export const notJson = "Sure! The review sounds negative to me.";
/** What a reply cut at max_tokens looks like. */
export const cutShort = '{"label": "negative", "confid';

/** The message of a reply breaking `sentiment` as `violating` does. */
export const violatingMessage = (provider: string) =>
  [
    `${provider} structured output: the reply does not match the schema (2 failures)`,
    '- /label: enum: Instance does not match any of ["positive","negative","neutral"].',
    "- /confidence: maximum: 1.7 is greater than 1.",
    `Reply text (37 characters): ${violating}`,
  ].join("\n");
