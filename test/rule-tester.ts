/**
 * Table-driven rule tests. On every invalid row it checks the reported messageIds and positions,
 * and, when the rule fixes, that the fix converges, fixing again changes nothing, the output no
 * longer has the rule's finding and that the declared `fixable` matches what happened.
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/engine/lint.js';
import type { ResolvedConfig } from '../src/engine/types.js';
import { fixText } from '../src/fix/apply.js';
import { makePolicy, type PolicyOverrides } from '../src/policy/index.js';
import type { AnyRule } from '../src/rule.js';

export interface ValidRow {
  code: string;
  name?: string;
  options?: Record<string, unknown>;
  buildArgs?: Record<string, string>;
  policy?: PolicyOverrides;
}

export interface ExpectedError {
  messageId: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Substring the message must contain. */
  message?: string;
}

export interface InvalidRow extends ValidRow {
  errors: ExpectedError[];
  /** Text after `--fix` (with `unsafe`, `--unsafe-fixes`); null when the rule offers no fix here. */
  output?: string | null;
  unsafe?: boolean;
}

export function configFor(row: ValidRow, rule: AnyRule): ResolvedConfig {
  return {
    rules: { [rule.id]: { severity: rule.meta.severity, options: row.options ?? {} } },
    policy: makePolicy(row.policy ?? {}),
    buildArgs: row.buildArgs ?? {},
  };
}

export function lintWith(rule: AnyRule, row: ValidRow) {
  return lintText(row.code, { config: configFor(row, rule), rules: [rule] });
}

export function runRuleTests(rule: AnyRule, rows: { valid: (string | ValidRow)[]; invalid: InvalidRow[] }): void {
  const used = new Set<string>();
  describe(rule.id, () => {

    describe('valid', () => {
      rows.valid.forEach((v, i) => {
        const row = typeof v === 'string' ? { code: v } : v;
        it(row.name ?? `valid #${i + 1}`, () => {
          const result = lintWith(rule, row);
          expect(result.error).toBeUndefined();
          expect(result.findings.map((f) => `${f.start.line}:${f.start.column} ${f.messageId}: ${f.message}`)).toEqual([]);
        });
      });
    });

    describe('invalid', () => {
      rows.invalid.forEach((row, i) => {
        it(row.name ?? `invalid #${i + 1}`, () => {
          const config = configFor(row, rule);
          const result = lintText(row.code, { config, rules: [rule] });
          expect(result.error).toBeUndefined();
          const got = result.findings.map((f) => ({
            messageId: f.messageId,
            line: f.start.line,
            column: f.start.column,
            endLine: f.end.line,
            endColumn: f.end.column,
            message: f.message,
          }));
          expect(got.length, JSON.stringify(got, null, 1)).toBe(row.errors.length);
          row.errors.forEach((e, k) => {
            const g = got[k]!;
            used.add(g.messageId);
            expect(g.messageId).toBe(e.messageId);
            expect(rule.meta.messages[g.messageId]).toBeDefined();
            expect([g.line, g.column]).toEqual([e.line, e.column]);
            if (e.endLine !== undefined) expect(g.endLine).toBe(e.endLine);
            if (e.endColumn !== undefined) expect(g.endColumn).toBe(e.endColumn);
            if (e.message !== undefined) expect(g.message).toContain(e.message);
            expect(g.message).not.toMatch(/\{\w+\}/);
          });
          for (const f of result.findings) {
            expect(f.span.start).toBeGreaterThanOrEqual(0);
            expect(f.span.end).toBeLessThanOrEqual(row.code.length);
            expect(f.span.end).toBeGreaterThanOrEqual(f.span.start);
            for (const e of f.fix?.edits ?? []) {
              expect(e.start).toBeGreaterThanOrEqual(0);
              expect(e.end).toBeLessThanOrEqual(row.code.length);
            }
          }
          const hasFix = result.findings.some((f) => f.fix && (row.unsafe || f.fix.safety === 'safe'));
          if (rule.meta.fixable === 'never') expect(result.findings.every((f) => !f.fix)).toBe(true);
          if (rule.meta.fixable === 'always') expect(result.findings.every((f) => f.fix)).toBe(true);
          if (row.output === undefined) {
            expect(hasFix, 'the rule offers a fix here: give the row an `output`').toBe(false);
            return;
          }
          const fixed = fixText(row.code, { config, rules: [rule], unsafe: row.unsafe ?? false });
          expect(fixed.problem).toBeUndefined();
          if (row.output === null) {
            expect(fixed.output).toBe(row.code);
            return;
          }
          expect(fixed.output).toBe(row.output);
          const again = fixText(fixed.output, { config, rules: [rule], unsafe: row.unsafe ?? false });
          expect(again.output, 'fixing twice changes nothing').toBe(fixed.output);
          const after = lintText(fixed.output, { config, rules: [rule] });
          expect(after.error).toBeUndefined();
          expect(after.findings.map((f) => f.messageId), 'the fix removes the finding').toEqual([]);
        });
      });
    });

    it('declares exactly the messageIds it uses', () => {
      expect([...used].sort()).toEqual(Object.keys(rule.meta.messages).sort());
    });
  });
}

/** Dockerfile text from lines (keeps tests readable). */
export function df(...lines: string[]): string {
  return lines.join('\n') + '\n';
}
