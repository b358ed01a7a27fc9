//native
// Checks the documents, numbers them, and cuts their texts into batches of the size one Cohere
// embed call accepts (96 texts, https://docs.cohere.com/reference/embed), keeping their order.
const BATCH = 96;

export async function main(documents: { text: string; title?: string; url?: string }[]) {
  if (!Array.isArray(documents) || documents.length === 0) throw new Error("documents: give at least one document");
  const docs = documents.map((d, index) => {
    // A plain string is taken as a document's text, for callers passing a list of strings.
    const doc = typeof d === "string" ? { text: d } : d;
    if (typeof doc?.text !== "string" || doc.text.trim() === "") {
      throw new Error(`documents[${index}].text: must be a non-empty string`);
    }
    return { id: `doc_${index}`, index, text: doc.text, title: doc.title || undefined, url: doc.url || undefined };
  });
  const batches: string[][] = [];
  for (let i = 0; i < docs.length; i += BATCH) batches.push(docs.slice(i, i + BATCH).map((d) => d.text));
  return { documents: docs, batches };
}
