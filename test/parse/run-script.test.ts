import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/parse/dockerfile.js';
import { buildRunScript, shellScriptFromText } from '../../src/parse/run-script.js';
import type { ShellScript } from '../../src/parse/shell-types.js';

/** Builds the script of the first RUN the way src/model/build.ts does. */
function runScript(file: string): ShellScript | null {
  const parsed = parseDockerfile(file);
  const run = parsed.instructions.find((i) => i.keyword === 'RUN');
  if (!run) throw new Error('no RUN');
  if (!run.argsSpan) throw new Error('no arguments');
  const heredocs = run.heredocs.map((h) => ({ name: h.name, start: h.startSpan.start, end: h.startSpan.end }));
  return buildRunScript(file, run.argsSpan.start, run.span.end, parsed.escape, heredocs);
}

/** Every stretch of the script that maps back must read the same in the file. */
function expectFaithful(file: string, script: ShellScript): void {
  for (let i = 0; i < script.text.length; i++) {
    const span = script.spanToFile(i, i + 1);
    if (span) expect(file.slice(span.start, span.end)).toBe(script.text[i]);
  }
}

describe('buildRunScript: continuations', () => {
  it('joins backslash continuations, keeping the next line indentation', () => {
    const file = 'FROM alpine\nRUN apk update \\\n    && apk add curl\n';
    const script = runScript(file)!;
    expect(script.text).toBe('apk update     && apk add curl');
    expectFaithful(file, script);
    const at = script.text.indexOf('curl');
    expect(script.spanToFile(at, at + 4)).toEqual({ start: file.indexOf('curl'), end: file.indexOf('curl') + 4 });
    // `update     &&` crosses the removed `\` + newline.
    const u = script.text.indexOf('update');
    expect(script.spanToFile(u, u + 10)).toBeNull();
    expect(script.toFile(script.text.indexOf('&&'))).toBe(file.indexOf('&&'));
  });

  it('uses the backtick escape of the escape directive', () => {
    const file = '# escape=`\nFROM alpine\nRUN apk update `\n  && apk add curl\n';
    expect(runScript(file)!.text).toBe('apk update   && apk add curl');
  });

  it('does not continue on a backslash when the escape is a backtick', () => {
    const file = '# escape=`\nFROM alpine\nRUN echo a\\\nRUN echo b\n';
    expect(runScript(file)!.text).toBe('echo a\\');
  });

  it('skips comment lines and whitespace-only lines inside a continuation', () => {
    const file = 'FROM alpine\nRUN apk update \\\n  # a comment\n\n   \t\n    && apk add curl\n';
    const script = runScript(file)!;
    expect(script.text).toBe('apk update     && apk add curl');
    expectFaithful(file, script);
  });

  it('ignores CR before LF', () => {
    const file = 'FROM alpine\r\nRUN apk update \\\r\n  && apk add curl\r\n';
    const script = runScript(file)!;
    expect(script.text).toBe('apk update   && apk add curl');
    expectFaithful(file, script);
  });

  it('allows spaces and tabs after the escape', () => {
    const file = 'FROM alpine\nRUN apk update \\  \t\n  && apk add curl\n';
    expect(runScript(file)!.text).toBe('apk update   && apk add curl');
  });

  it('removes the continuation even inside single quotes', () => {
    const file = "FROM alpine\nRUN echo 'a \\\n  b' > /f\n";
    const script = runScript(file)!;
    expect(script.text).toBe("echo 'a   b' > /f");
    const q = script.text.indexOf("'");
    expect(script.spanToFile(q, q + "'a   b'".length)).toBeNull();
  });

  it('does not treat an escaped escape at the end of a line as a continuation', () => {
    const file = 'FROM alpine\nRUN echo a\\\\\nRUN echo b\n';
    expect(runScript(file)!.text).toBe('echo a\\\\');
  });

  it('keeps UTF-16 offsets after non-ASCII text', () => {
    const file = 'FROM alpine\nLABEL x="é😀"\nRUN echo "ü" \\\n  && apk add curl\n';
    const script = runScript(file)!;
    const at = script.text.indexOf('curl');
    expect(script.spanToFile(at, at + 4)).toEqual({ start: file.indexOf('curl'), end: file.indexOf('curl') + 4 });
  });
});

