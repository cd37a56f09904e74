/** Making text from a Dockerfile safe to print: secrets hidden, terminal control characters defused. */
import type { Span } from '../model/types.js';
import { findSecrets, redact } from '../policy/secrets.js';

const MASK = '****';

/**
 * Hide secrets in a string that is not a slice of the file (a message, a fix's new text): every
 * value found at the file's secret spans, and anything shaped like a credential.
 */
export function redactString(value: string, text: string | undefined, secretSpans: Span[]): string {
  let out = value;
  if (text !== undefined) {
    const secrets = secretSpans
      .map((s) => text.slice(s.start, s.end))
      .filter((s) => s.length >= 4)
      .sort((a, b) => b.length - a.length);
    for (const secret of secrets) out = out.split(secret).join(MASK);
  }
  const found = findSecrets(out);
  return redact(out, 0, found.map((m) => ({ start: m.hideFrom, end: m.end })));
}

/** Hide secrets in a slice of the file that starts at `offset`. */
export function redactSlice(slice: string, offset: number, secretSpans: Span[]): string {
  return redact(slice, offset, secretSpans);
}

/**
 * Replace characters that could drive the terminal (C0/C1 controls; ESC starts escape sequences)
 * or reorder what the reader sees (bidirectional overrides, "Trojan Source"). Tabs stay.
 */
export function printable(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (isUnsafe(s.charCodeAt(i))) {
      out += `${s.slice(from, i)}\uFFFD`;
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

function isUnsafe(c: number): boolean {
  return (c < 0x20 && c !== 0x09) || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}
