/**
 * Inline suppressions: `# hardenfile-ignore rule[,rule] [-- reason]` silences the next instruction,
 * `# hardenfile-ignore-file rule[,rule]` the whole file. `all` names every rule.
 */
import type { Build, Span } from '../model/types.js';

export interface Ignores {
  file: Set<string> & { has(id: string): boolean };
  suppressed(ruleId: string, span: Span): boolean;
}

const DIRECTIVE = /^#\s*hardenfile-ignore(-file)?\s+([A-Za-z0-9_,\s-]+?)\s*(?:--.*)?$/;

export function parseIgnores(build: Build): Ignores {
  const fileRules = new Set<string>();
  const ranges: { rules: Set<string>; span: Span }[] = [];
  for (const comment of build.comments) {
    const m = DIRECTIVE.exec(comment.text.trim());
    if (!m) continue;
    const rules = new Set(m[2]!.split(/[\s,]+/).filter(Boolean));
    if (m[1]) {
      for (const r of rules) fileRules.add(r);
      continue;
    }
    const next = build.instructions.find((i) => i.span.start > comment.span.start);
    if (next) ranges.push({ rules, span: next.span });
  }
  const file = Object.assign(fileRules, {
    has(id: string) {
      return Set.prototype.has.call(fileRules, id) || Set.prototype.has.call(fileRules, 'all');
    },
  });
  return {
    file,
    suppressed(ruleId, span) {
      return ranges.some((r) => (r.rules.has(ruleId) || r.rules.has('all')) && span.start >= r.span.start && span.start < r.span.end);
    },
  };
}
