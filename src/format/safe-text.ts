/** Making text from a Dockerfile safe to print: secrets hidden, terminal control characters defused. */
import { Masker, maskShapes, MIN_VALUE_LENGTH } from '../model/redaction.js';
import type { LintResult } from '../engine/types.js';

const maskers = new WeakMap<LintResult, Masker>();

/**
 * The masker of a file's lint result (built once per result): slices of the file by its secret
 * ranges, other strings by its secret values and the credential shapes. Messages were masked at
 * their data by the engine; formats still pass them through `prose` for findings made elsewhere.
 */
export function maskerFor(result: LintResult, text?: string): Masker {
  let m = maskers.get(result);
  if (!m) {
    // A result made without the engine's values (a test, a caller of its own): the text at its ranges.
    const values = result.secretValues ?? (text === undefined ? [] : result.secretSpans.map((s) => text.slice(s.start, s.end)).filter((v) => v.length >= MIN_VALUE_LENGTH));
    maskers.set(result, (m = new Masker(result.secretSpans, values)));
  }
  return m;
}

/** A path as printed: credential shapes hidden (a directory named after a token), control characters defused. */
export function shownPath(p: string): string {
  return printable(maskShapes(p));
}

/** A path for a machine format, which escapes control characters its own way: credential shapes hidden. */
export const maskPathShapes = maskShapes;

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

export function isUnsafe(c: number): boolean {
  return (c < 0x20 && c !== 0x09) || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/**
 * JSON text whose strings carry no character that drives a terminal or reorders text: the C1
 * controls and bidirectional controls that `JSON.stringify` leaves as they are become `\u` escapes
 * (C0 ones it escapes already), so the data is the same and the bytes are safe to print.
 */
export function terminalSafeJson(json: string): string {
  return json.replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
