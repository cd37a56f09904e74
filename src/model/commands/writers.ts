/**
 * What commands write into files: the text `echo`, `printf` and `cat` print, sent by a redirect or
 * through `tee` into repository, config or credential files, and the secrets that go with it.
 */
import type { Command, Word } from '../../parse/shell-types.js';
import type { RepoLine, Span } from '../types.js';
import { classifyFile, linesFromText } from '../files.js';
import { writeRepoFile } from '../repo-write.js';
import type { Lookup } from '../vars.js';
import { commandBase, evalWord, resolvePath, staticValue } from '../words.js';
import { outputsOf, previousInPipeline } from './pipeline.js';
import { fromMountedSecret, isSecretVar, locateIn, secretInHeredoc, secretInWord, writtenSecrets } from './secrets.js';
import type { CommandCall, CommandInterpreter, RunContext, ShellScope } from './types.js';

export const teeCommand: CommandInterpreter = { interpret: tee };

function tee(call: CommandCall): void {
  const { ctx, cmd, index, args, lookup, span, scope, removed } = call;
  const cwd = scope.cwd;
  let append = false;
  let appendSpan: Span | null = null;
  const files: Word[] = [];
  for (const w of args) {
    const v = staticValue(w, lookup);
    if (v === '-a' || v === '--append') {
      append = true;
      appendSpan = w.span;
    } else if (v && v.startsWith('-')) continue;
    else files.push(w);
  }
  // stdin comes from the previous stage of the pipeline.
  const prev = previousInPipeline(ctx.run, cmd, index);
  let lines: RepoLine[] | null = null;
  // A secret in what tee copies (`echo "$TOKEN" | tee f`, `tee f <<< "$TOKEN"`) ends up in the files.
  let secret: string | null = null;
  if (prev?.name) {
    const prevName = staticValue(prev.name, lookup);
    if (prevName) {
      lines = stdoutLines(ctx, prev, commandBase(prevName), prev.args, lookup);
      secret = secretSourceOf(prev, commandBase(prevName), prev.args, scope, lookup);
    }
  } else {
    const heredoc = cmd.redirects.find((r) => r.heredoc);
    if (heredoc?.heredoc) lines = linesFromText(heredoc.heredoc.body, heredoc.heredoc.span, !heredoc.heredoc.quoted, lookup, ctx.imageVariables, ctx.undeclaredArgs);
    secret = secretSourceOf(cmd, 'tee', args, scope, lookup);
  }
  if (files.length > 0) writtenSecrets(ctx, lines, ctx.run.script.text, (value) => locateIn(ctx.run.script, value), span);
  for (const f of files) {
    const v = staticValue(f, lookup);
    if (!v) continue;
    const path = resolvePath(cwd, v);
    const kind = classifyFile(ctx.policy, path);
    if (kind) writeRepoFile(ctx, path, kind, append ? 'append' : 'replace', 'tee', lines, append ? appendSpan : null, span);
    else if (ctx.files.keyAt(path)?.instruction !== ctx.instruction) ctx.files.setLines(path, lines, append);
    if (secret && !/^\/(?:dev|proc)\//.test(path)) {
      ctx.emit({ kind: 'secret-write', file: path, source: secret, removed: removed.has(path), instruction: ctx.instruction, span: f.span ?? span });
      if (fromMountedSecret(ctx, secret, scope)) ctx.files.setSecretCopy(path, ctx.instruction, removed.has(path));
    } else if (!removed.has(path)) literalAuthWrite(ctx, path, 'tee', f.span ?? span);
  }
}

export { type RepoLine };

export function writeRedirects(call: CommandCall): void {
  const { ctx, cmd, base, args, lookup, span, scope, removed } = call;
  const outs = outputsOf(cmd, lookup, scope.cwd);
  if (!outs.length) return;
  let first = true;
  for (const out of outs) {
    const kind = classifyFile(ctx.policy, out.path);
    const lines = stdoutLines(ctx, cmd, base, args, lookup);
    // Credentials the text puts in the file (`.npmrc` auth lines, a netrc password printf fills in).
    if (first) writtenSecrets(ctx, lines, ctx.run.script.text, (value) => locateIn(ctx.run.script, value), span);
    first = false;
    if (kind) {
      writeRepoFile(ctx, out.path, kind, out.append ? 'append' : 'replace', base, lines, out.opSpan, span);
    } else if (ctx.files.keyAt(out.path)?.instruction !== ctx.instruction) {
      // (A key this RUN just fetched into the file, `curl … | gpg --dearmor > f`, stays a key.)
      ctx.files.setLines(out.path, lines, out.append);
    }
    // A secret written into a file of the layer.
    const secretSource = secretSourceOf(cmd, base, args, scope, lookup);
    if (secretSource && !/^\/(?:dev|proc)\//.test(out.path)) {
      ctx.emit({ kind: 'secret-write', file: out.path, source: secretSource, removed: removed.has(out.path), instruction: ctx.instruction, span: out.targetSpan ?? span });
      if (fromMountedSecret(ctx, secretSource, scope)) ctx.files.setSecretCopy(out.path, ctx.instruction, removed.has(out.path));
    } else if (!removed.has(out.path)) literalAuthWrite(ctx, out.path, base, out.targetSpan ?? span);
  }
}

