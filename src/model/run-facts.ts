/**
 * The walk over the simple commands of one RUN, in source order, with the shell state each one sees:
 * scopes, `cd`, variables and exports, the arms of `if`/`case`, secrets read from mounts. Each
 * command is handed to its interpreter (`commands/registry.ts`), which emits the facts.
 */
import type { Branch, Command, Word } from '../parse/shell-types.js';
import type { EnvBinding, SecretMount, Span } from './types.js';
import { Environment } from './environment.js';
import { MAX_SHELL_DEPTH } from '../parse/shell.js';
import { largestVariable, MAX_VALUE_LENGTH, type Lookup } from './vars.js';
import { commandBase, evalWord, resolvePath, staticValue } from './words.js';
import { tooLargeLines } from './files.js';
import { COMMANDS } from './commands/registry.js';
import { unwrap } from './commands/pipeline.js';
import { holdsSecret, readsMountedSecret, substitutionText } from './commands/secrets.js';
import type { CommandCall, RunContext, ShellScope } from './commands/types.js';
import { writeRedirects } from './commands/writers.js';

export type { RunContext };

export function extractRunFacts(ctx: RunContext): void {
  const deep = ctx.run.nestedTooDeep;
  if (deep !== undefined) {
    const at = Math.min(ctx.run.script.toFile(deep), ctx.instructionSpan.end - 1);
    ctx.limit({ kind: 'too-deep', max: MAX_SHELL_DEPTH, instruction: ctx.instruction, span: { start: at, end: at + 1 } });
  }
  const scopes = new Map<number, ShellScope>();
  const scopeOf = (c: Command): ShellScope => {
    let s = scopes.get(c.scope);
    if (!s) {
      const parent = c.parentScope !== null ? (scopes.get(c.parentScope) ?? null) : null;
      s = {
        parent,
        cwd: parent?.cwd ?? ctx.cwd,
        // A layer, shared until the subshell exports something of its own.
        exports: parent?.exports ?? Environment.EMPTY,
        // The parent's, shared until one of the two writes (copied then): a RUN of many variables
        // and many subshells stays linear.
        vars: parent?.vars ?? new Map(),
        secretVars: parent?.secretVars ?? new Set(),
        mountedSecretVars: parent?.mountedSecretVars ?? new Set(),
        shared: parent !== null,
      };
      if (parent) parent.shared = true;
      scopes.set(c.scope, s);
    }
    return s;
  };
  const removed = collectRemovals(ctx);
  const commands = ctx.run.commands;
  const arms = new ArmValues();
  commands.forEach((cmd, index) => {
    ctx.tick();
    const scope = scopeOf(cmd);
    arms.leaveTo(cmd.branch);
    const lookup: Lookup = (name) => (scope.vars.has(name) ? scope.vars.get(name) : ctx.lookup(name));
    const before = cmd.branch.length > 0 ? cmd.assignments.map((a) => lookup(a.name)) : [];
    visitCommand(ctx, cmd, index, scope, lookup, removed);
    cmd.assignments.forEach((a, i) => arms.assigned(cmd.branch, scope, a.name, before[i], scope.vars.get(a.name)));
  });
  arms.leaveTo([]);
}

/** The scope, its variables its own to change (copied when shared with a subshell's scope). */
function ownState(scope: ShellScope): ShellScope {
  if (scope.shared) {
    scope.vars = new Map(scope.vars);
    scope.secretVars = new Set(scope.secretVars);
    scope.mountedSecretVars = new Set(scope.mountedSecretVars);
    scope.shared = false;
  }
  return scope;
}

/**
 * Variables assigned in the arms of an `if` or `case`. Inside an arm its own value holds; once the
 * construct is left, a variable that could hold different values depending on the arm taken
 * (`case $arch in amd64) A=x ;; arm64) A=y ;; esac`, or one arm against the value before) is
 * unknown, instead of whatever the arm written last gave it.
 */
class ArmValues {
  /** Per open construct: each variable's possible values when it is left, and the scope it lives in. */
  private readonly open = new Map<number, Map<string, { scope: ShellScope; values: Set<string | null> }>>();

