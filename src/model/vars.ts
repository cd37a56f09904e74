/**
 * Variable expansion as BuildKit does it for FROM, ARG, ENV, COPY and ADD: `$V`, `${V}`,
 * `${V:-x}`, `${V-x}`, `${V:+x}`, `${V+x}`. A variable with no known value makes the result unknown.
 */

/** Value of a variable: a string, `null` when declared without a value, `undefined` when unknown. */
export type Lookup = (name: string) => string | null | undefined;

export interface Expansion {
  value: string | null;
  /** Variables the text referred to. */
  used: string[];
  /** Set when the value would be longer than MAX_VALUE_LENGTH: it is then unknown (`value` null). */
  tooLarge?: true;
  /** Set when `${V:-${W:-…}}` nests deeper than MAX_NESTING: the value is then unknown. */
  tooDeep?: true;
}

/**
 * The longest value (UTF-16 units) an expansion builds; a longer one is unknown and reported as too
 * large to expand. BuildKit refuses a line of 64 KiB, so no value written in a Dockerfile line
 * reaches it: only values composed from others (`A=$A$A` again and again) do, and each doubling
 * would double the memory and every message that quotes it.
 */
export const MAX_VALUE_LENGTH = 64 * 1024;

const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
/** Deeper `${A:-${B:-…}}` operands are not expanded (the value is unknown, `tooDeep`): no stack overflow. */
export const MAX_NESTING = 64;

/** A scanner rather than a regex: `${V:-${A}}` nests, and an operand may hold `}` inside `${…}`. */
export function expandVariables(text: string, lookup: Lookup, escape = '\\', depth = 0): Expansion {
  const used: string[] = [];
  if (depth > MAX_NESTING) return { value: null, used, tooDeep: true };
  let unknown = false;
  let tooLarge = false;
  let tooDeep = false;
  let braces: Int32Array | null = null;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === escape && text[i + 1] === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (c !== '$') {
      out += c;
      i++;
      continue;
    }
    let name: string;
    let op = '';
    let operand = '';
    let next: number;
    if (text[i + 1] === '{') {
      const m = nameAt(text, i + 2);
      const close = m ? (braces ??= matchingBraces(text))[i + 1]! : -1;
      if (!m || close === -1) {
        out += c;
        i++;
        continue;
      }
      name = m[0];
      const rest = text.slice(i + 2 + name.length, close);
      const opMatch = /^(:?[-+])/.exec(rest);
      if (rest !== '' && !opMatch) {
        // `${V%suffix}` and other forms BuildKit does not expand statically.
        unknown = true;
        used.push(name);
        out += text.slice(i, close + 1);
        i = close + 1;
        continue;
      }
      op = opMatch?.[1] ?? '';
      operand = rest.slice(op.length);
      next = close + 1;
    } else {
      const m = nameAt(text, i + 1);
      if (!m) {
        out += c;
        i++;
        continue;
      }
      name = m[0];
      next = i + 1 + name.length;
    }
    used.push(name);
    const value = lookup(name);
    let large = false;
    const sub = (t: string) => {
      const e = expandVariables(t, lookup, escape, depth + 1);
      used.push(...e.used);
      if (e.tooLarge) large = true;
      if (e.tooDeep) tooDeep = true;
      return e.value;
    };
    let replacement: string | null;
    if (op === ':-') replacement = value ? value : sub(operand);
    else if (op === '-') replacement = value !== undefined && value !== null ? value : sub(operand);
    else if (op === ':+') replacement = value ? sub(operand) : value === undefined ? null : '';
    else if (op === '+') replacement = value !== undefined && value !== null ? sub(operand) : '';
    else replacement = value ?? null;
    if (replacement === null) unknown = true;
    // Checked before the text is built: a doubling never allocates what it would not keep. The
    // scan goes on for the variables the rest names.
    if (large || out.length + (replacement?.length ?? 0) > MAX_VALUE_LENGTH) tooLarge = true;
    if (!tooLarge) out += replacement ?? '';
    i = next;
  }
  if (tooLarge || out.length > MAX_VALUE_LENGTH) return { value: null, used, tooLarge: true, ...(tooDeep ? { tooDeep: true as const } : {}) };
  return { value: unknown ? null : out, used, ...(tooDeep ? { tooDeep: true as const } : {}) };
}

