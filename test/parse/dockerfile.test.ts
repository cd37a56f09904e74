/**
 * The Dockerfile layer against dockerfile-ast, which it replaced at run time (test/parse/ast-oracle.ts
 * keeps the old adapter as the oracle): the same instructions, flags, heredocs, comments and ARG/ENV
 * pairs on every fixture, the benchmark corpus and generated files; on mutated files, where the two
 * may differ, the structure still holds. Where BuildKit and dockerfile-ast disagree, the cases at
 * the end pin BuildKit's reading.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinLines, parseDockerfile, readProperties, type ParsedDockerfile, type RawInstruction } from '../../src/parse/dockerfile.js';
import { buildRunScript } from '../../src/parse/run-script.js';
import { makeCorpus } from '../../bench/corpus.js';
import { fixtureTexts } from './fixture-texts.js';
import { dockerfile, mutatedFixture } from '../fuzz/arbitraries.js';
import { parseWithAst, type AstInstruction } from './ast-oracle.js';

const runs = Number(process.env.FUZZ_RUNS ?? 150);

function view(r: RawInstruction | AstInstruction | null, props: unknown): unknown {
  if (!r) return null;
  const { keyword, span, keywordSpan, argsSpan, args, flags, heredocs } = r;
  return { keyword, span, keywordSpan, argsSpan, args, flags, heredocs, trigger: view(r.trigger, undefined), props };
}

const isVariable = (r: { keyword: string }) => r.keyword === 'ARG' || r.keyword === 'ENV';

function ours(text: string) {
  const p = parseDockerfile(text);
  const instructions = p.instructions.map((r) => view(r, isVariable(r) ? readProperties(text, r, p.escape) : undefined));
  return { escape: p.escape, syntax: p.syntax, comments: p.comments, instructions };
}

function oracle(text: string) {
  const p = parseWithAst(text);
  const props = (r: AstInstruction) =>
    (r.node as unknown as { getProperties(): import('dockerfile-ast').Property[] }).getProperties().map((q) => ({
      name: q.getName(),
      nameSpan: p.toSpan(q.getNameRange()),
      value: q.getValue(),
      valueSpan: q.getValueRange() ? p.toSpan(q.getValueRange()!) : null,
    }));
  const instructions = p.instructions.map((r) => view(r, isVariable(r) ? props(r) : undefined));
  return { escape: p.escape, syntax: p.syntax, comments: p.comments, instructions };
}

/** Inputs the reader reads as BuildKit does and dockerfile-ast does not; pinned at the end instead. */
function oracleDiffers(text: string): boolean {
  // An escaped escape character at the end of a line does not continue it.
  if (/(\\\\|``)[ \t]*\r?$/m.test(text)) return true;
  // BuildKit breaks lines at LF only; dockerfile-ast also at a lone CR.
  if (/\r(?!\n)/.test(text)) return true;
  // A heredoc delimiter partly quoted (`<<E"O"F`, `<<"EOF"x`) is one word, as in the shell.
  if (/<<-?[^-\s"'][^\s"']*["']|<<-?(["'])[^"'\n]*\1[^\s;&|<>()]/.test(text)) return true;
  // BuildKit reads the syntax directive after a shebang line.
  if (/^\uFEFF?#!/.test(text)) return true;
  // An unknown or empty directive ends the directives.
  for (const line of text.replace(/^\uFEFF/, '').split('\n')) {
    const m = /^[ \t]*#[ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=[ \t\r]*(\S?)/.exec(line);
    if (!m) return false;
    if (!['syntax', 'escape', 'check'].includes(m[1]!.toLowerCase()) || !m[2]) return true;
  }
  return false;
}

function same(text: string): void {
  if (!oracleDiffers(text)) expect(ours(text)).toEqual(oracle(text));
}

function checkStructure(text: string, p: ParsedDockerfile): void {
  let last = 0;
  // A word continued over an escaped line break is BuildKit's joined word.
  const joined = (s: { start: number; end: number }) => joinLines(text, s.start, s.end, p.escape).text;
  for (const r of p.instructions) {
    expect(r.span.start).toBeGreaterThanOrEqual(last);
    expect(r.span.end).toBeLessThanOrEqual(text.length);
    expect(r.keywordSpan.start).toBeGreaterThanOrEqual(r.span.start);
    expect(r.keyword).toBe(joined(r.keywordSpan).toUpperCase());
    for (const f of r.flags) expect(text.slice(f.span.start, f.span.end)).toMatch(/^--/);
    for (const a of r.args) {
      expect(a.text).toBe(joined(a.span));
      expect(a.span.start).toBeGreaterThanOrEqual(r.argsSpan!.start);
      expect(a.span.end).toBeLessThanOrEqual(r.argsSpan!.end);
    }
    for (const h of r.heredocs) expect(h.startSpan.start).toBeGreaterThanOrEqual(r.span.start);
    last = r.span.end;
  }
}

describe('parseDockerfile against dockerfile-ast', () => {
  it.each(fixtureTexts())('reads %s the same', (_path, text) => {
    same(text);
  });

  it('reads the benchmark corpus the same', () => {
    for (const text of makeCorpus(150)) same(text);
  });

  it('reads generated files the same', () => {
    fc.assert(fc.property(dockerfile, (text) => {
        same(text);
      }), { numRuns: runs * 4 });
  });

  it('keeps its structure on mutated files', () => {
    fc.assert(fc.property(mutatedFixture, (text) => {
        checkStructure(text, parseDockerfile(text));
      }), { numRuns: runs * 4 });
  });
});

describe('parseDockerfile where BuildKit and dockerfile-ast differ', () => {
  const first = (text: string) => parseDockerfile(text).instructions[0]!;

  it('reads a directive only in the form BuildKit does, and all of its value', () => {
    expect(parseDockerfile('# a note ${X=1}\nFROM a\n').comments).toHaveLength(1);
    expect(parseDockerfile('# syntax = docker/dockerfile:1 \nFROM a\n').syntax).toBe('docker/dockerfile:1');
    expect(parseDockerfile('# syntax=a b\nFROM a\n').syntax).toBe('a b');
    expect(parseDockerfile('FROM a\n# escape=`\n').escape).toBe('\\');
  });

  it('ends the directives at an unknown or empty one, and allows blanks before the #', () => {
    expect(parseDockerfile('# foo=bar\n# escape=`\nFROM a\n')).toMatchObject({ escape: '\\', comments: [{ text: '# foo=bar' }, { text: '# escape=`' }] });
    expect(parseDockerfile('# syntax=\n# escape=`\nFROM a\n')).toMatchObject({ escape: '\\', syntax: null });
    expect(parseDockerfile('# check=skip=all\n# escape=`\nFROM a\n').escape).toBe('`');
    expect(parseDockerfile('  # escape=`\nFROM a `\n b\n')).toMatchObject({ escape: '`', comments: [], instructions: [{ keyword: 'FROM' }] });
  });

  it('breaks lines at LF only: a lone CR is inside the line', () => {
    const text = 'RUN echo a\rb \\\r\n  c\r\nFROM d\r\n';
    const [run, from] = parseDockerfile(text).instructions;
    expect(run).toMatchObject({ keyword: 'RUN', span: { start: 0, end: text.indexOf('\r\nFROM') } });
    expect(from!.keyword).toBe('FROM');
    expect(parseDockerfile('FROM a\rRUN b\r\n').instructions.map((r) => r.keyword)).toEqual(['FROM']);
    expect(parseDockerfile('RUN <<EOF\nx\ry\nEOF\r\r\nRUN z\n').instructions.map((r) => r.keyword)).toEqual(['RUN', 'RUN']);
  });

  it('finds the syntax directive after a shebang line, where the other directives have ended', () => {
    const p = parseDockerfile('#!/usr/bin/env -S docker build -f\n# syntax=docker/dockerfile:1.10\n# escape=`\nFROM a\n');
    expect(p).toMatchObject({ syntax: 'docker/dockerfile:1.10', escape: '\\' });
    expect(p.comments).toHaveLength(3);
  });

  it('joins a line that holds only the escape character to the next', () => {
    const r = first('\\\nFROM debian:trixie\n');
    expect(r.keyword).toBe('FROM');
    expect(r.args.map((a) => a.text)).toEqual(['debian:trixie']);
  });

  it('does not continue a line that ends in an escaped escape character', () => {
    const text = 'RUN echo \\\\\nRUN b\n';
    expect(parseDockerfile(text).instructions.map((r) => r.args.map((a) => a.text))).toEqual([['echo', '\\\\'], ['b']]);
    expect(parseDockerfile('# escape=`\nRUN echo `` \r\nRUN b\r\n').instructions).toHaveLength(2);
    expect(parseDockerfile('RUN echo a\\\\\\\nRUN b\n').instructions).toHaveLength(2);
  });

  it('ends a word or a flag at an escaped line break, without the escape character', () => {
    expect(first('FROM alpine\\\n  AS build\n').args.map((a) => a.text)).toEqual(['alpine', 'AS', 'build']);
    const run = first('RUN --mount=type=cache,target=/root/.cache\\\n  pip install x\n');
    expect(run.flags[0]!.options.at(-1)).toMatchObject({ name: 'target', value: '/root/.cache' });
    expect(run.args.map((a) => a.text)).toEqual(['pip', 'install', 'x']);
  });

  it('ends an ARG word at an escaped line break', () => {
    const text = 'ARG A=1 B\\\n C\n';
    expect(readProperties(text, first(text), '\\').map((p) => p.name)).toEqual(['A', 'B', 'C']);
  });

  it('joins the lines of a quoted NAME=value and removes its quotes', () => {
    const text = "ENV A=\"a \\\n  b\" C=d\nARG B='x \\\r\n# c\r\n y'\n";
    const [env, arg] = parseDockerfile(text).instructions;
    expect(readProperties(text, env!, '\\').map((p) => p.value)).toEqual(['a   b', 'd']);
    expect(readProperties(text, arg!, '\\').map((p) => p.value)).toEqual(['x  y']);
  });

  it('joins the lines of a legacy ENV value and removes its quotes', () => {
    const text = 'ENV GREETING "hello \\\n# dropped\n  world"\n';
    expect(readProperties(text, first(text), '\\')).toMatchObject([{ name: 'GREETING', value: 'hello   world' }]);
  });

  it('reads heredocs after flags, with quotes and the strip form', () => {
    const text = "RUN --mount=type=secret,id=x <<-'EOF' cat >/f\n\tbody\n\tEOF\nRUN <<<here echo\n";
    const [run, herestring] = parseDockerfile(text).instructions;
    expect(run!.heredocs).toMatchObject([{ name: 'EOF', endSpan: { start: text.indexOf('\tEOF') } }]);
    expect(run!.flags[0]!.options.map((o) => o.name)).toEqual(['type', 'id']);
    expect(herestring!.heredocs).toEqual([]);
  });

  it('reads a heredoc delimiter with quotes or a backslash inside the word as the shell does', () => {
    for (const [marker, name] of [['E"O"F', 'EOF'], ["'EO'F", 'EOF'], ['\\EOF', 'EOF'], ['-E"O"F', 'EOF']]) {
      const text = `RUN cat <<${marker}\n\tbody\n${name}\nRUN c\n`;
      const [run, next] = parseDockerfile(text).instructions;
      expect(run!.heredocs).toMatchObject([{ name, endSpan: { start: text.indexOf(`\n${name}\n`) + 1 } }]);
      expect(next!.keyword).toBe('RUN');
    }
  });

  it('finds a heredoc on a continuation line, after CRLF, blanks or a dropped comment line', () => {
    for (const text of ['RUN a \\\r\n <<EOF\r\nbody\r\nEOF\r\nRUN c\r\n', 'RUN a \\ \n# note\n\n  <<EOF\nbody\nEOF\nRUN c\n']) {
      const [run, next] = parseDockerfile(text).instructions;
      expect(run!.heredocs).toMatchObject([{ name: 'EOF', contentSpan: { start: text.indexOf('body'), end: text.indexOf('body') + 4 } }]);
      expect(run!.args.map((a) => a.text)).toEqual(['a', '<<EOF']);
      expect(next!.keyword).toBe('RUN');
    }
  });

  it('keeps the words of a heredoc header that continue on the next line', () => {
    const text = 'COPY <<EOF \\\n  /etc/motd\nhello\nEOF\n';
    expect(first(text).args.map((a) => a.text)).toEqual(['<<EOF', '/etc/motd']);
  });

  // No wall-clock threshold (a loaded machine misses any): a quadratic reading of these inputs would
  // take minutes and fail on the test timeout.
  it('reads a long directive line in linear time', () => {
    const text = `#a=x${' \t'.repeat(500_000)}x\nFROM a\n`;
    expect(parseDockerfile(text).instructions).toHaveLength(1);
  });

  it('reads many flags without a value in linear time', () => {
    const text = `RUN ${'--a '.repeat(300_000)}x\n`;
    expect(first(text).flags).toHaveLength(300_000);
  });
});

/**
 * Issue 15: the places where the reader read unlike BuildKit (dockerfile frontend 1.16+, its current
 * release). Each case writes out BuildKit's reading of the input: its instructions, flags, words,
 * heredocs and the text it hands to `/bin/sh -c`. dockerfile-ast reads most of these otherwise.
 */
describe("parseDockerfile: BuildKit's reading where the reader differed (issue 15)", () => {
  const read = (text: string) => parseDockerfile(text).instructions;
  const keywords = (text: string) => read(text).map((r) => r.keyword);
  const script = (text: string) => {
    const p = parseDockerfile(text);
    const run = p.instructions.find((r) => r.keyword === 'RUN')!;
    const heredocs = run.heredocs.map((h) => ({ name: h.name, start: h.startSpan.start, end: h.startSpan.end }));
    return buildRunScript(text, run.argsSpan!.start, run.span.end, p.escape, heredocs)?.text ?? null;
  };

  it('1. reads `<< EOF` with blanks after `<<` as a heredoc, in RUN and COPY, but not `<<- EOF`', () => {
    const run = 'RUN cat << EOF > /etc/apk/repositories\nhttps://dhi.io/apk/alpine/v3.23/main\nEOF\nRUN b\n';
    expect(keywords(run)).toEqual(['RUN', 'RUN']);
    expect(read(run)[0]!.heredocs).toEqual([
      {
        name: 'EOF',
        expand: true,
        startSpan: { start: 8, end: 14 },
        contentSpan: { start: run.indexOf('https'), end: run.indexOf('\nEOF') },
        endSpan: { start: run.indexOf('EOF\nRUN b'), end: run.indexOf('EOF\nRUN b') + 3 },
      },
    ]);
    expect(script(run)).toBe('cat << EOF > /etc/apk/repositories\nhttps://dhi.io/apk/alpine/v3.23/main\nEOF');
    // `RUN << "EOF"` alone is a plain heredoc: its body is the script.
    expect(script('RUN << "EOF"\napk add $x\nEOF\n')).toBe('apk add $x\n');
    expect(read('RUN << "EOF"\n$x\nEOF\n')[0]!.heredocs).toMatchObject([{ name: 'EOF', expand: false }]);
    expect(read('RUN <<  -EOF\nx\n-EOF\n')[0]!.heredocs).toMatchObject([{ name: '-EOF' }]);
    expect(read('RUN 3<< EOF cat\nx\nEOF\n')[0]!.heredocs).toMatchObject([{ name: 'EOF' }]);
    const copy = 'COPY << EOF /etc/apk/repositories\nhttps://x\nEOF\n';
    expect(keywords(copy)).toEqual(['COPY']);
    // BuildKit's COPY words are split at blanks: `<<` and `EOF` are its sources.
    expect(read(copy)[0]!.args.map((a) => a.text)).toEqual(['<<', 'EOF', '/etc/apk/repositories']);
    // The lexer ends the word `<<-` at the blank: no heredoc, the next lines are instructions.
    expect(keywords('RUN <<- EOF\nx\nEOF\n')).toEqual(['RUN', 'X', 'EOF']);
  });

  it('2. joins the words on both sides of an escaped line break when the next line is not indented', () => {
    const run = read('RUN --mount=type=secret,id=npmrc,\\\ntarget=/root/.npmrc npm ci\n')[0]!;
    expect(run.flags).toHaveLength(1);
    expect(run.flags[0]).toMatchObject({ name: 'mount', value: 'type=secret,id=npmrc,target=/root/.npmrc' });
    expect(run.flags[0]!.options.map((o) => [o.name, o.value])).toEqual([['type', 'secret'], ['id', 'npmrc'], ['target', '/root/.npmrc']]);
    expect(run.args.map((a) => a.text)).toEqual(['npm', 'ci']);
    const text = 'ARG PKGS=curl,\\\nwget\n';
    expect(readProperties(text, read(text)[0]!, '\\')).toMatchObject([{ name: 'PKGS', value: 'curl,wget' }]);
    expect(read('FROM alpine:3.\\\n23 AS b\n')[0]!.args.map((a) => a.text)).toEqual(['alpine:3.23', 'AS', 'b']);
  });

  it('3. unquotes flag values as BuildKit does; a quoted or escaped blank does not end a flag', () => {
    const text = 'RUN --mount="type=secret,id=tok" --mount=type=secret,id=aws,target="/root/.aws/credentials" cat x\n';
    const run = read(text)[0]!;
    expect(run.flags.map((f) => f.value)).toEqual(['type=secret,id=tok', 'type=secret,id=aws,target=/root/.aws/credentials']);
    // Option spans leave the quotes out: an option appended after the last one stays inside them.
    const tok = run.flags[0]!.options[1]!;
    expect(text.slice(tok.span.start, tok.span.end)).toBe('id=tok');
    expect(text[tok.span.end]).toBe('"');
    const target = run.flags[1]!.options[2]!;
    expect(text.slice(target.valueSpan!.start, target.valueSpan!.end)).toBe('/root/.aws/credentials');
    expect(run.args.map((a) => a.text)).toEqual(['cat', 'x']);
    expect(read('COPY --chown="${UID}:${GID}" a b\n')[0]!).toMatchObject({ flags: [{ name: 'chown', value: '${UID}:${GID}' }], args: [{ text: 'a' }, { text: 'b' }] });
    expect(read('RUN --a="b c" --d=e\\ f g\n')[0]!).toMatchObject({ flags: [{ value: 'b c' }, { value: 'e f' }], args: [{ text: 'g' }] });
  });

  it('4. a JSON array followed by more text is shell form (json.Unmarshal reads the whole rest)', () => {
    expect(script('RUN ["sh","-c","apk add x"] && wget http://x/y\n')).toBe('["sh","-c","apk add x"] && wget http://x/y');
    expect(script('RUN [] && wget http://x/y\n')).toBe('[] && wget http://x/y');
    expect(script('RUN ["sh", "-c", "apk add x"]  \n')).toBe('apk add x');
    // `RUN []` alone is valid JSON: BuildKit reads an exec form with no command, no shell.
    expect(script('RUN []\n')).toBeNull();
  });

  it('5. `--` ends the flags and is dropped', () => {
    expect(read('RUN -- apk add curl\n')[0]!).toMatchObject({ flags: [], args: [{ text: 'apk' }, { text: 'add' }, { text: 'curl' }] });
    expect(script('RUN -- apk add curl\n')).toBe('apk add curl');
    expect(read('COPY --chown=1 -- a b\n')[0]!).toMatchObject({ flags: [{ name: 'chown' }], args: [{ text: 'a' }, { text: 'b' }] });
    expect(read('RUN --network=none -- --help\n')[0]!.args.map((a) => a.text)).toEqual(['--help']);
  });

  it('6. counts \\v, \\f and the no-break space as blanks where BuildKit does', () => {
    // A continuation line holding only a no-break space is blank: dropped, it ends nothing.
    const nbsp = 'RUN apk add \\\n\u00a0\n    curl\nRUN b\n';
    expect(keywords(nbsp)).toEqual(['RUN', 'RUN']);
    expect(script(nbsp)).toBe('apk add     curl');
    // `\v` and `\f` split the keyword from its arguments; a no-break space does not.
    expect(read('RUN\vapk add x\n')[0]!).toMatchObject({ keyword: 'RUN', args: [{ text: 'apk' }, { text: 'add' }, { text: 'x' }] });
    expect(script('RUN\fapk add x\n')).toBe('apk add x');
    expect(keywords('RUN\u00a0apk\n')).toEqual(['RUN\u00a0APK']);
    // A line's leading no-break space is trimmed; a comment after one is a comment.
    expect(read('\u00a0FROM a\n\u00a0# note\n')).toMatchObject([{ keyword: 'FROM', span: { start: 1 } }]);
    expect(parseDockerfile('#\u00a0escape=`\nFROM a`\n b\n')).toMatchObject({ escape: '`', instructions: [{ args: [{ text: 'a' }, { text: 'b' }] }] });
    expect(parseDockerfile('#\vescape=`\nFROM a\n').escape).toBe('`');
    // FROM and COPY words split at `[\t\v\f\r ]`, not at a no-break space.
    expect(read('COPY a\u00a0b\fc d\n')[0]!.args.map((a) => a.text)).toEqual(['a\u00a0b', 'c', 'd']);
    // ARG and ENV words split at every unicode.IsSpace.
    const arg = 'ARG A=1\u00a0B=2\n';
    expect(readProperties(arg, read(arg)[0]!, '\\').map((p) => [p.name, p.value])).toEqual([['A', '1'], ['B', '2']]);
  });

  it('7. keeps the blank of a continuation line that holds only blanks and the escape', () => {
    const legacy = 'ENV F hello\\\n \\\nworld\n';
    expect(readProperties(legacy, read(legacy)[0]!, '\\')).toMatchObject([{ name: 'F', value: 'hello world' }]);
    const quoted = 'ARG H="a \\\n \\\nb"\n';
    expect(readProperties(quoted, read(quoted)[0]!, '\\')).toMatchObject([{ name: 'H', value: 'a  b' }]);
    expect(script('RUN echo a\\\n \\\nb\n')).toBe('echo a b');
  });

  it('8. a quoted COPY delimiter turns expansion off', () => {
    for (const [marker, expand] of [['E"O"F', false], ['"EOF"', false], ["'EOF'", false], ['-EOF', true], ['\\EOF', true]] as const) {
      const copy = read(`COPY <<${marker} /f\n\t$X\n\tEOF\nEOF\n`)[0]!;
      expect(copy.heredocs).toMatchObject([{ name: 'EOF', expand }]);
    }
  });

  it('9. reads a keyword split by a continuation as one word', () => {
    const text = 'R\\\nUN echo hi\n';
    expect(read(text)[0]!).toMatchObject({ keyword: 'RUN', keywordSpan: { start: 0, end: 5 }, args: [{ text: 'echo' }, { text: 'hi' }] });
    expect(script(text)).toBe('echo hi');
  });

  it('10. reads `<<"E OF"` as a heredoc named `E OF`', () => {
    const text = 'RUN <<"E OF"\napk add curl\nE OF\nRUN b\n';
    expect(keywords(text)).toEqual(['RUN', 'RUN']);
    expect(read(text)[0]!.heredocs).toMatchObject([{ name: 'E OF', expand: false, endSpan: { start: text.indexOf('E OF\n') } }]);
    expect(script(text)).toBe('apk add curl\n');
    expect(script('RUN cat <<"E OF" >/f\nx\nE OF\n')).toBe('cat <<"E OF" >/f\nx\nE OF');
  });
});
