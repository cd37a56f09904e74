/**
 * The shell reader against the tree-sitter adapter it replaced at run time (test/parse/tree-sitter-oracle.ts
 * keeps it): the same commands, words, redirects, heredocs, lists and scopes for every RUN of the
 * fixtures, the benchmark corpus, generated files and a table of shell shapes. List and scope ids
 * are compared by structure (renumbered in order of first use), not by value. Where tree-sitter-bash
 * reads a script unlike sh does, `oracleDiffers` skips it and the cases at the end pin sh's reading.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCorpus } from '../../bench/corpus.js';
import { parseDockerfile } from '../../src/parse/dockerfile.js';
import { buildRunScript, shellScriptFromText } from '../../src/parse/run-script.js';
import { MAX_SHELL_DEPTH, parseShell } from '../../src/parse/shell.js';
import type { Command, ParsedRun, Redirect, ShellScript, Word } from '../../src/parse/shell-types.js';
import { fixtureTexts } from './fixture-texts.js';
import { dockerfile, mutatedFixture } from '../fuzz/arbitraries.js';
import { initShellParser, parseShell as parseWithTreeSitter } from './tree-sitter-oracle.js';

const runs = Number(process.env.FUZZ_RUNS ?? 150);

/** The RUN scripts of a Dockerfile, as the model builds them. */
export function runScripts(text: string): ShellScript[] {
  const parsed = parseDockerfile(text);
  const out: ShellScript[] = [];
  for (const raw of parsed.instructions) {
    if (raw.keyword !== 'RUN' || !raw.argsSpan) continue;
    const heredocs = raw.heredocs.map((h) => ({ name: h.name, start: h.startSpan.start, end: h.startSpan.end }));
    const script = buildRunScript(text, raw.argsSpan.start, raw.span.end, parsed.escape, heredocs);
    if (script) out.push(script);
  }
  return out;
}

function view(run: ParsedRun): unknown {
  const lists = new Map<number, number>();
  const scopes = new Map<number | null, number | null>([[null, null]]);
  const id = (map: Map<number | null, number | null>, k: number | null) => {
    if (!map.has(k)) map.set(k, map.size);
    return map.get(k);
  };
  const word = (w: Word | null) => w && { raw: w.raw, value: w.value, parts: w.parts, span: w.span, at: w.at };
  const redirect = (r: Redirect) => ({
    op: r.op,
    fd: r.fd,
    target: word(r.target),
    heredoc: r.heredoc ?? null,
    span: r.span,
    group: r.group ?? false,
  });
  const command = (c: Command) => ({
    name: word(c.name),
    args: c.args.map(word),
    assignments: c.assignments.map((a) => ({ name: a.name, value: word(a.value), span: a.span })),
    redirects: c.redirects.map(redirect),
    span: c.span,
    extent: c.extent,
    parentScope: id(scopes, c.parentScope),
    scope: id(scopes, c.scope),
    inSubstitution: c.inSubstitution,
    list: id(lists as Map<number | null, number | null>, c.list),
    listIndex: c.listIndex,
    joinedBy: c.joinedBy,
  });
  return { commands: run.commands.map(command), hasErrors: run.hasErrors };
}

