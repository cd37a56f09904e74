/**
 * The Dockerfile layer against dockerfile-ast, which it replaced at run time (test/parse/ast-oracle.ts
 * keeps the old adapter as the oracle): the same instructions, flags, heredocs, comments and ARG/ENV
 * pairs on every fixture, the benchmark corpus and generated files; on mutated files, where the two
 * may differ, the structure still holds. Where BuildKit and dockerfile-ast disagree, the cases at
 * the end pin BuildKit's reading.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDockerfile, readProperties, type ParsedDockerfile, type RawInstruction } from '../../src/parse/dockerfile.js';
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
  for (const r of p.instructions) {
    expect(r.span.start).toBeGreaterThanOrEqual(last);
    expect(r.span.end).toBeLessThanOrEqual(text.length);
    expect(r.keywordSpan.start).toBeGreaterThanOrEqual(r.span.start);
    expect(r.keyword).toBe(text.slice(r.keywordSpan.start, r.keywordSpan.end).toUpperCase());
    for (const f of r.flags) expect(text.slice(f.span.start, f.span.end)).toMatch(/^--/);
    for (const a of r.args) {
      expect(a.text).toBe(text.slice(a.span.start, a.span.end));
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

  it('reads a long directive line in linear time', () => {
    const text = `#a=x${' \t'.repeat(500_000)}x\nFROM a\n`;
    const t0 = performance.now();
    expect(parseDockerfile(text).instructions).toHaveLength(1);
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('reads many flags without a value in linear time', () => {
    const text = `RUN ${'--a '.repeat(300_000)}x\n`;
    const t0 = performance.now();
    expect(first(text).flags).toHaveLength(300_000);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
