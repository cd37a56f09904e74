/**
 * Inline suppressions, each a comment line of its own:
 *   `# hardenfile-ignore rule[,rule…] [-- reason]`       the next instruction (all its lines)
 *   `# hardenfile-ignore-file rule[,rule…] [-- reason]`  the whole file, wherever it stands
 * Rules are separated by commas or spaces; `all` names every rule. A comment that names no rule, a
 * rule that does not exist or something that is not a rule list silences nothing and is reported
 * as a warning (`ignoreProblems`).
 */
import { didYouMean } from '../config/suggest.js';
import type { Build, Span } from '../model/types.js';
import { parseDockerfile } from '../parse/dockerfile.js';

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
  // In file order, as the comments are; several comments before one instruction share its span.
  const ranges: { rules: Set<string>; span: Span }[] = [];
  let next = 0;
  for (const comment of build.comments) {
    build.tick();
    const directive = readDirective(comment.text);
    if (!directive) continue;
    const rules = new Set(directive.rules);
    if (directive.file) {
      for (const r of rules) fileRules.add(r);
      continue;
    }
    while (next < build.instructions.length && build.instructions[next]!.span.start <= comment.span.start) next++;
    const info = build.instructions[next];
    if (info) ranges.push({ rules, span: info.span });
  }
  const file = Object.assign(fileRules, {
    has(id: string) {
      return Set.prototype.has.call(fileRules, id) || Set.prototype.has.call(fileRules, 'all');
    },
  });
  return {
    file,
    suppressed(ruleId, span) {
      // The last range starting at or before the finding, then the others on that instruction.
      let lo = 0;
      let hi = ranges.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ranges[mid]!.span.start <= span.start) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo - 1; i >= 0 && ranges[i]!.span.start === ranges[lo - 1]!.span.start; i--) {
        const r = ranges[i]!;
        if ((r.rules.has(ruleId) || r.rules.has('all')) && span.start < r.span.end) return true;
      }
      return false;
    },
  };
}

/** A `hardenfile-…` comment that silences less than its author meant. */
export interface IgnoreProblem {
  span: Span;
  message: string;
}

const ANY_DIRECTIVE = /^\s*#\s*(hardenfile-[\w-]*)/;

/**
 * The ignore comments of a Dockerfile's text that name no rule, an unknown rule, or are not ignore
 * comments at all (`# hardenfile-ignore-next-line`). Texts without `hardenfile-` are not parsed.
 */
export function ignoreProblems(text: string, ruleIds: readonly string[]): IgnoreProblem[] {
  if (!text.includes('hardenfile-')) return [];
  const problems: IgnoreProblem[] = [];
  for (const comment of parseDockerfile(text).comments) {
    const any = ANY_DIRECTIVE.exec(comment.text);
    if (!any) continue;
    const span = comment.span;
    const name = any[1]!;
    if (name !== 'hardenfile-ignore' && name !== 'hardenfile-ignore-file') {
      problems.push({ span, message: `${name} is not a comment hardenfile reads (it reads hardenfile-ignore and hardenfile-ignore-file), so it silences nothing` });
      continue;
    }
    const from = any[0].length;
    const reason = comment.text.indexOf('--', from);
    const list = comment.text.slice(from, reason === -1 ? comment.text.length : reason);
    if (list.trim() === '') {
      problems.push({ span, message: `# ${name} names no rule, so it silences nothing (name the rules, or all)` });
    } else if (!RULE_LIST.test(list) || !/^\s/.test(list)) {
      problems.push({ span, message: `# ${name} is followed by something other than rule ids, so it silences nothing` });
    } else {
      for (const m of list.matchAll(/[^\s,]+/g)) {
        const id = m[0];
        if (id === 'all' || ruleIds.includes(id)) continue;
        const start = span.start + from + m.index;
        problems.push({ span: { start, end: start + id.length }, message: `# ${name}: there is no rule ${id}${didYouMean(id, ruleIds)}` });
      }
    }
  }
  return problems;
}
