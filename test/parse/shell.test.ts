import { describe, expect, it } from 'vitest';
import { parseShell } from '../../src/parse/shell.js';
import { buildRunScript, shellScriptFromText } from '../../src/parse/run-script.js';
import type { ParsedRun, Word } from '../../src/parse/shell-types.js';

function parse(script: string): ParsedRun {
  return parseShell(shellScriptFromText(script));
}

/** Parses the one RUN of a small Dockerfile (offsets found by hand, as dockerfile.ts would pass them). */
function parseRun(file: string): ParsedRun {
  const argsStart = file.indexOf('RUN ') + 4;
  const heredocs = [...file.slice(argsStart).matchAll(/<<-?(['"]?)(\w+)\1/g)].map((m) => ({
    name: m[2]!,
    start: argsStart + m.index,
    end: argsStart + m.index + m[0].length,
  }));
  const script = buildRunScript(file, argsStart, file.length, '\\', heredocs);
  if (!script) throw new Error('not shell');
  return parseShell(script);
}

const names = (run: ParsedRun): (string | null)[] => run.commands.map((c) => c.name?.value ?? null);
const values = (words: readonly Word[]): (string | null)[] => words.map((w) => w.value);
describe('parseShell', () => {
  it('reads an && list with its joiners', () => {
    const run = parse('cd /etc/apk/keys && wget URL');
    expect(run.hasErrors).toBe(false);
    const [cd, wget] = run.commands;
    expect(cd!.name!.value).toBe('cd');
    expect(values(cd!.args)).toEqual(['/etc/apk/keys']);
    expect(wget!.name!.value).toBe('wget');
    expect(values(wget!.args)).toEqual(['URL']);
    expect([cd!.list, cd!.listIndex, cd!.joinedBy]).toEqual([wget!.list, 0, null]);
    expect([wget!.listIndex, wget!.joinedBy]).toEqual([1, '&&']);
    expect(cd!.scope).toBe(wget!.scope);
    expect(cd!.parentScope).toBeNull();
    expect(cd!.inSubstitution).toBe(false);
  });

  it('gives a redirect to the echo it follows', () => {
    const text = 'echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories';
    const run = parse(text);
    expect(run.commands).toHaveLength(1);
    const echo = run.commands[0]!;
    expect(echo.args[0]!.raw).toBe('"https://dhi.io/apk/alpine/v3.23/main"');
    expect(echo.args[0]!.value).toBe('https://dhi.io/apk/alpine/v3.23/main');
    expect(echo.redirects).toHaveLength(1);
    const [redirect] = echo.redirects;
    expect(redirect).toMatchObject({ op: '>', fd: null });
    expect(redirect!.target!.value).toBe('/etc/apk/repositories');
    expect(text.slice(redirect!.span!.start, redirect!.span!.end)).toBe('> /etc/apk/repositories');
    expect(echo.span).toEqual({ start: 0, end: text.length });
  });

  it('gives a redirect in an && list to the command it follows', () => {
    const run = parse('a && echo y > f && b');
    expect(names(run)).toEqual(['a', 'echo', 'b']);
    const [a, echo, b] = run.commands;
    expect(a!.redirects).toEqual([]);
    expect(echo!.redirects.map((r) => [r.op, r.target!.value])).toEqual([['>', 'f']]);
    expect(b!.redirects).toEqual([]);
    expect(b!.joinedBy).toBe('&&');
    expect(echo!.span).toEqual({ start: 5, end: 15 });
  });

  it('gives a redirect on a pipeline to its last stage', () => {
    const run = parse('a | b > f');
    expect(run.commands[0]!.redirects).toEqual([]);
    expect(run.commands[1]!.redirects[0]!.target!.value).toBe('f');
  });

  it('keeps words after a mid-command redirect as arguments', () => {
    const text = 'grep 2>/dev/null -q pat file';
    const run = parse(text);
    expect(run.commands).toHaveLength(1);
    const grep = run.commands[0]!;
    expect(values(grep.args)).toEqual(['-q', 'pat', 'file']);
    expect(grep.redirects.map((r) => [r.fd, r.op, r.target!.value])).toEqual([[2, '>', '/dev/null']]);
    expect(grep.span).toEqual({ start: 0, end: text.length });
  });

  it('reads the redirect and the next command on a heredoc line', () => {
    const run = parse('cat <<EOF > f && apk update\nline $A\nEOF\n');
    expect(run.hasErrors).toBe(false);
    expect(names(run)).toEqual(['cat', 'apk']);
    const [cat, apk] = run.commands;
    expect(cat!.redirects.map((r) => [r.op, r.target!.value])).toEqual([
      ['<<', 'EOF'],
      ['>', 'f'],
    ]);
    expect(cat!.redirects[0]!.heredoc).toEqual({ body: 'line $A\n', span: { start: 28, end: 36 }, quoted: false });
    expect(values(apk!.args)).toEqual(['update']);
    expect([apk!.list, apk!.listIndex, apk!.joinedBy]).toEqual([cat!.list, 1, '&&']);
  });

  it('reads two heredocs on one line and the command after their bodies', () => {
    const run = parse("cat <<A <<-'B' > f\na\nA\n\tb $x\n\tB\napk add y\n");
    expect(run.hasErrors).toBe(false);
    expect(names(run)).toEqual(['cat', 'apk']);
    const docs = run.commands[0]!.redirects.filter((r) => r.heredoc);
    expect(docs.map((r) => [r.op, r.target!.value, r.heredoc!.body, r.heredoc!.quoted])).toEqual([
      ['<<', 'A', 'a\n', false],
      ['<<-', 'B', 'b $x\n', true],
    ]);
    expect(run.commands[0]!.redirects.at(-1)!.target!.value).toBe('f');
    expect(run.commands[1]!.joinedBy).toBe(';');
  });

  it('reads a heredoc piped into another command', () => {
    const run = parse('cat <<EOF | tee -a /etc/apk/repositories\nhttps://dhi.io/apk\nEOF\necho done\n');
    expect(names(run)).toEqual(['cat', 'tee', 'echo']);
    expect(run.commands[0]!.redirects[0]!.heredoc!.body).toBe('https://dhi.io/apk\n');
    expect(run.commands[1]!.joinedBy).toBe('|');
    expect(values(run.commands[1]!.args)).toEqual(['-a', '/etc/apk/repositories']);
  });

  it('reads a heredoc inside a quoted command substitution', () => {
    const run = parse('X="$(cat <<EOF\nhi\nEOF\n)" && echo "$X"');
    expect(names(run)).toEqual([null, 'cat', 'echo']);
    expect(run.commands[1]!.redirects[0]!.heredoc!.body).toBe('hi\n');
    expect(run.commands[1]!.inSubstitution).toBe(true);
  });

  it('does not take an arithmetic shift or a here-string for a heredoc', () => {
    const run = parse('echo $(( 1 << 2 )) && cat <<< "x" && echo ok');
    expect(names(run)).toEqual(['echo', 'cat', 'echo']);
    expect(run.commands[1]!.redirects.map((r) => r.op)).toEqual(['<<<']);
  });

  it('reads (( that does not close with )) as two subshells, as sh does', () => {
    const run = parse('((cd /src && make) || true) && apk add x');
    expect(run.hasErrors).toBe(false);
    expect(names(run)).toEqual(['cd', 'make', 'true', 'apk']);
    const [cd, make, , apk] = run.commands;
    expect(cd!.scope).toBe(make!.scope);
    expect(cd!.scope).not.toBe(apk!.scope);
    expect(make!.joinedBy).toBe('&&');
    // bash reads `((` that closes with `))` as arithmetic, with no commands in it.
    expect(names(parse('(( i = 1 )) && echo'))).toEqual(['echo']);
  });

  it('reads the commands substituted in an arithmetic expansion, and $( ( … ) ) written without its blank', () => {
    const run = parse('make -j$(( $(nproc) + `echo 1` )) && x=$((cd /x && ls) | wc -l)');
    expect(run.hasErrors).toBe(false);
    expect(names(run)).toEqual(['make', 'nproc', 'echo', null, 'cd', 'ls', 'wc']);
    expect(run.commands[1]!.inSubstitution).toBe(true);
    expect(run.commands[0]!.args[0]!.parts).toEqual([
      { kind: 'literal', text: '-j' },
      { kind: 'dynamic', raw: '$(( $(nproc) + `echo 1` ))' },
    ]);
    expect(run.commands[3]!.assignments[0]!.value!.parts).toEqual([{ kind: 'substitution', raw: '(cd /x && ls) | wc -l' }]);
  });

  it('keeps prefix assignments on their command and walks the substitution', () => {
    const run = parse('HTTP_AUTH="$(cat /run/secrets/http_auth)" apk update && apk add x');
    expect(names(run)).toEqual(['apk', 'cat', 'apk']);
    const [update, cat, add] = run.commands;
    expect(update!.assignments).toHaveLength(1);
    expect(update!.assignments[0]!.name).toBe('HTTP_AUTH');
    expect(update!.assignments[0]!.value!.parts).toEqual([{ kind: 'substitution', raw: 'cat /run/secrets/http_auth' }]);
    expect(update!.assignments[0]!.value!.value).toBeNull();
    expect(values(update!.args)).toEqual(['update']);
    expect(add!.assignments).toEqual([]);
    expect(cat!.inSubstitution).toBe(true);
    expect(cat!.parentScope).toBe(update!.scope);
    expect(cat!.scope).not.toBe(update!.scope);
    expect(values(cat!.args)).toEqual(['/run/secrets/http_auth']);
    expect(add!.joinedBy).toBe('&&');
    expect(add!.listIndex).toBe(1);
  });

  it('reads export as a command with assignments', () => {
    const run = parse('export HTTP_AUTH=$(cat /run/secrets/x) && apk add y');
    expect(names(run)).toEqual(['export', 'cat', 'apk']);
    const exp = run.commands[0]!;
    expect(exp.args.map((a) => a.raw)).toEqual(['HTTP_AUTH=$(cat /run/secrets/x)']);
    expect(exp.args[0]!.parts).toEqual([
      { kind: 'literal', text: 'HTTP_AUTH=' },
      { kind: 'substitution', raw: 'cat /run/secrets/x' },
    ]);
    expect(exp.assignments.map((a) => a.name)).toEqual(['HTTP_AUTH']);
    expect(run.commands[1]!.inSubstitution).toBe(true);
    expect(run.commands[2]!.inSubstitution).toBe(false);
    expect(run.commands[2]!.scope).toBe(exp.scope);
  });

  it('reads a bare assignment as a command without a name', () => {
    const run = parse('A=b C="d e"; echo $A');
    const [assign, echo] = run.commands;
    expect(assign!.name).toBeNull();
    expect(assign!.assignments.map((a) => [a.name, a.value!.value])).toEqual([
      ['A', 'b'],
      ['C', 'd e'],
    ]);
    expect(echo!.args[0]!.parts).toEqual([{ kind: 'variable', name: 'A' }]);
  });

  it('reads if conditions and bodies', () => {
    const run = parse('if [ -f x ]; then apk add a; fi');
    expect(names(run)).toEqual(['[', 'apk']);
    expect(values(run.commands[0]!.args)).toEqual(['-f', 'x', ']']);
    expect(values(run.commands[1]!.args)).toEqual(['add', 'a']);
    expect(run.commands[1]!.scope).toBe(0);
  });

  it('reads for loops', () => {
    const run = parse('for p in a b; do apk add $p; done');
    expect(names(run)).toEqual(['apk']);
    expect(run.commands[0]!.args[1]!.parts).toEqual([{ kind: 'variable', name: 'p' }]);
    expect(run.commands[0]!.args[1]!.value).toBeNull();
  });

  it('reads case, while and function bodies', () => {
    const run = parse('case $x in a) echo a;; *) echo z;; esac\nwhile read l; do echo "$l"; done\nf() { apk add a; }');
    expect(names(run)).toEqual(['echo', 'echo', 'read', 'echo', 'apk']);
  });

  it('gives a subshell its own scope', () => {
    const run = parse('(cd /x && wget u) && apk add y');
    const [cd, wget, apk] = run.commands;
    expect(cd!.scope).toBe(wget!.scope);
    expect(cd!.scope).not.toBe(apk!.scope);
    expect(cd!.parentScope).toBe(apk!.scope);
    expect(wget!.joinedBy).toBe('&&');
    expect(cd!.list).not.toBe(apk!.list);
  });

  it('gives each pipeline stage its own scope', () => {
    const run = parse("printf '%s\\n' a b | tee -a /etc/apk/repositories");
    const [printf, tee] = run.commands;
    expect(values(printf!.args)).toEqual(['%s\\n', 'a', 'b']);
    expect(values(tee!.args)).toEqual(['-a', '/etc/apk/repositories']);
    expect(tee!.joinedBy).toBe('|');
    expect(printf!.scope).not.toBe(tee!.scope);
    expect(printf!.parentScope).toBe(0);
    expect(tee!.parentScope).toBe(0);
  });

  it('gives a command run in the background its own scope, as sh runs it in a subshell', () => {
    // `cd /tmp &` changes the directory of a subshell only: `wget` still runs in the first one.
    const run = parse('cd /tmp & wget u; a | b &\nexport A=1');
    expect(names(run)).toEqual(['cd', 'wget', 'a', 'b', 'export']);
    const [cd, wget, a, b, exp] = run.commands;
    expect(cd!.scope).not.toBe(wget!.scope);
    expect(cd!.parentScope).toBe(wget!.scope);
    expect(wget!.joinedBy).toBe('&');
    expect(exp!.scope).toBe(wget!.scope);
    // A pipeline in the background: its stages under the background subshell.
    expect(a!.parentScope).toBe(b!.parentScope);
    expect(a!.parentScope).not.toBe(0);
    expect(new Set([a!.scope, b!.scope, a!.parentScope]).size).toBe(3);
    expect(exp!.joinedBy).toBe('&');
  });

  it('copies a redirect on a { …; } group to each command in it', () => {
    const run = parse('{ echo a; echo b; } > /f');
    expect(run.commands.map((c) => c.redirects.map((r) => [r.target!.value, r.group]))).toEqual([
      [['/f', true]],
      [['/f', true]],
    ]);
  });

  it('copies a group redirect to the commands of the group only, not of a substitution in it', () => {
    // `date` writes to the substitution that becomes echo's argument, echo to /f.
    const run = parse('x=$({ echo $(date); } > /f)');
    expect(names(run)).toEqual([null, 'echo', 'date']);
    expect(run.commands.map((c) => c.redirects.map((r) => r.target!.value))).toEqual([[], ['/f'], []]);
  });

  it('splits ${VAR:-default} into its parts', () => {
    const run = parse('echo https://dhi.io/apk/alpine/v${ALPINE_VERSION:-3.23}/main');
    const word = run.commands[0]!.args[0]!;
    expect(word.value).toBeNull();
    expect(word.parts).toEqual([
      { kind: 'literal', text: 'https://dhi.io/apk/alpine/v' },
      { kind: 'variable', name: 'ALPINE_VERSION', operator: ':-', operand: '3.23' },
      { kind: 'literal', text: '/main' },
    ]);
  });

  it('removes quotes and escapes from literal words', () => {
    const run = parse(`echo a\\ b "q\\"x\\\\y\\$" 'lit\\n' "\${A}" *.c \`id -u\``);
    const args = run.commands[0]!.args;
    expect(values(args.slice(0, 4))).toEqual(['a b', 'q"x\\y$', 'lit\\n', null]);
    expect(args[3]!.parts).toEqual([{ kind: 'variable', name: 'A' }]);
    expect(args[4]!.parts).toEqual([{ kind: 'dynamic', raw: '*.c' }]);
    expect(args[5]!.parts).toEqual([{ kind: 'substitution', raw: 'id -u' }]);
    expect(run.commands[1]!.name!.value).toBe('id');
  });

  it('reads a | in a [[ … =~ … ]] regex as part of the test', () => {
    const run = parse('[[ "$(uname -m)" =~ ^(x86_64|amd64)$ ]] && echo x64');
    expect(run.hasErrors).toBe(false);
    expect(names(run)).toEqual(['[[', 'uname', 'echo']);
    expect(run.commands[2]!.joinedBy).toBe('&&');
  });

  it("decodes the escapes of $'…' as bash does", () => {
    const args = parse("printf $'\\x41\\101\\u00e9\\E' $'\\q\\0' $'\\'x' $'\\cA'").commands[0]!.args;
    // Hex, octal and \u escapes are their characters, \E is ESC, an unknown escape keeps its backslash.
    expect(values(args.slice(0, 3))).toEqual(['AA\u00e9\x1b', '\\q', "'x"]);
    // bash ends the string at \0: what follows is not in the value.
    expect(args[1]!.value).toBe('\\q');
    expect(args[3]!.value).toBe('\x01');
  });

  it('flags a ! after a | as the syntax error it is, reading the command after it', () => {
    const run = parse('echo a | ! grep -q b');
    expect(run.hasErrors).toBe(true);
    expect(names(run)).toEqual(['echo', 'grep']);
    expect(parse('! echo a | grep -q b').hasErrors).toBe(false);
  });

  it('flags syntax errors and still returns what it could read', () => {
    const run = parse('apk add x && if then fi');
    expect(run.hasErrors).toBe(true);
    expect(run.commands[0]!.name!.value).toBe('apk');
  });
});

describe('parseShell on RUN scripts mapped to the Dockerfile', () => {
  it('maps contiguous words to the file and words across a continuation to null', () => {
    const file = "FROM alpine\nRUN apk add \\\n    curl && echo 'a \\\n  b' > /etc/motd\n";
    const run = parseRun(file);
    const [apk, echo] = run.commands;
    for (const word of [apk!.name!, ...apk!.args, echo!.name!, echo!.redirects[0]!.target!]) {
      expect(word.span).not.toBeNull();
      expect(file.slice(word.span!.start, word.span!.end)).toBe(word.raw);
    }
    expect(echo!.args[0]!.raw).toBe("'a   b'");
    expect(echo!.args[0]!.value).toBe('a   b');
    expect(echo!.args[0]!.span).toBeNull();
    expect(apk!.span).toBeNull();
  });

  it('keeps UTF-16 offsets after non-ASCII text', () => {
    const file = 'FROM alpine\nRUN echo "é😀 ü" && apk add curl\n';
    const curl = parseRun(file).commands[1]!.args[1]!;
    expect(curl.span).toEqual({ start: file.indexOf('curl'), end: file.indexOf('curl') + 4 });
    expect(file.slice(curl.span!.start, curl.span!.end)).toBe('curl');
  });

  it('maps the commands of a plain RUN <<EOF body', () => {
    const file = 'FROM alpine\nRUN <<EOF\nset -e\napk add --no-cache curl\nEOF\n';
    const run = parseRun(file);
    expect(names(run)).toEqual(['set', 'apk']);
    const curl = run.commands[1]!.args[2]!;
    expect(file.slice(curl.span!.start, curl.span!.end)).toBe('curl');
  });

  it('maps a heredoc body written to a file', () => {
    const file = 'FROM alpine\nRUN cat <<EOF > /etc/apk/repositories\nhttps://dhi.io/apk/alpine/v3.23/main\nEOF\n';
    const cat = parseRun(file).commands[0]!;
    const doc = cat.redirects.find((r) => r.heredoc)!.heredoc!;
    expect(doc.body).toBe('https://dhi.io/apk/alpine/v3.23/main\n');
    expect(file.slice(doc.span!.start, doc.span!.end)).toBe(doc.body);
    expect(cat.redirects.find((r) => r.op === '>')!.target!.value).toBe('/etc/apk/repositories');
  });
});

describe('parseShell: tildes and [[ comparisons', () => {
  it('takes a ~ for the home directory only where it starts the word', () => {
    const [echo] = parse("echo ~/x 'a'~b").commands;
    expect(echo!.args[0]!.value).toBeNull();
    expect(echo!.args[1]!.value).toBe('a~b');
  });

  it('reads < and > inside [[ … ]] as comparisons, not redirects', () => {
    const [test] = parse('[[ 2<3 && a > b ]]').commands;
    expect(test!.redirects).toEqual([]);
    expect(test!.args.map((w) => w.raw)).toEqual(['2', '<', '3', '&&', 'a', '>', 'b', ']]']);
  });
});