describe('buildRunScript: heredocs', () => {
  it('runs the body alone for a plain RUN <<EOF', () => {
    const file = 'FROM alpine\nRUN <<EOF\napk update\napk add curl\nEOF\n';
    const script = runScript(file)!;
    expect(script.text).toBe('apk update\napk add curl\n');
    expect(script.spanToFile(0, script.text.length)).toEqual({
      start: file.indexOf('apk update'),
      end: file.indexOf('EOF\n', 20),
    });
  });

  it('strips leading tabs of a plain <<-EOF body', () => {
    const file = 'FROM alpine\nRUN <<-EOF\n\tapk update\n\t\tapk add curl\n\tEOF\n';
    const script = runScript(file)!;
    expect(script.text).toBe('apk update\napk add curl\n');
    expectFaithful(file, script);
  });

  it('returns null for a body with a #! line for another interpreter', () => {
    const file = 'FROM alpine\nRUN <<EOF\n#!/usr/bin/env python3\nprint("hi")\nEOF\n';
    expect(runScript(file)).toBeNull();
  });

  it('keeps a #!/bin/sh body as shell', () => {
    const file = 'FROM alpine\nRUN <<EOF\n#!/bin/sh -e\napk add curl\nEOF\n';
    expect(runScript(file)!.text).toBe('#!/bin/sh -e\napk add curl\n');
  });

  it('runs the header line followed by the bodies for RUN cat <<EOF > file', () => {
    const file = 'FROM alpine\nRUN cat <<EOF > /etc/apk/repositories\nhttps://dhi.io/apk/alpine/v3.23/main\nEOF\n';
    const script = runScript(file)!;
    expect(script.text).toBe('cat <<EOF > /etc/apk/repositories\nhttps://dhi.io/apk/alpine/v3.23/main\nEOF');
    const start = file.indexOf('cat');
    expect(script.spanToFile(0, script.text.length)).toEqual({ start, end: start + script.text.length });
  });

  it('handles two heredocs on one line, quoted delimiters given unquoted to the shell', () => {
    const file = "FROM alpine\nRUN cat <<A - <<'B' > /f\nfirst\nA\nsecond\nB\nRUN true\n";
    const script = runScript(file)!;
    expect(script.text).toBe("cat <<A - <<'B' > /f\nfirst\nA\nsecond\nB");
    expectFaithful(file, script);
  });

  it('joins a continued header before the bodies', () => {
    const file = 'FROM alpine\nRUN --mount=type=secret,id=x \\\n  cat <<EOF \\\n  > /f\nbody\nEOF\n';
    const script = runScript(file)!;
    expect(script.text).toBe('cat <<EOF   > /f\nbody\nEOF');
    expectFaithful(file, script);
  });

  it('runs an unterminated plain heredoc body to the end of the instruction', () => {
    expect(runScript('FROM alpine\nRUN <<EOF\napk add x\n')!.text).toBe('apk add x\n');
  });

  it('keeps CR inside heredoc bodies as BuildKit does', () => {
    const file = 'FROM alpine\r\nRUN cat <<EOF > /f\r\nline\r\nEOF\r\n';
    expect(runScript(file)!.text).toBe('cat <<EOF > /f\nline\r\nEOF');
  });
});

describe('buildRunScript: exec form', () => {
  it('is not shell for a plain JSON array', () => {
    expect(runScript('FROM alpine\nRUN ["apk", "add", "curl"]\n')).toBeNull();
  });

  it('runs the -c string of ["sh", "-c", "…"]', () => {
    const file = 'FROM alpine\nRUN ["sh", "-c", "apk add x"]\n';
    const script = runScript(file)!;
    expect(script.text).toBe('apk add x');
    const at = file.indexOf('add x');
    expect(script.spanToFile(4, 9)).toEqual({ start: at, end: at + 5 });
  });

  it('accepts /bin/bash and maps spans around JSON escapes only', () => {
    const file = 'FROM alpine\nRUN ["/bin/bash", "-c", "echo \\"a\\" > /f && apk add x"]\n';
    const script = runScript(file)!;
    expect(script.text).toBe('echo "a" > /f && apk add x');
    const x = script.text.indexOf('apk');
    expect(script.spanToFile(x, x + 3)).toEqual({ start: file.indexOf('apk'), end: file.indexOf('apk') + 3 });
    expect(script.spanToFile(5, 8)).toBeNull();
    expect(script.toFile(5)).toBe(file.indexOf('\\"a'));
  });

  it('is not shell for other shells or flags', () => {
    expect(runScript('FROM alpine\nRUN ["python3", "-c", "print(1)"]\n')).toBeNull();
    expect(runScript('FROM alpine\nRUN ["sh", "-x", "a"]\n')).toBeNull();
  });

  it('maps a -c string written across a continuation', () => {
    const file = 'FROM alpine\nRUN ["sh", "-c", \\\n  "apk add x"]\n';
    const script = runScript(file)!;
    expect(script.text).toBe('apk add x');
    expect(script.spanToFile(0, 9)).toEqual({ start: file.indexOf('apk'), end: file.indexOf('apk') + 9 });
  });

  it('is shell when the brackets are not valid JSON', () => {
    expect(runScript('FROM alpine\nRUN [ -f /x ] && apk add y\n')!.text).toBe('[ -f /x ] && apk add y');
  });
});

describe('empty scripts', () => {
  it('maps offset 0 of an empty RUN to where its arguments would start', () => {
    const script = buildRunScript('FROM a\nRUN ', 11, 11, '\\', []);
    expect(script!.text).toBe('');
    expect(script!.toFile(0)).toBe(11);
  });
});

describe('shellScriptFromText', () => {
  it('maps one contiguous stretch', () => {
    const script = shellScriptFromText('apk add x', 10);
    expect(script.toFile(4)).toBe(14);
    expect(script.spanToFile(4, 7)).toEqual({ start: 14, end: 17 });
    expect(script.spanToFile(8, 8)).toEqual({ start: 18, end: 18 });
    expect(script.toFile(9)).toBe(19);
  });
});