/** What a command prints on stdout, as repository lines, when the model can tell. */
export function stdoutLines(ctx: RunContext, cmd: Command, base: string, args: Word[], lookup: Lookup): RepoLine[] | null {
  const ev = (w: Word) => evalWord(w, lookup, ctx.release);
  const fromBaseArg = (vars: string[]) => vars.some((v) => ctx.imageVariables.includes(v));
  const line = (text: string, w: Word | null, dynamic: boolean, fromImage: boolean, vars: string[]): RepoLine => ({
    text,
    dynamic,
    releaseFromImage: fromImage,
    releaseFromBaseArg: fromBaseArg(vars),
    ...(ctx.undeclaredArgs && vars.some((v) => ctx.undeclaredArgs!.has(v)) && { emptyArgs: [...new Set(vars.filter((v) => ctx.undeclaredArgs!.has(v)))] }),
    span: w?.span ?? null,
  });
  if (base === 'echo') {
    let rest = args;
    let escapes = false;
    while (rest[0] && /^-[neE]+$/.test(rest[0].value ?? '')) {
      if (rest[0].value!.includes('e')) escapes = true;
      rest = rest.slice(1);
    }
    const vals = rest.map(ev);
    const joined = vals.map((v) => v.text).join(' ');
    const text = escapes ? joined.replace(/\\n/g, '\n') : joined;
    const parts = text.split('\n');
    const single = rest.length === 1 && parts.length === 1 ? rest[0]! : null;
    return parts.map((t) =>
      line(t, single, vals.some((v) => v.dynamic), vals.some((v) => v.releaseFromImage), vals.flatMap((v) => v.variables)),
    );
  }
  if (base === 'printf') {
    const [fmtWord, ...rest] = args;
    if (!fmtWord) return [];
    const fmt = ev(fmtWord);
    const vals = rest.map(ev);
    if (!fmt.text.includes('%s') || vals.length === 0) {
      return fmt.text.replace(/\\n/g, '\n').split('\n').map((t) => line(t, null, fmt.dynamic, fmt.releaseFromImage, fmt.variables));
    }
    // `printf '%s\n' a b` repeats the format per argument: one line per argument is the common case.
    const perArg = /^%s\\n$/.test(fmt.text);
    if (perArg) return vals.map((v, i) => line(v.text, rest[i]!, v.dynamic, v.releaseFromImage, v.variables));
    let i = 0;
    let out = '';
    while (i < vals.length) {
      out += fmt.text.replace(/%s/g, () => vals[i++]?.text ?? '');
    }
    return out.replace(/\\n/g, '\n').split('\n').map((t) => line(t, null, vals.some((v) => v.dynamic), vals.some((v) => v.releaseFromImage), vals.flatMap((v) => v.variables)));
  }
  if (base === 'cat') {
    const heredoc = catReadsStdin(args, lookup) ? cmd.redirects.find((r) => r.heredoc) : undefined;
    if (heredoc?.heredoc) return linesFromText(heredoc.heredoc.body, heredoc.heredoc.span, !heredoc.heredoc.quoted, lookup, ctx.imageVariables, ctx.undeclaredArgs);
    const file = args[0] ? staticValue(args[0], lookup) : null;
    if (file) return ctx.files.linesOf(resolvePath('/', file));
    return null;
  }
  return null;
}

/** apt credentials written as text by a RUN that mounts no secret: they stay in the layer. */
function literalAuthWrite(ctx: RunContext, path: string, via: string, span: Span): void {
  const deb = ctx.policy.deb;
  const auth = path === deb.authConfFile || (path.startsWith(deb.authConfDir + '/') && path.endsWith('.conf'));
  if (!auth || ctx.mounts.length > 0) return;
  ctx.emit({ kind: 'secret-write', file: path, source: via, literal: true, instruction: ctx.instruction, span });
}

function secretSourceOf(cmd: Command, base: string, args: Word[], scope: ShellScope, lookup: Lookup): string | null {
  if (base === 'cat' || base === 'echo' || base === 'printf') {
    for (const w of args) {
      const v = staticValue(w, lookup);
      if (base === 'cat' && v && v.startsWith('/run/secrets/')) return v;
      const found = secretInWord(w, scope, lookup);
      if (found) return found;
    }
  }
  if (base === 'tee' || (base === 'cat' && catReadsStdin(args, lookup))) {
    // What they copy from standard input: a here-string, or an unquoted heredoc, whose body the
    // shell expands (`password $TOKEN`, `$(cat /run/secrets/t)`) before the file gets it.
    for (const r of cmd.redirects) {
      if (r.op === '<<<' && r.target) {
        const found = secretInWord(r.target, scope, lookup);
        if (found) return found;
      }
      if (r.heredoc && !r.heredoc.quoted) {
        const found = secretInHeredoc(r.heredoc.body, (name) => isSecretVar(name, scope));
        if (found) return found;
      }
    }
  }
  return null;
}

/** `cat` copies its standard input only without file operands, or where one is `-`. */
function catReadsStdin(args: Word[], lookup: Lookup): boolean {
  const operands = args.map((w) => staticValue(w, lookup)).filter((v) => v === null || v === '-' || !v.startsWith('-'));
  return operands.length === 0 || operands.includes('-');
}
