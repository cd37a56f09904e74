/** The informational subcommands: `rules`, `explain <rule>`, `schema`. */
import fs from 'node:fs';
import path from 'node:path';
import type { AnyRule } from '../rule.js';
import { buildConfigSchema } from '../config/schema.js';
import { didYouMean } from '../config/suggest.js';
import { packageRoot, UsageError } from './io.js';

/** After `unknown rule x` when no rule id is close enough to suggest. */
export const UNKNOWN_RULE_HINT = ' (hardenfile rules lists the rules)';

/** A table: id, default severity, fixable, description. */
export function rulesTable(rules: readonly AnyRule[]): string {
  const rows = [['RULE', 'SEVERITY', 'FIXABLE', 'DESCRIPTION'], ...rules.map((r) => [r.id, r.meta.severity, r.meta.fixable, r.meta.description])];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length)));
  return `${rows.map((row) => row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join('  ')).join('\n')}\n`;
}

/** The rule's documentation (rules/<id>.md in the package). */
export function explainRule(id: string, rules: readonly AnyRule[], root = packageRoot()): string {
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new UsageError(`unknown rule ${id}${didYouMean(id, rules.map((r) => r.id)) || UNKNOWN_RULE_HINT}`);
  const doc = path.join(root, 'rules', `${rule.id}.md`);
  try {
    const text = fs.readFileSync(doc, 'utf8');
    return text.endsWith('\n') ? text : `${text}\n`;
  } catch {
    throw new Error(`the documentation of ${rule.id} is missing (${doc})`);
  }
}

export function schemaText(rules: readonly AnyRule[]): string {
  return `${JSON.stringify(buildConfigSchema(rules), null, 2)}\n`;
}
