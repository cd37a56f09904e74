/**
 * A `sed s` pattern from the Dockerfile as a JS RegExp, only when running it cannot blow up. The
 * pattern is the file author's: `s/(a+)+$/x/` over a repository line would backtrack exponentially
 * and hang the linter (and the language server), which no time budget can interrupt mid-match.
 */

/** Longest text a sed pattern is run on; longer repository lines make the file's content unknown. */
export const MAX_SED_SUBJECT = 256;
/** Unbounded quantifiers (`*`, `+`, `{n,m}`): with k of them a failing match costs up to ~n^(k+1). */
const MAX_REPEATS = 2;
/** Every quantifier and alternative multiplies the paths to try. */
const MAX_CHOICES = 4;

/** The pattern as a global RegExp; null when it is invalid or could backtrack badly. */
export function sedRegex(pattern: string): RegExp | null {
  if (!isTame(pattern)) return null;
  try {
    return new RegExp(pattern, 'g');
  } catch {
    return null;
  }
}

// Reads the pattern as JavaScript will (non-unicode mode). No group may be quantified, no
// backreference or lookaround, and few quantifiers overall.
function isTame(p: string): boolean {
  let repeats = 0;
  let choices = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '\\') {
      if (/[1-9k]/.test(p[i + 1] ?? '')) return false;
      i++;
    } else if (c === '[') {
      let j = i + 1;
      if (p[j] === '^') j++;
      while (j < p.length && p[j] !== ']') j += p[j] === '\\' ? 2 : 1;
      i = j;
    } else if (c === '(') {
      if (p[i + 1] === '?') return false;
    } else if (c === ')') {
      if (/[*+?{]/.test(p[i + 1] ?? '')) return false;
    } else if (c === '*' || c === '+' || c === '{') {
      repeats++;
      choices++;
    } else if (c === '?' || c === '|') {
      choices++;
    }
  }
  return repeats <= MAX_REPEATS && choices <= MAX_CHOICES;
}
