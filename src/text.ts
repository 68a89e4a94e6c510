/** Small text helpers the configuration checks and the policy rules share. */

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Levenshtein distance: single-character insertions, deletions and substitutions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The candidate closest to `word` (ignoring case) within `maxDistance` edits; the first of equals wins. */
export function closest(word: string, candidates: readonly string[], maxDistance = 2): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** "; did you mean X?" when a candidate is close or starts with the word (a cut-off id), else "". */
export function didYouMean(word: string, candidates: readonly string[], maxDistance = 2): string {
  const lower = word.toLowerCase();
  const c =
    closest(word, candidates, maxDistance) ??
    (lower.length >= 3 ? candidates.find((x) => x.toLowerCase().startsWith(lower)) : undefined);
  return c === undefined || c === word ? "" : `; did you mean ${c}?`;
}
