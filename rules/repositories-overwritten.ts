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
          fix: writeBackFix(build, write, dropped),
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
 * Write the dropped entries back right after the replace (`… > f && echo "<security>" >> f`), so
 * the file ends as the package left it plus what the replace meant, each line once. Only in a RUN,
 * and only when every other entry the file held is written again by the replace: otherwise the
 * replace drops something else as well, which stays the author's choice.
 */
function writeBackFix(build: Build, write: RepoWriteFact, dropped: RepoEntry[]): Fix | null {
  const info = build.instructions[write.instruction]!;
  if (info.keyword !== 'RUN' || info.onbuild || info.run?.execForm) return null;
  const written = new Set(write.lines.map((l) => `${l.tag ?? ''} ${l.text}`));
  const kept = (write.before ?? []).every((r) => r.origin === 'enterprise-conf' || written.has(`${r.tag ?? ''} ${r.url}`));
  if (!kept) return null;
  const urls = [...new Set(dropped.map((r) => r.url))];
  const text = urls.map((u) => ` && echo "${u}" >> ${write.file}`).join('');
  return { title: `Write ${urls.join(', ')} back after replacing the list`, safety: 'safe', edits: [insertAt(write.span.end, text)] };
}
