import { describe, expect, it } from 'vitest';
import { fixText, MAX_PASSES } from '../../src/fix/apply.js';
import { resolveConfig } from '../../src/config/load.js';
import { defineRule, type AnyRule } from '../../src/rule.js';

const { config } = resolveConfig({});

/** A rule reporting the first line; its fix inserts `text` at the start, whether or not that fixes anything. */
function inserting(id: string, text: string, fixedWhen: (source: string) => boolean): AnyRule {
  return defineRule({
    id,
    meta: { description: id, severity: 'warning', fixable: 'always', messages: { m: 'm' }, options: {} },
    check(ctx) {
      if (fixedWhen(ctx.build.text)) return;
      ctx.report({ messageId: 'm', span: { start: 0, end: 1 }, fix: { title: `insert ${text.trim()}`, safety: 'safe', edits: [{ start: 0, end: 0, text }] } });
    },
  }) as AnyRule;
}

describe('the fixer', () => {
  it('applies a fix that settles, pass after pass', () => {
    const rule = inserting('adds-one', '# a\n', (t) => t.startsWith('# a\n'));
    const outcome = fixText('FROM alpine:3.23\n', { config, unsafe: false, rules: [rule] });
    expect(outcome).toMatchObject({ output: '# a\nFROM alpine:3.23\n', passes: 1 });
    expect(outcome.problem).toBeUndefined();
  });

  it('keeps nothing when a fix is still offered after every pass: the file is left as it was, and the rule named', () => {
    const text = 'FROM alpine:3.23\n';
    const outcome = fixText(text, { config, unsafe: false, rules: [inserting('never-fixed', '# again\n', () => false), inserting('fine', '# b\n', (t) => t.includes('# b'))] });
    expect(outcome.output).toBe(text);
    expect(outcome.applied).toEqual([]);
    expect(outcome.passes).toBe(MAX_PASSES);
    expect(outcome.problem).toBe(`fixes did not settle in ${MAX_PASSES} passes (never-fixed kept offering a fix); nothing fixed, the file is left as it was`);
    // What is reported is the file as it is: the findings of the text that was read.
    expect(outcome.remaining.map((f) => f.ruleId).sort()).toEqual(['fine', 'never-fixed']);
  });

  it('keeps nothing when fixes undo each other: the file is left as it was, and fixing it again does the same', () => {
    // Each fix swaps the first line's word: a → b → a.
    const swap = defineRule({
      id: 'swaps',
      meta: { description: 'swaps', severity: 'warning', fixable: 'always', messages: { m: 'm' }, options: {} },
      check(ctx) {
        const word = ctx.build.text.startsWith('# a') ? 'b' : 'a';
        ctx.report({ messageId: 'm', span: { start: 2, end: 3 }, fix: { title: `to ${word}`, safety: 'safe', edits: [{ start: 2, end: 3, text: word }] } });
      },
    }) as AnyRule;
    const text = '# a\nFROM alpine:3.23\n';
    const once = fixText(text, { config, unsafe: false, rules: [swap] });
    expect(once).toMatchObject({ output: text, applied: [], problem: 'fixes undo each other (a cycle, swaps); nothing fixed, the file is left as it was' });
    expect(fixText(once.output, { config, unsafe: false, rules: [swap] }).output).toBe(once.output);
  });
});