  /** Closes the constructs the next command is no longer inside. */
  leaveTo(branch: readonly Branch[]): void {
    for (const [construct, vars] of this.open) {
      if (branch.some((b) => b.construct === construct)) continue;
      for (const [name, { scope, values }] of vars) if (values.size > 1) ownState(scope).vars.set(name, null);
      this.open.delete(construct);
    }
  }

  /** `before`: the value before the assignment, undefined when the variable was never set. */
  assigned(branch: readonly Branch[], scope: ShellScope, name: string, before: string | null | undefined, after: string | null | undefined): void {
    if (after === undefined) return;
    for (const { construct } of branch) {
      let vars = this.open.get(construct);
      if (!vars) this.open.set(construct, (vars = new Map()));
      let entry = vars.get(name);
      if (!entry) {
        entry = { scope, values: new Set() };
        // The construct may take no arm that sets it: the value before stays possible.
        if (before !== undefined) entry.values.add(before);
        vars.set(name, entry);
      }
      entry.values.add(after);
    }
  }
}

function visitCommand(ctx: RunContext, cmd: Command, index: number, scope: ShellScope, lookup: Lookup, removed: ReadonlySet<string>): void {
  const span = cmd.span ?? cmd.extent;
  noteTooLarge(ctx, cmd, lookup, span);
  recordSecretReads(ctx, cmd, lookup, span);

  // Assignments: bare `A=b`, `export A=b`, and prefixes.
  const nameWord = cmd.name;
  const name = nameWord ? staticValue(nameWord, lookup) : null;
  const base = name ? commandBase(name) : null;
  if (!nameWord || base === 'export' || base === 'readonly' || base === 'declare' || base === 'local') {
    if (cmd.assignments.length > 0) ownState(scope);
    for (const a of cmd.assignments) {
      const value = a.value ? evalWord(a.value, lookup, ctx.release) : null;
      scope.vars.set(a.name, value && !value.dynamic ? value.text : null);
      if (a.value && holdsSecret(a.value, scope, lookup)) scope.secretVars.add(a.name);
      const secret = a.value !== null && readsMountedSecret(ctx, a.value, scope, lookup);
      if (secret) scope.mountedSecretVars.add(a.name);
      else scope.mountedSecretVars.delete(a.name);
      if (base === 'export') scope.exports = scope.exports.exporting({ name: a.name, how: 'export', span: a.span, fromCommand: index, secret });
      if (a.name === 'SSL_NO_VERIFY_HOSTNAME') trustEnv(ctx, a.span ?? span);
    }
    if (base === 'export') {
      for (const w of cmd.args) {
        const v = staticValue(w, lookup);
        if (v && /^[A-Za-z_]\w*$/.test(v)) scope.exports = scope.exports.exporting({ name: v, how: 'export', span: w.span, fromCommand: index, secret: scope.mountedSecretVars.has(v) });
      }
    }
    if (!nameWord) return;
  }
  // Prefix assignments only: `export`/`readonly`/… assignments were handled above.
  for (const a of cmd.assignments) if (a.name === 'SSL_NO_VERIFY_HOSTNAME' && nameWord && !['export', 'readonly', 'declare', 'local'].includes(base ?? '')) trustEnv(ctx, a.span ?? span);
  if (base === null) return;

  const { base: realBase, args } = unwrap(base, cmd.args, lookup);
  const env = ctx.env
    .then(scope.exports)
    .with(cmd.assignments.map((a): EnvBinding => ({ name: a.name, how: 'prefix', span: a.span, fromCommand: index, secret: a.value !== null && readsMountedSecret(ctx, a.value, scope, lookup) })));

  // `cd` is the shell's own state, like the assignments above.
  if (realBase === 'cd') {
    const target = args[0] ? staticValue(args[0], lookup) : '/root';
    scope.cwd = target === null ? '/?' : resolvePath(scope.cwd, target);
    return;
  }
  const call: CommandCall = { ctx, cmd, index, base: realBase, args, lookup, env, scope, span, removed, walk: extractRunFacts };
  const interpreter = COMMANDS.get(realBase);
  interpreter?.interpret(call);
  if (!interpreter?.ownsStdout) writeRedirects(call);
}

