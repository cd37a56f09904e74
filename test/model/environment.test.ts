import { describe, expect, it } from 'vitest';
import { Environment, type EnvBinding } from '../../src/model/environment.js';

const bind = (name: string, how: EnvBinding['how'], at = 0): EnvBinding => ({ name, how, span: { start: at, end: at + 1 }, fromCommand: null });

describe('Environment', () => {
  it('gives the bindings of a name in the order they were made, across layers', () => {
    const stage = Environment.EMPTY.with([bind('A', 'env-instruction', 1), bind('B', 'env-instruction', 2)]).with([bind('A', 'env-instruction', 3)]);
    const run = stage.with([bind('A', 'mount-env', 4)]);
    const exports = Environment.EMPTY.exporting(bind('A', 'export', 5));
    const cmd = run.then(exports).with([bind('A', 'prefix', 6), bind('C', 'prefix', 7)]);
    expect(cmd.named('A').map((b) => [b.how, b.span!.start])).toEqual([
      ['env-instruction', 1],
      ['env-instruction', 3],
      ['mount-env', 4],
      ['export', 5],
      ['prefix', 6],
    ]);
    expect(cmd.named('B').map((b) => b.span!.start)).toEqual([2]);
    expect(cmd.has('C')).toBe(true);
    expect(run.has('C')).toBe(false);
    expect(cmd.named('nothing')).toEqual([]);
    // The layers below are unchanged by what was laid over them.
    expect(stage.named('A').map((b) => b.how)).toEqual(['env-instruction', 'env-instruction']);
  });

  it('keeps one export per name, as a shell does, and leaves other bindings of the name', () => {
    const env = Environment.EMPTY.with([bind('X', 'env-instruction', 1)]);
    const first = Environment.EMPTY.exporting(bind('X', 'export', 2)).exporting(bind('Y', 'export', 3));
    const again = first.exporting(bind('X', 'export', 4));
    expect(env.then(again).named('X').map((b) => b.span!.start)).toEqual([1, 4]);
    expect(env.then(first).named('X').map((b) => b.span!.start)).toEqual([1, 2]);
    expect(again.named('Y').map((b) => b.span!.start)).toEqual([3]);
  });

  it('answers the same whichever layer is asked first', () => {
    let env = Environment.EMPTY;
    const layers: Environment[] = [];
    for (let i = 0; i < 50; i++) layers.push((env = env.with([bind(i % 3 === 0 ? 'K' : `V${i}`, 'env-instruction', i)])));
    const expected = (n: number) => Array.from({ length: n + 1 }, (_, i) => i).filter((i) => i % 3 === 0);
    // Middle first, then the top, then the bottom: each memo is right for its own layer.
    for (const n of [25, 49, 0, 10]) expect(layers[n]!.named('K').map((b) => b.span!.start)).toEqual(expected(n));
  });

  it('reads a chain of 200,000 layers without recursion, and shares what each layer inherits', () => {
    let env = Environment.EMPTY.with([bind('HTTP_AUTH', 'env-instruction', 0)]);
    const mid: Environment[] = [];
    for (let i = 1; i <= 200_000; i++) {
      env = env.with([bind(`V${i}`, 'env-instruction', i)]);
      if (i % 50_000 === 0) mid.push(env);
    }
    expect(env.named('HTTP_AUTH').map((b) => b.span!.start)).toEqual([0]);
    expect(env.named('V7').map((b) => b.span!.start)).toEqual([7]);
    // The answer is the one list, not a copy per layer.
    expect(mid[0]!.named('HTTP_AUTH')).toBe(env.named('HTTP_AUTH'));
  });
});
