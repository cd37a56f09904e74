import { describe, expect, it } from 'vitest';
import { expandVariables, expandWord, MAX_NESTING, MAX_VALUE_LENGTH } from '../../src/model/vars.js';
import { splitWords } from '../../src/parse/dockerfile.js';

const vars: Record<string, string | null> = { A: 'a', EMPTY: '', NOVALUE: null };
const lookup = (n: string) => (n in vars ? vars[n] : undefined);

describe('expandVariables', () => {
  it.each([
    ['alpine:${A}', 'alpine:a'],
    ['alpine:$A', 'alpine:a'],
    ['alpine:${V:-3.23}', 'alpine:3.23'],
    ['${V:-${A}}-${W:-x}', 'a-x'],
    ['${EMPTY:-d}', 'd'],
    ['${EMPTY-d}', ''],
    ['${A:+set}', 'set'],
    ['${V:+set}', null],
    ['${NOVALUE}', null],
    ['\\$A', '$A'],
  ])('%s → %s', (text, value) => {
    expect(expandVariables(text, lookup).value).toBe(value);
  });

  it('reports the variables used, nested defaults included', () => {
    expect(expandVariables('${V:-${A}}', lookup).used).toEqual(['V', 'A']);
  });
});

describe('the expansion cap', () => {
  const half = 'h'.repeat(MAX_VALUE_LENGTH / 2);
  const big = (n: string) => (n === 'H' ? half : n === 'A' ? 'a' : undefined);

  it('a value up to MAX_VALUE_LENGTH is built, a longer one is unknown and marked too large', () => {
    expect(expandVariables('$H$H', big)).toEqual({ value: half + half, used: ['H', 'H'] });
    expect(expandVariables('$H$H$A', big)).toEqual({ value: null, used: ['H', 'H', 'A'], tooLarge: true });
    expect(expandVariables('${V:-$H$H$H}', big)).toMatchObject({ value: null, tooLarge: true });
    expect(expandWord('"$H"$H-x', big)).toMatchObject({ value: null, tooLarge: true, used: ['H', 'H'] });
  });

  it('${V:-${V:-…}} past MAX_NESTING levels is unknown and marked too deep', () => {
    const nest = (n: number) => `${'${V:-'.repeat(n)}x${'}'.repeat(n)}`;
    expect(expandVariables(nest(MAX_NESTING), big)).toMatchObject({ value: 'x' });
    expect(expandVariables(nest(MAX_NESTING + 2), big)).toMatchObject({ value: null, tooDeep: true });
    expect(expandWord(`alpine:${nest(MAX_NESTING + 2)}`, big)).toMatchObject({ value: null, tooDeep: true });
  });

  it('an unknown variable is unknown, not too large', () => {
    expect(expandVariables('$V$V', big)).toEqual({ value: null, used: ['V', 'V'] });
  });
});

describe('splitWords', () => {
  it("splits at BuildKit's blanks [\\t\\v\\f\\r ], not at a no-break space", () => {
    const text = 'a\u00a0b\fc\vd e';
    expect(splitWords(text, { start: 0, end: text.length }, '\\', false).map((w) => w.text)).toEqual(['a\u00a0b', 'c', 'd', 'e']);
  });
});
