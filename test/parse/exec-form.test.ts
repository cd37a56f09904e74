import { describe, expect, it } from 'vitest';
import { parseExecForm } from '../../src/parse/exec-form.js';

const read = (file: string) => {
  const start = file.indexOf('[');
  return parseExecForm(file, start, file.length, '\\');
};

describe('exec-form RUN', () => {
  it('is one command whose words are the strings, ranged inside their quotes', () => {
    const file = 'RUN ["apk","add","--allow-untrusted","curl"]';
    const run = read(file)!;
    expect(run.execForm).toBe(true);
    expect(run.commands).toHaveLength(1);
    const cmd = run.commands[0]!;
    expect(cmd.name!.value).toBe('apk');
    expect(cmd.args.map((w) => w.value)).toEqual(['add', '--allow-untrusted', 'curl']);
    const flag = cmd.args[1]!;
    expect(file.slice(flag.span!.start, flag.span!.end)).toBe('--allow-untrusted');
  });

  it('expands nothing: a $VAR is passed as written, as there is no shell', () => {
    const cmd = read('RUN ["apk", "add", "$PKG"]')!.commands[0]!;
    expect(cmd.args[1]!.value).toBe('$PKG');
    expect(cmd.args[1]!.parts).toEqual([{ kind: 'literal', text: '$PKG' }]);
  });

  it('joins continuation lines before reading the JSON, as BuildKit does', () => {
    const file = 'RUN ["apk", "add", \\\n    "git"]';
    const cmd = read(file)!.commands[0]!;
    expect(cmd.args.map((w) => w.value)).toEqual(['add', 'git']);
    expect(file.slice(cmd.args[1]!.span!.start, cmd.args[1]!.span!.end)).toBe('git');
  });

  it('gives no range to a string with a JSON escape (its text is not its value)', () => {
    const cmd = read('RUN ["echo", "a\\u0062c"]')!.commands[0]!;
    expect(cmd.args[0]!.value).toBe('abc');
    expect(cmd.args[0]!.span).toBeNull();
  });

  it('is null for text that is not a JSON array of strings', () => {
    expect(read('RUN ["sh", "-c", "apk add x"] && wget http://x/y')).toBeNull();
    expect(read('RUN []')).toBeNull();
    expect(read('RUN ["a", 1]')).toBeNull();
    expect(read('RUN [not json')).toBeNull();
  });
});