/** Scripts the tree-sitter adapter reads unlike sh does; the cases at the end pin sh's reading. */
const ORACLE_DIFFERS: readonly RegExp[] = [
  // A closing quote after blanks that follow an expansion: the adapter keeps the `"` in the text.
  /(\$\{[^}]*\}|\$\w+|\$\([^)]*\)|`[^`]*`)[ \t\n]+"/,
  // A backslash ending the script is a literal `\` in sh, an error for tree-sitter.
  /\\[ \t]*$/,
  // `$"…"`: tree-sitter leaves the `$` out of the word.
  /\$"/,
  // `$10` is `${1}0` in sh.
  /\$[0-9]{2}/,
  // `\`+newline inside a word joins it; tree-sitter splits the word there.
  /[^\s\\]\\\n/,
  // Backticks in `${…}`: tree-sitter does not read the commands in them.
  /\$\{[^}]*`/,
  // `(( … ))` and `for ((…))`: tree-sitter reads `i=0` in them as an assignment command.
  /\(\(/,
  // A command that starts with a redirect: tree-sitter drops it.
  /(^|[;&|(]|\n)[ \t]*[0-9]*[<>][^(]/,
  // Pipelines tree-sitter nests unlike sh's grammar (where `|` binds tighter than `&&`): a redirect
  // in a stage followed by another, inside an and-or list (`cd x && make 2>&1 | tee log`), after a
  // first stage (`a | b > f | c`) or before two more; `a | b | c && d` and `a | b && c | d`.
  // (`make 2>&1 | tee log` alone it reads right.)
  /(&&|\|\|)[^;\n]*[<>][^|&;\n]*\|[^|]/,
  /\|[^|][^;\n]*[<>][^|&;\n]*\|[^|]/,
  /[<>][^|&;\n]*\|[^|][^;\n]*\|[^|]/,
  /\|[^|][^;\n]*\|[^|][^;\n]*(&&|\|\|)/,
  /\|[^|][^;\n]*(&&|\|\|)[^;\n]*\|[^|]/,
  // Found on real Dockerfiles: tree-sitter cuts `a/$V/b-$V.c` after the second `$`; it gives a
  // `{ …; } > f` group inside an && list's redirect to its last command only; and it reads a
  // bracket pattern inside a word (`jinja2-cli[yaml]`) as literal text.
  /\$\w+\/[^\s]*-\$\w+\./,
  /&&[^;\n]*\{[^}]*;[^}]*\}[ \t]*[0-9]*>/,
  /\S\[[^\s\]]+\]/,
  // An unquoted word starting with `[` (`[signed-by=…]`): tree-sitter makes only the `[` dynamic.
  /(^|\s)\[[^\s[]/m,
  // `… &`: sh runs it in a subshell, which the adapter gives no scope of its own.
  /(^|[^&<>|])&(?![&>])/,
];

/** Braces outside `${…}` glued to a word (`{a,b}`, `foo}`): tree-sitter makes the word dynamic or a `}` a command. */
function strayBrace(text: string): boolean {
  return /\S[{}]|[{}]\S/.test(text.replace(/\$\{[^{}]*\}/g, ''));
}

function oracleDiffers(text: string): boolean {
  return ORACLE_DIFFERS.some((re) => re.test(text)) || strayBrace(text);
}

/**
 * The same reading as the adapter's. Where tree-sitter meets a syntax error its recovery is its
 * own, so such scripts only have to be read without a crash.
 */
function same(script: ShellScript): void {
  const ours = parseShell(script);
  const theirs = parseWithTreeSitter(script);
  if (theirs.hasErrors || oracleDiffers(script.text)) return;
  expect({ text: script.text, ...(view(ours) as object) }).toEqual({ text: script.text, ...(view(theirs) as object) });
}

/** Shell shapes RUN scripts use, read the same as the adapter (unless one of the cases above applies). */
const SHAPES: readonly string[] = [
  "make 2>&1 | tee /var/log/build.log && echo ok",
  "set -e; wget -qO- https://example.org/x.tgz 2>/dev/null | tar xz -C /opt; echo done",
  "cd /etc/apk/keys && wget URL",
  "a && echo y > f && b",
  "a | b > f",
  "grep 2>/dev/null -q pat file",
  "cat <<EOF > f && apk update\nline $A\nEOF\n",
  "cat <<A <<-'B' > f\na\nA\n\tb $x\n\tB\napk add y\n",
  "cat <<EOF | tee -a /etc/apk/repositories\nhttps://dhi.io/apk\nEOF\necho done\n",
  "X=\"$(cat <<EOF\nhi\nEOF\n)\" && echo \"$X\"",
  "echo $(( 1 << 2 )) && cat <<< \"x\" && echo ok",
  "HTTP_AUTH=\"$(cat /run/secrets/http_auth)\" apk update && apk add x",
  "export HTTP_AUTH=$(cat /run/secrets/x) && apk add y",
  "A=b C=\"d e\"; echo $A",
  "if [ -f x ]; then apk add a; fi",
  "for p in a b; do apk add $p; done",
  "case $x in a) echo a;; *) echo z;; esac\nwhile read l; do echo \"$l\"; done\nf() { apk add a; }",
  "(cd /x && wget u) && apk add y",
  "printf '%s\\n' a b | tee -a /etc/apk/repositories",
  "{ echo a; echo b; } > /f",
  "echo https://dhi.io/apk/alpine/v${ALPINE_VERSION:-3.23}/main",
  "echo a\\ b \"q\\\"x\\\\y\\$\" 'lit\\n' \"${A}\" *.c `id -u`",
  "apk add x && if then fi",
  "set -eux; apk add --no-cache curl; rm -rf /var/cache/apk/*",
  "a & b; c",
  "a || b && c | d |& e",
  "! grep -q x f && echo no",
  "if a; then b; elif c; then d; else e; fi; f",
  "while true; do break; done > /log",
  "until a; do b; done",
  "for x in $(ls /); do echo $x; done",
  "for x; do echo $x; done",
  "case \"$arch\" in\n  x86_64|aarch64) echo ok ;;\n  *) exit 1 ;;\nesac",
  "f() { echo a; }; f",
  "function g { echo b; }",
  "[[ -f x && -d y ]] && echo yes",
  "echo ${#A} ${!B} ${C%/*} ${D##*/} ${E/a/b}",
  "echo $'a\\tb' $\"x\"",
  "A=1 B=2",
  "A= cmd",
  "A=(1 2 3); echo ${A[0]}",
  "local a=1 b",
  "declare -x FOO=bar",
  "readonly X=1",
  "unset A B",
  "echo `echo \\`x\\``",
  "diff <(a) >(b)",
  "cmd 2>&1 >/dev/null",
  "cmd &> /log",
  "cmd >> /log 2>>/err",
  "cmd <> f",
  "cmd >| f",
  "exec 3<&0",
  "echo a # comment\necho b",
  "# only a comment",
  "",
  "echo \"a\" \"b\"c d\"e\"",
  "echo ~/x ~ a~b",
  "echo {a,b} x{1,2}y \"{a,b}\"",
  "echo a*b \"a*b\" a\\*b",
  "cd /tmp && ( cd x; pwd ) && pwd",
  "echo \"$(echo \"$(echo hi)\")\"",
  "x=$(a | b)",
  "echo $((1+2)) $[1+2]",
  "(( i++ )) && echo $i",
  "for ((i=0;i<3;i++)); do echo $i; done",
  "echo a; ; echo b",
  "echo \"unterminated",
  "echo 'unterminated",
  "echo $(unterminated",
  "a &&",
  "| a",
  "echo a >",
  "cat <<-EOF\n\tx\n\tEOF\necho after",
  "cat <<\"E F\"\nx\nE F\n",
  "cat <<EOF\nno end",
  "cat << EOF\nbody\nEOF",
  "cat <<EOF; echo a\nbody\nEOF\necho b",
  "apk add \\\n  curl",
  "echo \"multi\nline\" next",
  "time apk add x",
  "sudo -E apk add x",
  "env A=1 apk add x",
  "sh -c \"apk add x\"",
  "echo $1 $@ $* $# $? $$ $! $- $0 $10",
  "echo $ $% \"$\"",
  "echo a\\\nb",
  "{ a; b; } 2>/dev/null | c",
  "if a; then b; fi | c",
  "x=1; y=$x; echo \"$y\"",
  "cat > /etc/apk/repositories <<EOF\nhttps://dhi.io\nEOF\n",
  "echo a >f b",
  "> /f",
  "echo a; > /f; echo b",
  "A=1 > /f",
  "echo \"${A:-\"x y\"}\"",
  "echo \"${A:-$(cat /s)}\"",
  "echo ${A:-`cat /s`}",
  "test -f x || exit 1",
  "[ \"$a\" = b ] && [ ! -d c ]",
  "echo a && {\n  b\n  c\n}",
  "apk add x \\\n  # comment\n  && b",
  "wget -O- https://x | sh -s --",
  "curl -fsSL url | gpg --dearmor -o /k.gpg",
  "echo deb [signed-by=/k.gpg] https://dhi.io/deb trixie main > /etc/apt/sources.list.d/d.list",
  "a;b;c",
  "a&&b||c",
  "a|b|c",
  "echo \"$a\"b'c'$d",
  "echo \\$HOME \"\\$x\"",
  "echo \"a\\\nb\"",
  "case x in (a) b;; esac",
  "case x in a) b;& c) d;;& esac",
  "select x in a b; do echo $x; done",
  "coproc x",
  "echo -e \"a\\nb\" | tee f",
  "FOO=bar export FOO",
  "export A B=1",
  "cd \"$(dirname \"$0\")\"",
  "trap \"rm -f /tmp/x\" EXIT",
  "echo \"${A}\"",
  "echo ${A}b$C",
  "echo a=b c==d",
  "if ! a; then b; fi",
  "while read -r a b; do echo; done < /f",
  "echo a |\n b",
  "echo a &&\n\n b",
  "echo $(\n a\n b\n)",
  "echo \"`a`\"",
  "x=`a`",
  "echo \"$@\"",
  "printf \"%s\" \"${A[@]}\"",
  "echo $A$B",
  "echo ${A}${B}",
  "echo ${A}{b,c}",
  "arr=( a \"b c\" )",
  "echo foo}",
  "echo {",
  "{ echo; }",
  "echo }; }",
];

describe('parseShell against tree-sitter-bash', () => {
  beforeAll(initShellParser);

  it.each(SHAPES.map((s) => [JSON.stringify(s), s]))('reads %s the same', (_name, text) => {
    same(shellScriptFromText(text));
  });

  it.each(fixtureTexts())('reads the RUNs of %s the same', (_path, text) => {
    for (const script of runScripts(text)) same(script);
  });

  it('reads the RUNs of the benchmark corpus the same', () => {
    for (const text of makeCorpus(200)) for (const script of runScripts(text)) same(script);
  });

  it('reads the RUNs of generated files the same', () => {
    fc.assert(
      fc.property(dockerfile, (text) => {
        for (const script of runScripts(text)) same(script);
      }),
      { numRuns: runs * 4 },
    );
  });
});

export { shellScriptFromText };

describe('parseShell where sh and the tree-sitter adapter differ', () => {
  const parse = (text: string) => parseShell(shellScriptFromText(text));
  const names = (run: ParsedRun) => run.commands.map((c) => c.name?.value ?? null);

  it('ends a double-quoted string at its quote after blanks that follow an expansion', () => {
    expect(parse('echo "a${B}  "').commands[0]!.args[0]!.parts).toEqual([
      { kind: 'literal', text: 'a' },
      { kind: 'variable', name: 'B' },
      { kind: 'literal', text: '  ' },
    ]);
  });

  it('keeps a backslash that ends the script as a literal word', () => {
    const run = parse('tee -a /etc/apk/repositories \\');
    expect(run.hasErrors).toBe(false);
    expect(run.commands[0]!.args.map((w) => w.value)).toEqual(['-a', '/etc/apk/repositories', '\\']);
  });

  it('reads $"…" as a word with its $, and $10 as $1 then 0', () => {
    const [echo] = parse('echo $"x" $10').commands;
    expect(echo!.args[0]).toMatchObject({ raw: '$"x"', value: 'x' });
    expect(echo!.args[1]!.parts).toEqual([
      { kind: 'variable', name: '1' },
      { kind: 'literal', text: '0' },
    ]);
  });

  it('joins a word across a backslash-newline', () => {
    expect(parse('echo a\\\nb').commands[0]!.args.map((w) => w.value)).toEqual(['ab']);
  });

  it('reads the commands in backticks inside ${…}', () => {
    expect(names(parse('echo ${A:-`cat /s`}'))).toEqual(['echo', 'cat']);
  });

  it('reads no commands in (( … )) or a for (( … )) header', () => {
    expect(names(parse('(( i = 1 )) && for ((i=0;i<3;i++)); do echo $i; done'))).toEqual(['echo']);
  });

  it('reads a (( … )) that cannot be arithmetic as the two subshells sh runs', () => {
    expect(names(parse('((apk add curl)) && ((((cd /x && apk add "$P" $(cat l))))) && ((a b) )'))).toEqual(['apk', 'cd', 'apk', 'cat', 'a']);
    // Arithmetic stays arithmetic: operators between the operands, `$(…)` and `${…}` operands.
    expect(names(parse('(( n = $(nproc) * 2, m = ${#A} + "1" )) && ((i++)) && (( (a) + b ? c : d ))'))).toEqual(['nproc']);
    expect(names(parse('echo $((apk add))'))).toEqual(['echo']);
  });

  it('keeps a command that is only a redirect, without a name', () => {
    const run = parse('> /etc/apk/repositories; echo a');
    expect(names(run)).toEqual([null, 'echo']);
    expect(run.commands[0]!.redirects.map((r) => r.target!.value)).toEqual(['/etc/apk/repositories']);
  });

  it('makes a word with a bracket expression dynamic as a whole, and a lone [ literal', () => {
    const [echo, test] = parse('echo [signed-by=/k.gpg]; [ -f x ]').commands;
    expect(echo!.args[0]!.parts).toEqual([{ kind: 'dynamic', raw: '[signed-by=/k.gpg]' }]);
    expect(test!.name!.value).toBe('[');
  });

  it('reads a pipeline with a redirect inside an && list as stages of the script', () => {
    const [cd, make, tee] = parse('cd x && make 2>&1 | tee log').commands;
    expect([cd!.parentScope, make!.parentScope, tee!.parentScope]).toEqual([null, cd!.scope, cd!.scope]);
    expect(new Set([cd!.scope, make!.scope, tee!.scope]).size).toBe(3);
    expect(make!.redirects.map((r) => [r.fd, r.op, r.target!.value])).toEqual([[2, '>&', '1']]);
  });

  it('binds | tighter than && in every pipeline', () => {
    const run = parse('echo a > /f | b | c && d | e');
    expect(names(run)).toEqual(['echo', 'b', 'c', 'd', 'e']);
    const [echo, b, c, d, e] = run.commands;
    // Every stage has a scope of its own, under the script's.
    for (const stage of [echo, b, c, d, e]) expect(stage!.parentScope).toBe(0);
    expect(new Set([echo, b, c, d, e].map((s) => s!.scope)).size).toBe(5);
    expect([b, c, d, e].map((s) => s!.joinedBy)).toEqual(['|', '|', '&&', '|']);
    expect(echo!.redirects.map((r) => r.target!.value)).toEqual(['/f']);
  });

  it('runs a command put in the background in a scope of its own', () => {
    const [cd, make] = parse('cd /src & make').commands;
    expect(cd!.parentScope).toBe(make!.scope);
    expect(cd!.scope).not.toBe(make!.scope);
  });

  it('reads a URL with two expansions as one word', () => {
    const url = parse('wget https://x/$V/dockerize-linux-$V.tar.gz').commands[0]!.args[0]!;
    expect(url.raw).toBe('https://x/$V/dockerize-linux-$V.tar.gz');
    expect(url.parts.map((p) => p.kind)).toEqual(['literal', 'variable', 'literal', 'variable', 'literal']);
  });

  it('copies a group redirect to every command of the group, inside an && list too', () => {
    const run = parse('a && { echo x; cat f; } > g && b');
    expect(run.commands.map((c) => c.redirects.map((r) => [r.target!.value, r.group ?? false]))).toEqual([[], [['g', true]], [['g', true]], []]);
  });

  it('makes a word with a bracket pattern dynamic', () => {
    expect(parse('pipx install jinja2-cli[yaml]').commands[0]!.args[1]!.value).toBeNull();
  });

  it('reads braces glued to words as literal text, and a brace list as dynamic', () => {
    const [echo] = parse('echo foo} ${A}{b,c}').commands;
    expect(echo!.args[0]!.value).toBe('foo}');
    expect(echo!.args[1]!.parts).toEqual([
      { kind: 'variable', name: 'A' },
      { kind: 'dynamic', raw: '{b,c}' },
    ]);
    expect(parse('echo }; }').hasErrors).toBe(true);
  });
});

describe('parseShell on bad input', () => {
  it('reads mutated fixtures without throwing, every span inside the script', () => {
    fc.assert(
      fc.property(mutatedFixture, (text) => {
        for (const script of runScripts(text)) {
          const run = parseShell(script);
          for (const c of run.commands) {
            expect(c.extent.start).toBeLessThanOrEqual(c.extent.end);
            expect(c.extent.end).toBeLessThanOrEqual(text.length);
          }
        }
      }),
      { numRuns: runs * 4 },
    );
  });

  it('reports shell nested thousands deep as unreadable instead of overflowing the stack', () => {
    const run = parseShell(shellScriptFromText('echo ' + '$('.repeat(5000) + 'x' + ')'.repeat(5000)));
    expect(run).toMatchObject({ commands: [], hasErrors: true });
    // Where it stopped: at the `$(` one past the depth (each is a command and a substitution).
    expect(run.nestedTooDeep).toBe('echo '.length + 2 * (MAX_SHELL_DEPTH / 2));
  });

  it('keeps the commands read to their end before the nesting got too deep', () => {
    const run = parseShell(shellScriptFromText('apk add a; echo $(apk add b) ' + '( '.repeat(1000) + 'apk add c'));
    expect(run.commands.map((c) => c.name?.value)).toEqual(['apk', 'echo', 'apk']);
    expect(run.nestedTooDeep).toBeGreaterThan(0);
    expect(parseShell(shellScriptFromText('( ( apk add a ) )')).nestedTooDeep).toBeUndefined();
  });

  it('flags unterminated quotes and substitutions and empty bodies, keeping what it read', () => {
    for (const text of ['echo "a', "echo 'a", 'echo $(a', 'echo `a', 'if then fi', '{ }', 'echo ${A', 'cat <<', 'a &&']) {
      const run = parseShell(shellScriptFromText(text));
      expect(run.hasErrors, text).toBe(true);
    }
    expect(parseShell(shellScriptFromText('apk add x && echo "a')).commands[0]!.name!.value).toBe('apk');
  });
});