// Sticky, at an offset: slicing the rest of the text at every `$` would be quadratic.
function nameAt(text: string, at: number): RegExpExecArray | null {
  NAME.lastIndex = at;
  return NAME.exec(text);
}

/** For each `{`, the index of the `}` that closes it (-1 if none), in one pass for the whole text. */
function matchingBraces(text: string): Int32Array {
  const close = new Int32Array(text.length).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') open.push(i);
    else if (text[i] === '}' && open.length > 0) close[open.pop()!] = i;
  }
  return close;
}

/** Remove one level of quotes as BuildKit does for ARG/ENV values (`"a b"` → `a b`). */
export function unquote(value: string): string {
  if (value.length >= 2 && ((value[0] === '"' && value.at(-1) === '"') || (value[0] === "'" && value.at(-1) === "'"))) {
    return value.slice(1, -1);
  }
  return value;
}

/** ARGs BuildKit defines for every build. Only the OS ones have a value known without the platform. */
export const PREDEFINED_ARGS: Record<string, string | undefined> = {
  TARGETPLATFORM: undefined,
  TARGETOS: 'linux',
  TARGETARCH: undefined,
  TARGETVARIANT: undefined,
  BUILDPLATFORM: undefined,
  BUILDOS: 'linux',
  BUILDARCH: undefined,
  BUILDVARIANT: undefined,
};

/**
 * A word of FROM as BuildKit's shell lexer reads it: variables expanded and one level of quotes
 * removed — `'…'` kept literally, `"…"` expanded, an escaped character taken as written — so
 * `FROM alpine:"3.23"` names `alpine:3.23`.
 */
export function expandWord(text: string, lookup: Lookup, escape = '\\'): Expansion {
  const used: string[] = [];
  let out = '';
  let unknown = false;
  let large = false;
  let deep = false;
  let piece = '';
  const flush = () => {
    if (piece === '') return;
    const e = expandVariables(piece, lookup, escape);
    used.push(...e.used);
    if (e.tooLarge || (e.value !== null && out.length + e.value.length > MAX_VALUE_LENGTH)) large = true;
    if (e.tooDeep) deep = true;
    if (e.value === null) unknown = true;
    else if (!large) out += e.value;
    piece = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === escape && i + 1 < text.length) {
      // `\$` stays for expandVariables to read as a literal `$`.
      piece += text[i + 1] === '$' ? c + '$' : text[i + 1];
      i++;
    } else if (c === "'") {
      const close = text.indexOf("'", i + 1);
      if (close === -1) {
        piece += text.slice(i);
        break;
      }
      flush();
      out += text.slice(i + 1, close);
      i = close;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < text.length && text[j] !== '"'; j++) {
        if (text[j] === escape && (text[j + 1] === '"' || text[j + 1] === escape)) piece += text[++j];
        else piece += text[j];
      }
      if (j >= text.length) return { value: null, used };
      i = j;
    } else piece += c;
  }
  flush();
  if (large || out.length > MAX_VALUE_LENGTH) return { value: null, used, tooLarge: true, ...(deep ? { tooDeep: true as const } : {}) };
  return { value: unknown ? null : out, used, ...(deep ? { tooDeep: true as const } : {}) };
}

/**
 * The variable of `used` whose value is the longest: the one to name when an expansion is too
 * large. Null when none has a value (the text written is itself that long).
 */
export function largestVariable(used: readonly string[], lookup: Lookup): string | null {
  let best: string | null = null;
  let length = 0;
  for (const name of used) {
    const n = lookup(name)?.length ?? 0;
    if (n > length) [best, length] = [name, n];
  }
  return best;
}
