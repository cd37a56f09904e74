/**
 * A package-manager source or config file written with some content: the repo-write fact, and for
 * apt the parsed sources and the trust options the file sets. RUN writers, sed, cp and COPY/ADD all
 * record their writes here.
 */
import type { Fact, RepoLine, Span } from './types.js';
import type { FactSink } from './commands/types.js';
import { managerOfFile } from './files.js';
import { aptConfBypasses, parseDeb822Sources, parseOneLineSources, sourceBypasses } from './apt-formats.js';

export function writeRepoFile(
  ctx: FactSink,
  path: string,
  kind: 'repositories' | 'config',
  mode: 'replace' | 'append' | 'edit',
  via: string,
  lines: RepoLine[] | null,
  modeSpan: Span | null,
  span: Span,
  edit?: { pattern: string; replacement: string; span: Span | null },
): void {
  const entries = lines ?? [{ text: '', dynamic: true, releaseFromImage: false, releaseFromBaseArg: false, span: null }];
  if (lines && mode !== 'edit' && managerOfFile(ctx.policy, path) === 'apt') {
    writeAptFile(ctx, path, kind, mode, via, lines, modeSpan, span);
    return;
  }
  const clean = entries
    .map((l) => ({ ...l, text: l.text.trim() }))
    .filter((l) => l.dynamic || (l.text !== '' && !l.text.startsWith('#')))
    .map((l) => {
      const m = /^@(\S+)\s+(\S+)$/.exec(l.text);
      return m ? { ...l, tag: m[1]!, text: m[2]! } : l;
    });
  const fact: Fact = {
    kind: 'repo-write',
    manager: managerOfFile(ctx.policy, path),
    file: path,
    fileKind: kind,
    mode,
    via,
    lines: clean,
    modeSpan,
    instruction: ctx.instruction,
    span,
  };
  if (edit) fact.edit = edit;
  ctx.emit(fact);
  if (kind === 'config') {
    for (const l of clean) {
      if (/^(?:--)?allow-untrusted$/.test(l.text)) {
        ctx.emit({ kind: 'trust-bypass', manager: 'apk', what: 'allow-untrusted', instruction: ctx.instruction, span: l.span ?? span });
      }
    }
  }
}

/** An apt sources or apt.conf file written with known content: parsed entries, and the trust options it sets. */
function writeAptFile(
  ctx: FactSink,
  path: string,
  kind: 'repositories' | 'config',
  mode: 'replace' | 'append',
  via: string,
  lines: RepoLine[],
  modeSpan: Span | null,
  span: Span,
): void {
  const parsed = kind === 'config' ? lines.filter((l) => l.text.trim() !== '') : path.endsWith('.sources') ? parseDeb822Sources(lines) : parseOneLineSources(lines);
  ctx.emit({ kind: 'repo-write', manager: 'apt', file: path, fileKind: kind, mode, via, lines: parsed, modeSpan, instruction: ctx.instruction, span });
  const bypass = (what: string, at: Span | null, written?: string, source?: RepoLine) =>
    ctx.emit({
      kind: 'trust-bypass',
      manager: 'apt',
      what,
      ...(written !== undefined && written !== what ? { written } : {}),
      ...(source ? { source } : {}),
      instruction: ctx.instruction,
      span: at ?? span,
    });
  if (kind === 'config') {
    for (const b of aptConfBypasses(parsed)) bypass(b.what, b.span ?? b.line.span);
    return;
  }
  // A local repository (`file:`, `copy:`) holds packages the build made or brought itself, and
  // fetches nothing: `[trusted=yes]` there (docker-library's local build of a package) is no bypass.
  for (const l of parsed) {
    if (/^(?:file|copy):/i.test(l.text)) continue;
    for (const b of sourceBypasses(l)) bypass(b.what, l.format === 'deb822' ? null : l.span, b.written, l);
  }
}
