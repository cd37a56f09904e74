import { defineRule, type Fix } from '../src/rule.js';
import { factsOf, urlForMessage } from '../src/model/query.js';
import { insertAt } from '../src/fix/builders.js';
import type { Build, RepoEntry, RepoWriteFact, Stage } from '../src/model/types.js';

export default defineRule({
  id: 'repositories-overwritten',
  meta: {
    description: 'The repository list is replaced after the enterprise configuration package added the security repository.',
    severity: 'error',
    fixable: 'sometimes',
    tags: ['security', 'correctness'],
    messages: {
      overwritten: '{file} is replaced here, which drops {url} that {package} added on line {line}.',
    },
    options: {},
  },
  check(ctx) {
    const { build, policy } = ctx;
    const lines = build.lines;
    for (const stage of build.stages) {
      for (const write of factsOf(stage, 'repo-write')) {
        if (write.mode !== 'replace' || write.file !== policy.apk.repositoriesFile || !write.before) continue;
        if (write.lines.some((l) => l.dynamic)) continue;
        const dropped = write.before.filter((r) => r.origin === 'enterprise-conf' && !writtenBack(stage, write, r));
        const first = dropped[0];
        if (!first) continue;
        const at = first.fact ? (first.fact.kind === 'package-command' ? (first.fact.commandSpan ?? first.fact.span) : first.fact.span).start : null;
        ctx.report({
          messageId: 'overwritten',
          data: {
            file: write.file,
            url: urlForMessage(first.url),
            package: policy.apk.enterpriseConfPackage,
            line: at === null ? '?' : lines.position(at).line,
          },
          span: write.modeSpan ?? write.span,
          fix: appendFix(build, write),
        });
      }
    }
  },
});

/** The dropped entry is written again by this write or a later one of the same RUN. */
function writtenBack(stage: Stage, write: RepoWriteFact, entry: RepoEntry): boolean {
  const later = stage.facts.slice(stage.facts.indexOf(write));
  return later.some((f) => f.kind === 'repo-write' && f.instruction === write.instruction && f.file === write.file && f.lines.some((l) => l.text === entry.url));
}

/**
 * `>` → `>>`, when appending gives apk the same repositories as the replace plus the dropped
 * ones: every other entry the file held is written again (apk skips a repeated URL).
 */
function appendFix(build: Build, write: RepoWriteFact): Fix | null {
  const op = write.modeSpan;
  if (!op || !/^[1&]?>$/.test(build.text.slice(op.start, op.end))) return null;
  const written = new Set(write.lines.map((l) => `${l.tag ?? ''} ${l.text}`));
  const kept = (write.before ?? []).every((r) => r.origin === 'enterprise-conf' || written.has(`${r.tag ?? ''} ${r.url}`));
  if (!kept) return null;
  return { title: 'Append to the repository list instead of replacing it', safety: 'safe', edits: [insertAt(op.end, '>')] };
}
