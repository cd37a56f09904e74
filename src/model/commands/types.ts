/**
 * What a command interpreter is given: one `CommandCall` per simple command of a RUN, with the shell
 * state it runs in. The walker (`../run-facts.ts`) builds it; interpreters only read it and emit facts.
 */
import type { Command, ParsedRun, Word } from '../../parse/shell-types.js';
import type { Policy } from '../../policy/index.js';
import type { Fact, Limit, SecretMount, Span } from '../types.js';
import type { Environment } from '../environment.js';
import type { FileTracker } from '../files.js';
import type { Lookup } from '../vars.js';

/** Where facts go, and what recording a file needs: a RUN's context, or a COPY/ADD's. */
export interface FactSink {
  instruction: number;
  policy: Policy;
  files: FileTracker;
  emit(fact: Fact): void;
  /** The file's time budget (`Build.tick`): called once a command walked. */
  tick: () => void;
}

/** One RUN (or one `sh -c` script inside it) as the walker reads it. */
export interface RunContext extends FactSink {
  run: ParsedRun;
  /** Stage ARG/ENV values in effect at this RUN. */
  lookup: Lookup;
  /** ENV names (and mount env= names) in effect for every command of the RUN. */
  env: Environment;
  cwd: string;
  mounts: SecretMount[];
  release: string | null;
  /** Variables the stage's FROM used. */
  imageVariables: string[];
  /** Global ARGs the stage does not declare, empty in it (only where the base image's environment is known not to set them). */
  undeclaredArgs?: { has(name: string): boolean };
  instructionSpan: Span;
  /** How many `sh -c` scripts enclose this one (0 for the RUN's own). */
  depth?: number;
  /** Where the walk stopped short: a value too large to expand, a script nested too deep. */
  limit(limit: Limit): void;
}

/** The shell state of one scope (the RUN, a subshell, a `$(…)`), as the walker keeps it. */
export interface ShellScope {
  parent: ShellScope | null;
  cwd: string;
  /** The variables it exports, as the environment layer a command it runs gets (see `Environment.exporting`). */
  exports: Environment;
  /** Variables assigned in the shell (name → value when known). */
  vars: Map<string, string | null>;
  /** Variables holding a secret (read from a mount or a credential name). */
  secretVars: Set<string>;
  /** Variables whose value was read from a secret this RUN mounts. */
  mountedSecretVars: Set<string>;
  /**
   * The three collections above are shared with a subshell's scope (or its parent's): copy them
   * before a write (`ownState` in ../run-facts.ts). Subshells that only read cost nothing.
   */
  shared?: boolean;
}

/** One simple command, ready to interpret. */
export interface CommandCall {
  ctx: RunContext;
  /** The command as read (its redirects, its place in the pipeline). */
  cmd: Command;
  /** Its index in `ctx.run.commands`. */
  index: number;
  /** The program after wrappers (`sudo`, `env`, …) and without its directory: `apk` for `sudo /sbin/apk`. */
  base: string;
  /** The words after `base`. */
  args: Word[];
  /** Variable values as this command sees them (the shell's own first, then ARG/ENV). */
  lookup: Lookup;
  /** The environment the program gets: ENV, mount `env=`, exports and its own prefix assignments. */
  env: Environment;
  scope: ShellScope;
  /** The command's range (the whole simple command). */
  span: Span;
  /** Files a later `rm` of the same RUN deletes. */
  removed: ReadonlySet<string>;
  /** Reads another script (a child shell's) with the same interpreters. */
  walk(ctx: RunContext): void;
}

export interface CommandInterpreter {
  interpret(call: CommandCall): void;
  /** True when the interpreter handles the command's stdout redirect itself (a download saved with `> f`). */
  ownsStdout?: boolean;
}
