// The known field a misspelt one probably meant: within an edit distance of 2, or sharing its
// first 4 characters ("temprature" -> "temperature", "max_token" -> "max_tokens").

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** The closest of `known` to `word`, or undefined when none is close. Only runs on an error. */
export function didYouMean(word: string, known: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const k of known) {
    const d = distance(w, k.toLowerCase());
    // A distance as long as the word itself ("x" -> "n") is no resemblance.
    const score = d <= 2 && d < w.length ? d : w.length >= 4 && k.toLowerCase().startsWith(w.slice(0, 4)) ? 3 : -1;
    if (score >= 0 && score < bestScore) [best, bestScore] = [k, score];
  }
  return best;
}
