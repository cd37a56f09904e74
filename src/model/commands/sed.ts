/** `sed -i` on a repository or config file: an in-place edit, with the URLs its replacement brings. */
import type { RepoLine, Word } from '../types.js';
import { classifyFile } from '../files.js';
import { writeRepoFile } from '../repo-write.js';
import { evalWord, resolvePath, staticValue } from '../words.js';
import type { CommandCall, CommandInterpreter } from './types.js';

export const sedCommand: CommandInterpreter = { interpret: sedEdit };

function sedEdit(call: CommandCall): void {
  const { ctx, args, lookup, span } = call;
  const cwd = call.scope.cwd;
  let inPlace = false;
  const exprs: Word[] = [];
  const files: string[] = [];
  let extended = false;
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    const v = staticValue(w, lookup);
    if (v === null) {
      if (exprs.length === 0) exprs.push(w);
      continue;
    }
    if (v === '-e' || v === '--expression') {
      const n = args[++i];
      if (n) exprs.push(n);
    } else if (/^-[a-zA-Z]*i/.test(v) || v.startsWith('--in-place')) {
      inPlace = true;
      if (/E|r/.test(v.replace(/^-/, '').split('i')[0]!)) extended = true;
    } else if (v === '-E' || v === '-r' || v === '--regexp-extended') extended = true;
    else if (v.startsWith('-')) continue;
    else if (exprs.length === 0) exprs.push(w);
    else files.push(resolvePath(cwd, v));
  }
  if (!inPlace) return;
  for (const file of files) {
    const kind = classifyFile(ctx.policy, file);
    if (!kind) continue;
    for (const e of exprs) {
      const text = evalWord(e, lookup, ctx.release);
      const parsed = parseSedSubstitute(text.text, extended);
      const lines: RepoLine[] = parsed
        ? (parsed.replacement.match(/(?<![a-z])[a-z]+:\/\/[^\s'"]*/gi) ?? []).map((u) => ({
            text: u,
            dynamic: text.dynamic,
            releaseFromImage: text.releaseFromImage,
            releaseFromBaseArg: text.variables.some((v) => ctx.imageVariables.includes(v)),
            ...(ctx.undeclaredArgs && text.variables.some((v) => ctx.undeclaredArgs!.has(v)) && { emptyArgs: text.variables.filter((v) => ctx.undeclaredArgs!.has(v)) }),
            span: null,
          }))
        : [];
      writeRepoFile(ctx, file, kind, 'edit', 'sed', lines, null, span, parsed ? { ...parsed, span: e.span } : { pattern: '', replacement: '', span: e.span });
    }
  }
}

/** `s|a|b|g` → pattern and replacement as a JS regex source and replacement string. */
export function parseSedSubstitute(expr: string, extended: boolean): { pattern: string; replacement: string } | null {
  if (expr[0] !== 's' || expr.length < 4) return null;
  const d = expr[1]!;
  const parts: string[] = [];
  let cur = '';
  for (let i = 2; i < expr.length; i++) {
    const c = expr[i]!;
    if (c === '\\' && expr[i + 1] === d) {
      cur += d;
      i++;
    } else if (c === d) {
      parts.push(cur);
      cur = '';
      if (parts.length === 2) break;
    } else cur += c;
  }
  if (parts.length < 2) return null;
  let pattern = parts[0]!;
  if (!extended) pattern = pattern.replace(/\\([(){}+?|])/g, '$1');
  const replacement = parts[1]!.replace(/\\(\d)/g, '$$$1').replace(/(^|[^\\])&/g, '$1$$&');
  return { pattern, replacement };
}
