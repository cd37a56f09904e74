import type { Span } from './types.js';

// `password <value>` of a netrc entry (apt's auth.conf, ~/.netrc), written on its own line or after
// a `\n` escape; a value that starts with `$` or `%` is a variable or a printf format, not the secret.
const NETRC_PASSWORD = /(?:(?<!\w)|(?<=\\n))password(?:[ \t]|\\n)+([^\s"'\\;&|`$%][^\s"'\\;&|`]*)/g;

// An entry starts with `machine <host>` or, for every other host, `default`.
const NETRC_ENTRY = /\bmachine\b|\bdefault(?:[ \t]|\\n)+(?:login|password|account)\b/;

/** Ranges of the passwords of netrc entries in a text that holds such an entry. */
export function netrcPasswords(text: string): Span[] {
  if (!NETRC_ENTRY.test(text)) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(NETRC_PASSWORD)) {
    const end = m.index + m[0].length;
    spans.push({ start: end - m[1]!.length, end });
  }
  return spans;
}
