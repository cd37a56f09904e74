/**
 * The environment a command runs with, kept as layers that share what they inherit: a stage's ENV
 * bindings, a RUN's mount `env=`, the shell's exports and a command's prefix assignments. Making a
 * layer costs only its own bindings, so a FROM chain of stages that each add an ENV, or a RUN of
 * many exports and many commands, stays linear (a copy per stage or per command was quadratic).
 * Layers never change once made. Rules ask by name: `named` costs the bindings of that name, its
 * answer remembered in each layer it passes.
 */
import type { Span } from '../parse/shell-types.js';

/** One variable of a command's environment, and how it got there. */
export interface EnvBinding {
  name: string;
  how: 'prefix' | 'export' | 'env-instruction' | 'mount-env' | 'assignment';
  span: Span | null;
  /** Command index in the RUN that set it. */
  fromCommand: number | null;
  /**
   * True when the value comes from a secret the RUN mounts: `$(cat /run/secrets/<id>)` (or a
   * mount's target), a shell variable holding one, or a mount's `env=`.
   */
  secret?: boolean;
}

const NONE: readonly EnvBinding[] = [];

export class Environment {
  static readonly EMPTY = new Environment([], [], false);

  private readonly memo = new Map<string, readonly EnvBinding[]>();

  private constructor(
    /** The layers below, their bindings first (two when one environment is laid over another). */
    private readonly below: readonly Environment[],
    private readonly own: readonly EnvBinding[],
    /** An export: it replaces the export of its name below (a shell keeps one per name). */
    private readonly replacesExport: boolean,
  ) {}

  /** This environment with `bindings` after its own. */
  with(bindings: readonly EnvBinding[]): Environment {
    return bindings.length === 0 ? this : new Environment([this], bindings, false);
  }

  /** This environment with an `export` of the binding's name, in place of an earlier one. */
  exporting(binding: EnvBinding): Environment {
    return new Environment([this], [binding], true);
  }

  /** This environment, then all of `over`'s bindings after it. */
  then(over: Environment): Environment {
    if (over === Environment.EMPTY) return this;
    if (this === Environment.EMPTY) return over;
    return new Environment([this, over], [], false);
  }

  /** The bindings of `name`, in the order they were made (the last one is in force). */
  named(name: string): readonly EnvBinding[] {
    const done = this.known(name);
    if (done !== undefined) return done;
    // Layers below first, without recursion: a chain of layers is as long as the file has ENV bindings.
    const stack: [Environment, number][] = [[this, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const [layer, next] = top;
      if (layer.known(name) !== undefined) stack.pop();
      else if (next < layer.below.length) {
        top[1]++;
        stack.push([layer.below[next]!, 0]);
      } else {
        layer.memo.set(name, layer.compute(name));
        stack.pop();
      }
    }
    return this.memo.get(name)!;
  }

  /**
   * The answer already known here. The empty environment knows every answer and remembers none: it
   * is shared by every file (and a language server's whole session), so a memo there would only grow.
   */
  private known(name: string): readonly EnvBinding[] | undefined {
    return this === Environment.EMPTY ? NONE : this.memo.get(name);
  }

  has(name: string): boolean {
    return this.named(name).length > 0;
  }

  private compute(name: string): readonly EnvBinding[] {
    let out: readonly EnvBinding[] = [];
    for (const b of this.below) {
      const got = b.known(name)!;
      out = out.length === 0 ? got : got.length === 0 ? out : [...out, ...got];
    }
    const mine = this.own.filter((b) => b.name === name);
    if (mine.length === 0) return out;
    if (this.replacesExport) out = out.filter((b) => b.how !== 'export');
    return out.length === 0 ? mine : [...out, ...mine];
  }
}
