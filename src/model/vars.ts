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
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** A scanner rather than a regex: `${V:-${A}}` nests, and an operand may hold `}` inside `${…}`. */
export function expandVariables(text: string, lookup: Lookup, escape = '\\'): Expansion {
  const used: string[] = [];
  let unknown = false;
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
      const m = NAME.exec(text.slice(i + 2));
      const close = matchingBrace(text, i + 1);
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
      const m = NAME.exec(text.slice(i + 1));
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
    const sub = (t: string) => {
      const e = expandVariables(t, lookup, escape);
      used.push(...e.used);
      return e.value;
    };
    let replacement: string | null;
    if (op === ':-') replacement = value ? value : sub(operand);
    else if (op === '-') replacement = value !== undefined && value !== null ? value : sub(operand);
    else if (op === ':+') replacement = value ? sub(operand) : value === undefined ? null : '';
    else if (op === '+') replacement = value !== undefined && value !== null ? sub(operand) : '';
    else replacement = value ?? null;
    if (replacement === null) unknown = true;
    out += replacement ?? '';
    i = next;
  }
  return { value: unknown ? null : out, used };
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
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
