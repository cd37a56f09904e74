/**
 * Inline suppressions: `# hardenfile-ignore rule[,rule] [-- reason]` silences the next instruction,
 * `# hardenfile-ignore-file rule[,rule]` the whole file. `all` names every rule.
 */
import type { Build, Span } from '../model/types.js';

export interface Ignores {
  file: Set<string> & { has(id: string): boolean };
  suppressed(ruleId: string, span: Span): boolean;
}

const HEAD = /^\s*#\s*hardenfile-ignore(-file)?(?=\s)/;
const RULE_LIST = /^[A-Za-z0-9_,\s-]+$/;

export interface Directive {
  file: boolean;
  rules: string[];
  /** Offset in the line just after the last rule id (where another one is added). */
  listEnd: number;
}

/**
 * Read one comment line as a directive, or null. A scan rather than one regex: every regex for
 * `list [-- reason]` with whitespace allowed in the list backtracks cubically on a long line.
 */
export function readDirective(line: string): Directive | null {
  const head = HEAD.exec(line);
  if (!head) return null;
  const from = head[0].length;
  const reason = line.indexOf('--', from);
  const list = line.slice(from, reason === -1 ? line.length : reason);
  if (!RULE_LIST.test(list)) return null;
  let end = list.length;
  while (end > 0 && /[\s,]/.test(list[end - 1]!)) end--;
  if (end === 0) return null;
  return { file: head[1] !== undefined, rules: list.split(/[\s,]/).filter(Boolean), listEnd: from + end };
}

export function parseIgnores(build: Build): Ignores {
  const fileRules = new Set<string>();
  const ranges: { rules: Set<string>; span: Span }[] = [];
  for (const comment of build.comments) {
    const directive = readDirective(comment.text);
    if (!directive) continue;
    const rules = new Set(directive.rules);
    if (directive.file) {
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
