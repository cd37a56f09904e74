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

const REF = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

export function expandVariables(text: string, lookup: Lookup, escape = '\\'): Expansion {
  const used: string[] = [];
  let unknown = false;
  let out = '';
  let last = 0;
  REF.lastIndex = 0;
  for (let m = REF.exec(text); m; m = REF.exec(text)) {
    if (m.index > 0 && text[m.index - 1] === escape) continue;
    const name = m[1] ?? m[4]!;
    used.push(name);
    const op = m[2];
    const operand = m[3] ?? '';
    const value = lookup(name);
    let replacement: string | null;
    if (op === ':-') replacement = value ? value : expandVariables(operand, lookup, escape).value;
    else if (op === '-') replacement = value !== undefined && value !== null ? value : expandVariables(operand, lookup, escape).value;
    else if (op === ':+') replacement = value ? expandVariables(operand, lookup, escape).value : value === undefined ? null : '';
    else if (op === '+') replacement = value !== undefined && value !== null ? expandVariables(operand, lookup, escape).value : '';
    else replacement = value ?? null;
    if (replacement === null) unknown = true;
    out += text.slice(last, m.index) + (replacement ?? '');
    last = m.index + m[0].length;
  }
  out += text.slice(last);
  return { value: unknown ? null : out, used };
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
