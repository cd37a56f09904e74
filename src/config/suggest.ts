/** The closest candidate to a misspelt name, or null when none is close enough. */
export function suggest(name: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  const limit = Math.max(2, Math.floor(name.length / 3));
  for (const candidate of candidates) {
    const [a, b] = [name.toLowerCase(), candidate.toLowerCase()];
    // A prefix (`warn` for `warning`) is as good as a one-letter slip.
    const d = a.length >= 3 && b.startsWith(a) ? 1 : distance(a, b);
    if (d < bestDistance || (d === bestDistance && best !== null && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : null;
}

/** `unknown rule (did you mean x?)` tail, or '' when nothing is close. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const s = suggest(name, candidates);
  return s === null ? '' : ` (did you mean ${s}?)`;
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 10) return Infinity;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