/**
 * Words of the command (and lines of its unquoted heredocs) whose value is too large to expand:
 * `evalWord` takes each as unknown, and the file says so, naming the variable assigned or else
 * the one of the longest value the word uses.
 */
function noteTooLarge(ctx: RunContext, cmd: Command, lookup: Lookup, span: Span): void {
  const note = (variable: string | null, at: Span | null) => ctx.limit({ kind: 'too-large', variable, max: MAX_VALUE_LENGTH, instruction: ctx.instruction, span: at ?? span });
  for (const word of wordsOf(cmd)) {
    const v = evalWord(word, lookup);
    if (!v.tooLarge) continue;
    const assigned = cmd.assignments.find((a) => a.value === word);
    note(assigned ? assigned.name : largestVariable(v.variables, lookup), word.span ?? assigned?.span ?? null);
  }
  for (const r of cmd.redirects) {
    if (!r.heredoc || r.heredoc.quoted) continue;
    for (const l of tooLargeLines(r.heredoc.body, r.heredoc.span, lookup)) note(largestVariable(l.used, lookup), l.span);
  }
}

function trustEnv(ctx: RunContext, span: Span): void {
  ctx.emit({ kind: 'trust-bypass', manager: 'apk', what: 'SSL_NO_VERIFY_HOSTNAME', instruction: ctx.instruction, span });
}

function wordsOf(cmd: Command): Word[] {
  const out: Word[] = [];
  if (cmd.name) out.push(cmd.name);
  // `export A=b` lists `A=b` both as an argument and as an assignment: scan it once, as the assignment.
  out.push(...cmd.args.filter((w) => !cmd.assignments.some((a) => w.raw === `${a.name}=${a.value?.raw ?? ''}`)));
  for (const a of cmd.assignments) if (a.value) out.push(a.value);
  for (const r of cmd.redirects) if (r.target) out.push(r.target);
  return out;
}

function secretPaths(ctx: RunContext): Map<string, SecretMount> {
  const m = new Map<string, SecretMount>();
  for (const mount of ctx.mounts) if (mount.target !== '') m.set(mount.target, mount);
  return m;
}

/** Reads of secret files in the command's words, with variables the model knows expanded (`cat "$TOKEN_FILE"`). */
function recordSecretReads(ctx: RunContext, cmd: Command, lookup: Lookup, span: Span): void {
  if (cmd.inSubstitution) return; // the enclosing word is scanned where it is used
  const mounted = secretPaths(ctx);
  for (const word of wordsOf(cmd)) {
    const text = substitutionText(word.raw, lookup);
    const re = /\/run\/secrets\/([A-Za-z0-9_.-]+)/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const path = m[0];
      const id = m[1]!;
      const assignment = cmd.assignments.find((a) => a.value === word);
      ctx.emit({
        kind: 'secret-read',
        id,
        path,
        mounted: mounted.has(path),
        into: assignment ? { variable: assignment.name } : {},
        instruction: ctx.instruction,
        span: word.span ?? span,
      });
    }
    // Custom mount targets (`--mount=type=secret,id=x,target=/root/.netrc`) are read by path.
    for (const [target, mount] of mounted) {
      if (target.startsWith('/run/secrets/')) continue;
      if (text.includes(target)) {
        ctx.emit({ kind: 'secret-read', id: mount.id, path: target, mounted: true, into: {}, instruction: ctx.instruction, span: word.span ?? span });
      }
    }
  }
}

/** Files a later `rm` in the same RUN deletes: what is written and removed never reaches the layer. */
function collectRemovals(ctx: RunContext): Set<string> {
  const out = new Set<string>();
  let cwd = ctx.cwd;
  for (const c of ctx.run.commands) {
    const n = c.name ? staticValue(c.name, ctx.lookup) : null;
    if (n === 'cd' && c.args[0]) {
      const t = staticValue(c.args[0], ctx.lookup);
      if (t) cwd = resolvePath(cwd, t);
    }
    if (n === 'rm' || n === 'shred') {
      for (const a of c.args) {
        const v = staticValue(a, ctx.lookup);
        if (v && !v.startsWith('-')) out.add(resolvePath(cwd, v));
      }
    }
  }
  return out;
}
