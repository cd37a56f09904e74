/**
 * Facts from the simple commands of one RUN: repository writes, key installs, downloads, package
 * commands, trust bypasses, secret reads and writes. Commands are visited in source order with the
 * shell state (`cd`, exports) each one sees.
 */
import type { Branch, Command, ParsedRun, Word } from '../parse/shell-types.js';
import { parseShell } from '../parse/shell.js';
import { subScript } from '../parse/run-script.js';
import type { Policy } from '../policy/index.js';
import type { AptKeyFormat, EnvBinding, Fact, Manager, RepoLine, SecretMount, Span } from './types.js';
import { basename, commandBase, evalWord, resolvePath, staticValue } from './words.js';
import { aptKeyPlace, classifyFile, linesFromText, managerOfFile, type FileTracker } from './files.js';
import { parseApk } from './apk.js';
import { keyInstallFact } from './fact-builders.js';
import { aptConfBypasses, parseApt, parseDeb822Sources, parseOneLineSources, sourceBypasses } from './apt.js';
import { debKeyByUrl } from '../policy/index.js';
import { SECRET_NAME } from '../policy/secrets.js';
import { expandVariables, type Lookup } from './vars.js';

export interface RunContext {
  instruction: number;
  run: ParsedRun;
  policy: Policy;
  /** Stage ARG/ENV values in effect at this RUN. */
  lookup: Lookup;
  /** ENV names (and mount env= names) in effect for every command of the RUN. */
  env: EnvBinding[];
  cwd: string;
  mounts: SecretMount[];
  release: string | null;
  /** Variables the stage's FROM used. */
  imageVariables: string[];
  files: FileTracker;
  instructionSpan: Span;
  emit(fact: Fact): void;
  /** How many `sh -c` scripts enclose this one (0 for the RUN's own). */
  depth?: number;
}

interface Scope {
  parent: Scope | null;
  cwd: string;
  exports: Map<string, EnvBinding>;
  /** Variables assigned in the shell (name → value when known). */
  vars: Map<string, string | null>;
  /** Variables holding a secret (read from a mount or a credential name). */
  secretVars: Set<string>;
  /** Variables whose value was read from a secret this RUN mounts. */
  mountedSecretVars: Set<string>;
}

const WRITE_OPS = new Set(['>', '>|', '>>', '&>', '&>>']);

export function extractRunFacts(ctx: RunContext): void {
  const scopes = new Map<number, Scope>();
  const scopeOf = (c: Command): Scope => {
    let s = scopes.get(c.scope);
    if (!s) {
      const parent = c.parentScope !== null ? (scopes.get(c.parentScope) ?? null) : null;
      s = {
        parent,
        cwd: parent?.cwd ?? ctx.cwd,
        exports: new Map(parent?.exports ?? []),
        vars: new Map(parent?.vars ?? []),
        secretVars: new Set(parent?.secretVars ?? []),
        mountedSecretVars: new Set(parent?.mountedSecretVars ?? []),
      };
      scopes.set(c.scope, s);
    }
    return s;
  };
  const removed = collectRemovals(ctx);
  const commands = ctx.run.commands;
  const arms = new ArmValues();
  commands.forEach((cmd, index) => {
    const scope = scopeOf(cmd);
    arms.leaveTo(cmd.branch);
    const lookup: Lookup = (name) => (scope.vars.has(name) ? scope.vars.get(name) : ctx.lookup(name));
    const before = cmd.branch.length > 0 ? cmd.assignments.map((a) => lookup(a.name)) : [];
    visitCommand(ctx, cmd, index, scope, lookup, removed);
    cmd.assignments.forEach((a, i) => arms.assigned(cmd.branch, scope, a.name, before[i], scope.vars.get(a.name)));
  });
  arms.leaveTo([]);
}

/**
 * Variables assigned in the arms of an `if` or `case`. Inside an arm its own value holds; once the
 * construct is left, a variable that could hold different values depending on the arm taken
 * (`case $arch in amd64) A=x ;; arm64) A=y ;; esac`, or one arm against the value before) is
 * unknown, instead of whatever the arm written last gave it.
 */
class ArmValues {
  /** Per open construct: each variable's possible values when it is left, and the scope it lives in. */
  private readonly open = new Map<number, Map<string, { scope: Scope; values: Set<string | null> }>>();

  /** Closes the constructs the next command is no longer inside. */
  leaveTo(branch: readonly Branch[]): void {
    for (const [construct, vars] of this.open) {
      if (branch.some((b) => b.construct === construct)) continue;
      for (const [name, { scope, values }] of vars) if (values.size > 1) scope.vars.set(name, null);
      this.open.delete(construct);
    }
  }

  /** `before`: the value before the assignment, undefined when the variable was never set. */
  assigned(branch: readonly Branch[], scope: Scope, name: string, before: string | null | undefined, after: string | null | undefined): void {
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

function visitCommand(ctx: RunContext, cmd: Command, index: number, scope: Scope, lookup: Lookup, removed: Set<string>): void {
  const span = cmd.span ?? cmd.extent;
  recordSecretReads(ctx, cmd, scope, span);

  // Assignments: bare `A=b`, `export A=b`, and prefixes.
  const nameWord = cmd.name;
  const name = nameWord ? staticValue(nameWord, lookup) : null;
  const base = name ? commandBase(name) : null;
  if (!nameWord || base === 'export' || base === 'readonly' || base === 'declare' || base === 'local') {
    for (const a of cmd.assignments) {
      const value = a.value ? evalWord(a.value, lookup, ctx.release) : null;
      scope.vars.set(a.name, value && !value.dynamic ? value.text : null);
      if (a.value && holdsSecret(a.value, scope)) scope.secretVars.add(a.name);
      const secret = a.value !== null && readsMountedSecret(ctx, a.value, scope);
      if (secret) scope.mountedSecretVars.add(a.name);
      else scope.mountedSecretVars.delete(a.name);
      if (base === 'export') scope.exports.set(a.name, { name: a.name, how: 'export', span: a.span, fromCommand: index, secret });
      if (a.name === 'SSL_NO_VERIFY_HOSTNAME') trustEnv(ctx, a.span ?? span);
    }
    if (base === 'export') {
      for (const w of cmd.args) {
        const v = staticValue(w, lookup);
        if (v && /^[A-Za-z_]\w*$/.test(v)) scope.exports.set(v, { name: v, how: 'export', span: w.span, fromCommand: index, secret: scope.mountedSecretVars.has(v) });
      }
    }
    if (!nameWord) return;
  }
  // Prefix assignments only: `export`/`readonly`/… assignments were handled above.
  for (const a of cmd.assignments) if (a.name === 'SSL_NO_VERIFY_HOSTNAME' && nameWord && !['export', 'readonly', 'declare', 'local'].includes(base ?? '')) trustEnv(ctx, a.span ?? span);
  if (base === null) return;

  const { base: realBase, args } = unwrap(base, cmd.args, lookup);
  const env: EnvBinding[] = [
    ...ctx.env,
    ...collectExports(scope),
    ...cmd.assignments.map((a) => ({ name: a.name, how: 'prefix' as const, span: a.span, fromCommand: index, secret: a.value !== null && readsMountedSecret(ctx, a.value, scope) })),
  ];

  switch (realBase) {
    case 'cd': {
      const target = args[0] ? staticValue(args[0], lookup) : '/root';
      scope.cwd = target === null ? '/?' : resolvePath(scope.cwd, target);
      return;
    }
    case 'apk':
      parseApk(ctx, cmd, args, lookup, env, span, scope.cwd);
      break;
    case 'apt':
    case 'apt-get':
    case 'aptitude':
      parseApt(ctx, cmd, realBase, args, lookup, env, span);
      localPackages(ctx, realBase, aptLocalFiles(args, lookup), lookup, span, scope.cwd);
      break;
    case 'dpkg':
      localPackages(ctx, realBase, dpkgInstallFiles(args, lookup), lookup, span, scope.cwd);
      break;
    case 'add-apt-repository':
      addAptRepository(ctx, args, lookup, span);
      break;
    case 'apt-key':
      aptKeyAdd(ctx, cmd, index, args, lookup, span, scope.cwd);
      break;
    case 'wget':
    case 'curl':
      download(ctx, cmd, realBase, args, lookup, span, scope.cwd);
      break;
    case 'cp':
    case 'mv':
    case 'install':
      copyOrMove(ctx, realBase, args, lookup, span, scope.cwd, removed);
      break;
    case 'sed':
      sedEdit(ctx, args, lookup, span, scope.cwd);
      break;
    case 'sh':
    case 'bash':
    case 'ash':
    case 'dash':
      childShell(ctx, args, lookup, scope);
      break;
    case 'tee':
      tee(ctx, cmd, index, args, lookup, span, scope, removed);
      break;
    case 'gpg':
    case 'gpg2':
      dearmorFile(ctx, cmd, args, lookup, span, scope.cwd);
      break;
    default:
      break;
  }
  writeRedirects(ctx, cmd, realBase, args, lookup, span, scope, removed);
}

/** `apt-get install ./x.deb`, `apt install /tmp/x.deb`: apt reads an operand with a slash that ends in `.deb` as a file. */
function aptLocalFiles(args: Word[], lookup: Lookup): Word[] {
  const values = args.map((a) => pathOrGlob(a, lookup));
  const sub = values.find((v) => v !== null && !v.startsWith('-'));
  if (sub !== 'install' && sub !== 'reinstall') return [];
  return args.filter((_, i) => (values[i] ?? '').includes('/') && (values[i] ?? '').endsWith('.deb'));
}

/** A word's static value, or a plain unquoted glob (`/tmp/*.deb`) as written. */
function pathOrGlob(w: Word, lookup: Lookup): string | null {
  return staticValue(w, lookup) ?? (/^[\w./*?+-]+$/.test(w.raw) && /[*?]/.test(w.raw) ? w.raw : null);
}

/** The file operands of `dpkg -i`/`--install` (`-R` directories and options left out). */
function dpkgInstallFiles(args: Word[], lookup: Lookup): Word[] {
  const values = args.map((a) => pathOrGlob(a, lookup));
  if (!values.some((v) => v === '--install' || (v !== null && /^-[A-Za-z]+$/.test(v) && v.includes('i')))) return [];
  return args.filter((_, i) => /\.deb$/.test(values[i] ?? '') && !values[i]!.startsWith('-'));
}

/** Package files installed straight from the file system, with the download that fetched each (if any). */
function localPackages(ctx: RunContext, tool: string, operands: Word[], lookup: Lookup, span: Span, cwd: string): void {
  for (const w of operands) {
    const path = resolvePath(cwd, pathOrGlob(w, lookup)!);
    const dl = ctx.files.downloadAt(path);
    ctx.emit({ kind: 'local-package', manager: 'apt', tool, path, downloaded: dl ? { ...dl } : null, instruction: ctx.instruction, span: w.span ?? span });
  }
}

const ADD_APT_VALUED = new Set(['-c', '--component', '-p', '--pocket', '-k', '--keyserver', '--login']);

/**
 * `add-apt-repository "deb [options] URI suite components"` (or `-S "deb …"`), a `ppa:user/name` or
 * a bare URI (for the image's codename): a source appended to a file of its own in sources.list.d.
 * `--remove` is left out (what it removes is not tracked).
 */
function addAptRepository(ctx: RunContext, args: Word[], lookup: Lookup, span: Span): void {
  const lines: RepoLine[] = [];
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    const v = staticValue(w, lookup);
    if (v === '-r' || v === '--remove') return;
    if (v !== null && v.startsWith('-')) {
      if (ADD_APT_VALUED.has(v)) i++;
      continue;
    }
    const source = v === null ? '' : v.startsWith('deb ') || v === 'deb' ? v : `deb ${v} ${ctx.release ?? ''}`.trim();
    lines.push({ text: source, dynamic: v === null, releaseFromImage: false, releaseFromBaseArg: false, span: w.span });
  }
  if (!lines.length) return;
  writeRepoFile(ctx, `${ctx.policy.deb.sourcesDir}/add-apt-repository.list`, 'repositories', 'append', 'add-apt-repository', lines, null, span);
}

/** `sudo apk …`, `env A=b apk …`, `command apk` → the real command and its arguments. */
function unwrap(base: string, args: Word[], lookup: Lookup): { base: string; args: Word[] } {
  let b = base;
  let rest = args;
  for (let guard = 0; guard < 4 && ['sudo', 'env', 'command', 'exec', 'nice', 'time', 'nohup'].includes(b); guard++) {
    let i = 0;
    while (i < rest.length) {
      const v = staticValue(rest[i]!, lookup) ?? '';
      if (v.startsWith('-') || (b === 'env' && /^[A-Za-z_]\w*=/.test(v))) i++;
      else break;
    }
    const next = rest[i];
    if (!next) return { base: b, args: [] };
    b = commandBase(staticValue(next, lookup) ?? '');
    rest = rest.slice(i + 1);
  }
  return { base: b, args: rest };
}

/**
 * `sh -c 'script'`: the script a child shell runs, read like the RUN's own when the word is the
 * script as written (quoted in '…', in "…" without backslashes, or plain), so its ranges map to
 * the file like the RUN's. The child sees the environment: ENV, ARG and what the RUN exported.
 */
function childShell(ctx: RunContext, args: Word[], lookup: Lookup, scope: Scope): void {
  const depth = ctx.depth ?? 0;
  if (depth >= MAX_CHILD_SHELLS) return;
  let command = false;
  let script: Word | undefined;
  for (let i = 0; i < args.length && !script; i++) {
    const v = staticValue(args[i]!, lookup);
    if (v === '-o' || v === '+o') i++;
    else if (v !== null && /^[-+][A-Za-z]+$/.test(v)) command ||= v[0] === '-' && v.includes('c');
    else if (v === null || !v.startsWith('--')) script = args[i];
  }
  if (!command || !script) return;
  const raw = script.raw;
  const quote = raw[0];
  let start = script.at;
  let end = script.at + raw.length;
  if ((quote === "'" || quote === '"') && raw.length >= 2 && raw.endsWith(quote) && !raw.slice(1, -1).includes(quote) && (quote === "'" || !raw.includes('\\'))) {
    start += 1;
    end -= 1;
  } else if (script.value !== raw) return;
  const run = parseShell(subScript(ctx.run.script, start, end));
  const childLookup: Lookup = (name) => (scope.exports.has(name) && scope.vars.has(name) ? scope.vars.get(name) : ctx.lookup(name));
  extractRunFacts({
    ...ctx,
    run,
    cwd: scope.cwd,
    lookup: childLookup,
    env: [...ctx.env, ...collectExports(scope)],
    depth: depth + 1,
    // Lines inserted before a command inside the quoted script could break its quoting: fixes of
    // these package commands go before the instruction instead (see insertShellLinesBefore).
    emit: (fact) => {
      if (fact.kind === 'package-command') fact.commandSpan = null;
      ctx.emit(fact);
    },
  });
}

const MAX_CHILD_SHELLS = 3;

function collectExports(scope: Scope): EnvBinding[] {
  return [...scope.exports.values()];
}

function trustEnv(ctx: RunContext, span: Span): void {
  ctx.emit({ kind: 'trust-bypass', manager: 'apk', what: 'SSL_NO_VERIFY_HOSTNAME', instruction: ctx.instruction, span });
}

function holdsSecret(word: Word, scope: Scope): boolean {
  return secretInWord(word, scope) !== null;
}

/** The secret a word expands, named as a message shows it (`$TOKEN`, `/run/secrets/t`), or null. */
function secretInWord(word: Word, scope: Scope): string | null {
  for (const p of word.parts) {
    if (p.kind === 'variable' && isSecretVar(p.name, scope)) return `$${p.name}`;
    if (p.kind === 'substitution') {
      const read = /\/run\/secrets\/[\w.-]*/.exec(p.raw);
      if (read) return read[0];
    }
  }
  return null;
}

function isSecretVar(name: string, scope: Scope): boolean {
  return scope.secretVars.has(name) || SECRET_NAME.test(name);
}

/** Does the word's value come from a secret the RUN mounts (its file, its `env=`, or a variable read from one)? */
function readsMountedSecret(ctx: RunContext, word: Word, scope: Scope): boolean {
  return word.parts.some(
    (p) =>
      (p.kind === 'substitution' && ctx.mounts.some((m) => m.target !== '' && p.raw.includes(m.target))) ||
      (p.kind === 'variable' && (scope.mountedSecretVars.has(p.name) || ctx.env.some((e) => e.how === 'mount-env' && e.name === p.name))),
  );
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

function recordSecretReads(ctx: RunContext, cmd: Command, scope: Scope, span: Span): void {
  if (cmd.inSubstitution) return; // the enclosing word is scanned where it is used
  const mounted = secretPaths(ctx);
  for (const word of wordsOf(cmd)) {
    const texts = [word.raw];
    for (const text of texts) {
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
    }
    // Custom mount targets (`--mount=type=secret,id=x,target=/root/.netrc`) are read by path.
    for (const [target, mount] of mounted) {
      if (target.startsWith('/run/secrets/')) continue;
      if (word.raw.includes(target)) {
        ctx.emit({ kind: 'secret-read', id: mount.id, path: target, mounted: true, into: {}, instruction: ctx.instruction, span: word.span ?? span });
      }
    }
  }
  void scope;
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

interface Output {
  path: string;
  append: boolean;
  opSpan: Span | null;
  targetSpan: Span | null;
}

function outputsOf(cmd: Command, lookup: Lookup, cwd: string): Output[] {
  const outs: Output[] = [];
  for (const r of cmd.redirects) {
    if (!WRITE_OPS.has(r.op) || (r.fd !== null && r.fd !== 1) || !r.target) continue;
    const v = staticValue(r.target, lookup);
    if (v === null) continue;
    const opSpan = r.span ? { start: r.span.start, end: r.span.start + (r.fd !== null ? String(r.fd).length : 0) + r.op.length } : null;
    outs.push({ path: resolvePath(cwd, v), append: r.op.endsWith('>>'), opSpan, targetSpan: r.target.span });
  }
  return outs;
}

/** What a command prints on stdout, as repository lines, when the model can tell. */
function stdoutLines(ctx: RunContext, cmd: Command, base: string, args: Word[], lookup: Lookup): RepoLine[] | null {
  const ev = (w: Word) => evalWord(w, lookup, ctx.release);
  const fromBaseArg = (vars: string[]) => vars.some((v) => ctx.imageVariables.includes(v));
  const line = (text: string, w: Word | null, dynamic: boolean, fromImage: boolean, vars: string[]): RepoLine => ({
    text,
    dynamic,
    releaseFromImage: fromImage,
    releaseFromBaseArg: fromBaseArg(vars),
    span: w?.span ?? null,
  });
  if (base === 'echo') {
    let rest = args;
    let escapes = false;
    while (rest[0] && /^-[neE]+$/.test(rest[0].value ?? '')) {
      if (rest[0].value!.includes('e')) escapes = true;
      rest = rest.slice(1);
    }
    const vals = rest.map(ev);
    const joined = vals.map((v) => v.text).join(' ');
    const text = escapes ? joined.replace(/\\n/g, '\n') : joined;
    const parts = text.split('\n');
    const single = rest.length === 1 && parts.length === 1 ? rest[0]! : null;
    return parts.map((t) =>
      line(t, single, vals.some((v) => v.dynamic), vals.some((v) => v.releaseFromImage), vals.flatMap((v) => v.variables)),
    );
  }
  if (base === 'printf') {
    const [fmtWord, ...rest] = args;
    if (!fmtWord) return [];
    const fmt = ev(fmtWord);
    const vals = rest.map(ev);
    if (!fmt.text.includes('%s') || vals.length === 0) {
      return fmt.text.replace(/\\n/g, '\n').split('\n').map((t) => line(t, null, fmt.dynamic, fmt.releaseFromImage, fmt.variables));
    }
    // `printf '%s\n' a b` repeats the format per argument: one line per argument is the common case.
    const perArg = /^%s\\n$/.test(fmt.text);
    if (perArg) return vals.map((v, i) => line(v.text, rest[i]!, v.dynamic, v.releaseFromImage, v.variables));
    let i = 0;
    let out = '';
    while (i < vals.length) {
      out += fmt.text.replace(/%s/g, () => vals[i++]?.text ?? '');
    }
    return out.replace(/\\n/g, '\n').split('\n').map((t) => line(t, null, vals.some((v) => v.dynamic), vals.some((v) => v.releaseFromImage), vals.flatMap((v) => v.variables)));
  }
  if (base === 'cat') {
    const heredoc = catReadsStdin(args, lookup) ? cmd.redirects.find((r) => r.heredoc) : undefined;
    if (heredoc?.heredoc) return linesFromText(heredoc.heredoc.body, heredoc.heredoc.span, !heredoc.heredoc.quoted, lookup, ctx.imageVariables);
    const file = args[0] ? staticValue(args[0], lookup) : null;
    if (file) return ctx.files.linesOf(resolvePath('/', file));
    return null;
  }
  return null;
}

function writeRedirects(
  ctx: RunContext,
  cmd: Command,
  base: string,
  args: Word[],
  lookup: Lookup,
  span: Span,
  scope: Scope,
  removed: Set<string>,
): void {
  const outs = outputsOf(cmd, lookup, scope.cwd);
  if (!outs.length) return;
  for (const out of outs) {
    const kind = classifyFile(ctx.policy, out.path);
    if (base === 'wget' || base === 'curl') continue; // handled with the download
    const lines = stdoutLines(ctx, cmd, base, args, lookup);
    if (kind) {
      writeRepoFile(ctx, out.path, kind, out.append ? 'append' : 'replace', base, lines, out.opSpan, span);
    } else if (ctx.files.keyAt(out.path)?.instruction !== ctx.instruction) {
      // (A key this RUN just fetched into the file, `curl … | gpg --dearmor > f`, stays a key.)
      ctx.files.setLines(out.path, lines, out.append);
    }
    // A secret written into a file of the layer.
    const secretSource = secretSourceOf(cmd, base, args, scope, lookup);
    if (secretSource && !/^\/(?:dev|proc)\//.test(out.path)) {
      ctx.emit({ kind: 'secret-write', file: out.path, source: secretSource, removed: removed.has(out.path), instruction: ctx.instruction, span: out.targetSpan ?? span });
    } else if (!removed.has(out.path)) literalAuthWrite(ctx, out.path, base, out.targetSpan ?? span);
  }
}

/** apt credentials written as text by a RUN that mounts no secret: they stay in the layer. */
function literalAuthWrite(ctx: RunContext, path: string, via: string, span: Span): void {
  const deb = ctx.policy.deb;
  const auth = path === deb.authConfFile || (path.startsWith(deb.authConfDir + '/') && path.endsWith('.conf'));
  if (!auth || ctx.mounts.length > 0) return;
  ctx.emit({ kind: 'secret-write', file: path, source: via, literal: true, instruction: ctx.instruction, span });
}

function secretSourceOf(cmd: Command, base: string, args: Word[], scope: Scope, lookup: Lookup): string | null {
  if (base === 'cat' || base === 'echo' || base === 'printf') {
    for (const w of args) {
      const v = staticValue(w, lookup);
      if (base === 'cat' && v && v.startsWith('/run/secrets/')) return v;
      const found = secretInWord(w, scope);
      if (found) return found;
    }
  }
  if (base === 'tee' || (base === 'cat' && catReadsStdin(args, lookup))) {
    // What they copy from standard input: a here-string, or an unquoted heredoc, whose body the
    // shell expands (`password $TOKEN`, `$(cat /run/secrets/t)`) before the file gets it.
    for (const r of cmd.redirects) {
      if (r.op === '<<<' && r.target) {
        const found = secretInWord(r.target, scope);
        if (found) return found;
      }
      if (r.heredoc && !r.heredoc.quoted) {
        const found = secretInHeredoc(r.heredoc.body, (name) => isSecretVar(name, scope));
        if (found) return found;
      }
    }
  }
  return null;
}

/** `cat` copies its standard input only without file operands, or where one is `-`. */
function catReadsStdin(args: Word[], lookup: Lookup): boolean {
  const operands = args.map((w) => staticValue(w, lookup)).filter((v) => v === null || v === '-' || !v.startsWith('-'));
  return operands.length === 0 || operands.includes('-');
}

/**
 * A read of /run/secrets/ inside a `$(…)` or backticks of an unquoted heredoc body (not one escaped
 * with `\`). Not `[^)]*`: from every `$(` of `$($($(…` that would scan to the end (quadratic).
 */
const SUBSTITUTED_SECRET = /(?<!\\)(?:\$\((?:[^)$]|\$(?!\())*|`[^`]*)(\/run\/secrets\/[\w.-]+)/;

/** A secret variable or a read of /run/secrets/ that an unquoted heredoc body expands. */
function secretInHeredoc(body: string, isSecret: (name: string) => boolean): string | null {
  const name = expandVariables(body, () => undefined).used.find(isSecret);
  if (name !== undefined) return `$${name}`;
  return SUBSTITUTED_SECRET.exec(body)?.[1] ?? null;
}

export function writeRepoFile(
  ctx: Pick<RunContext, 'emit' | 'instruction' | 'files' | 'policy'>,
  path: string,
  kind: 'repositories' | 'config',
  mode: 'replace' | 'append' | 'edit',
  via: string,
  lines: RepoLine[] | null,
  modeSpan: Span | null,
  span: Span,
  edit?: { pattern: string; replacement: string; span: Span | null },
): void {
  const entries = lines ?? [{ text: '', dynamic: true, releaseFromImage: false, releaseFromBaseArg: false, span: null }];
  if (lines && mode !== 'edit' && managerOfFile(ctx.policy, path) === 'apt') {
    writeAptFile(ctx, path, kind, mode, via, lines, modeSpan, span);
    return;
  }
  const clean = entries
    .map((l) => ({ ...l, text: l.text.trim() }))
    .filter((l) => l.dynamic || (l.text !== '' && !l.text.startsWith('#')))
    .map((l) => {
      const m = /^@(\S+)\s+(\S+)$/.exec(l.text);
      return m ? { ...l, tag: m[1]!, text: m[2]! } : l;
    });
  const fact: Fact = {
    kind: 'repo-write',
    manager: managerOfFile(ctx.policy, path),
    file: path,
    fileKind: kind,
    mode,
    via,
    lines: clean,
    modeSpan,
    instruction: ctx.instruction,
    span,
  };
  if (edit) fact.edit = edit;
  ctx.emit(fact);
  if (kind === 'config') {
    for (const l of clean) {
      if (/^(?:--)?allow-untrusted$/.test(l.text)) {
        ctx.emit({ kind: 'trust-bypass', manager: 'apk', what: 'allow-untrusted', instruction: ctx.instruction, span: l.span ?? span });
      }
    }
  }
}

/** An apt sources or apt.conf file written with known content: parsed entries, and the trust options it sets. */
function writeAptFile(
  ctx: Pick<RunContext, 'emit' | 'instruction' | 'files' | 'policy'>,
  path: string,
  kind: 'repositories' | 'config',
  mode: 'replace' | 'append',
  via: string,
  lines: RepoLine[],
  modeSpan: Span | null,
  span: Span,
): void {
  const parsed = kind === 'config' ? lines.filter((l) => l.text.trim() !== '') : path.endsWith('.sources') ? parseDeb822Sources(lines) : parseOneLineSources(lines);
  ctx.emit({ kind: 'repo-write', manager: 'apt', file: path, fileKind: kind, mode, via, lines: parsed, modeSpan, instruction: ctx.instruction, span });
  const bypass = (what: string, at: Span | null, written?: string, source?: RepoLine) =>
    ctx.emit({
      kind: 'trust-bypass',
      manager: 'apt',
      what,
      ...(written !== undefined && written !== what ? { written } : {}),
      ...(source ? { source } : {}),
      instruction: ctx.instruction,
      span: at ?? span,
    });
  if (kind === 'config') {
    for (const b of aptConfBypasses(parsed)) bypass(b.what, b.span ?? b.line.span);
    return;
  }
  for (const l of parsed) for (const b of sourceBypasses(l)) bypass(b.what, l.format === 'deb822' ? null : l.span, b.written, l);
}

/** Where a download sent to stdout goes, when the next pipeline stage saves it: `| gpg --dearmor -o f`, `| tee f`, `| apt-key add -`. */
function pipedKey(ctx: RunContext, cmd: Command, lookup: Lookup, cwd: string): { dest: string | null; destSpan: Span | null; format: AptKeyFormat; unbound?: 'apt-key'; via: string } | null {
  const next = ctx.run.commands.find((c) => c.list === cmd.list && c.listIndex === cmd.listIndex + 1 && c.joinedBy === '|');
  const name = next?.name ? staticValue(next.name, lookup) : null;
  if (!next || !name) return null;
  const { base, args } = unwrap(commandBase(name), next.args, lookup);
  const values = args.map((a) => staticValue(a, lookup));
  if (base === 'gpg' || base === 'gpg2') {
    if (!values.some((v) => v === '--dearmor' || v === '--dearmour')) return null;
    return { ...dearmorOutput(ctx, next, args, values, lookup, cwd), format: 'binary', via: base };
  }
  if (base === 'tee') {
    const i = values.findIndex((v) => v !== null && !v.startsWith('-'));
    return i === -1 ? null : { dest: resolvePath(cwd, values[i]!), destSpan: args[i]!.span, format: 'armoured', via: 'tee' };
  }
  if (base === 'apt-key' && values[0] === 'add') {
    return { dest: ctx.policy.deb.trustedFile, destSpan: null, format: 'unknown', unbound: 'apt-key', via: 'apt-key' };
  }
  return null;
}

/** Where `gpg --dearmor` writes: `-o`/`--output`, a stdout redirect, or the file of a following `| tee`; the operand's name + `.gpg` when it reads a file. */
function dearmorOutput(ctx: RunContext, gpg: Command, args: Word[], values: (string | null)[], lookup: Lookup, cwd: string, operand?: string): { dest: string | null; destSpan: Span | null } {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === '-o' || v === '--output') return { dest: values[i + 1] && values[i + 1] !== '-' ? resolvePath(cwd, values[i + 1]!) : null, destSpan: args[i + 1]?.span ?? null };
    if (v?.startsWith('--output=')) return { dest: v === '--output=-' ? null : resolvePath(cwd, v.slice('--output='.length)), destSpan: args[i]!.span };
  }
  const redirect = outputsOf(gpg, lookup, cwd)[0];
  if (redirect) return { dest: redirect.path, destSpan: redirect.targetSpan };
  const next = ctx.run.commands.find((c) => c.list === gpg.list && c.listIndex === gpg.listIndex + 1 && c.joinedBy === '|');
  const name = next?.name ? staticValue(next.name, lookup) : null;
  if (next && name && commandBase(name) === 'tee') {
    const i = next.args.findIndex((a) => !(staticValue(a, lookup) ?? '-').startsWith('-'));
    if (i !== -1) return { dest: resolvePath(cwd, staticValue(next.args[i]!, lookup)!), destSpan: next.args[i]!.span };
  }
  return { dest: operand !== undefined ? `${operand}.gpg` : null, destSpan: null };
}

/** `gpg --dearmor [-o out] <file>` (or `< file`) of a key fetched before: the dearmored keyring is that key, and the armoured file only a step. */
function dearmorFile(ctx: RunContext, cmd: Command, args: Word[], lookup: Lookup, span: Span, cwd: string): void {
  if (cmd.joinedBy === '|') return;
  const values = args.map((a) => staticValue(a, lookup));
  if (!values.some((v) => v === '--dearmor' || v === '--dearmour')) return;
  const operandAt = values.findIndex((v, i) => v !== null && !v.startsWith('-') && values[i - 1] !== '-o' && values[i - 1] !== '--output');
  const stdin = cmd.redirects.find((r) => r.op === '<' && r.target);
  const input = operandAt !== -1 ? values[operandAt]! : stdin ? staticValue(stdin.target!, lookup) : null;
  if (input === null) return;
  const from = resolvePath(cwd, input);
  const key = ctx.files.keyAt(from);
  const download = key ? null : ctx.files.downloadAt(from);
  if (!key && !download) return;
  const out = dearmorOutput(ctx, cmd, args, values, lookup, cwd, operandAt !== -1 ? from : undefined);
  if (out.dest === null) return;
  if (key) key.movedLater = true;
  const fact = keyInstallFact(ctx.instruction, { manager: 'apt', path: out.dest, url: key?.url ?? download!.url, contextSource: key?.contextSource ?? null, via: 'gpg', checksum: key?.checksum ?? null, destSpan: out.destSpan, span, format: 'binary' });
  const place = aptKeyPlace(ctx.policy, out.dest);
  if (place === 'apt-key' || place === 'trusted.gpg.d') fact.unbound = place;
  ctx.emit(fact);
  ctx.files.setKey(out.dest, fact);
}

/** `apt-key add <file>` (a `-` operand is handled with the download that feeds it) and `apt-key adv --recv-keys`. */
function aptKeyAdd(ctx: RunContext, cmd: Command, index: number, args: Word[], lookup: Lookup, span: Span, cwd: string): void {
  const values = args.map((a) => staticValue(a, lookup));
  const sub = values.find((v) => v !== null && !v.startsWith('-'));
  if (sub !== 'add' && sub !== 'adv') return;
  const operand = sub === 'add' ? values[values.indexOf('add') + 1] : undefined;
  if (operand === '-' && cmd.joinedBy === '|') {
    const prev = ctx.run.commands.slice(0, index).reverse().find((c) => c.list === cmd.list && c.listIndex === cmd.listIndex - 1);
    const prevName = prev?.name ? commandBase(staticValue(prev.name, lookup) ?? '') : '';
    if (prevName === 'curl' || prevName === 'wget') return;
  }
  const source = operand && operand !== '-' ? resolvePath(cwd, operand) : null;
  const known = source ? ctx.files.keyAt(source) : null;
  const fact = keyInstallFact(ctx.instruction, {
    manager: 'apt',
    path: ctx.policy.deb.trustedFile,
    url: known?.url ?? null,
    contextSource: known?.contextSource ?? null,
    via: 'apt-key',
    span,
    format: 'unknown',
    unbound: 'apt-key',
  });
  if (known) known.movedLater = true;
  ctx.emit(fact);
}

function download(ctx: RunContext, cmd: Command, tool: 'wget' | 'curl', args: Word[], lookup: Lookup, span: Span, cwd: string): void {
  const valued = tool === 'wget' ? WGET_VALUED : CURL_VALUED;
  const urls: Word[] = [];
  let output: { path: string | null; span: Span | null } | null = null;
  let dir: string | null = null;
  let remoteName = tool === 'wget';
  const insecure: { flag: string; span: Span | null }[] = [];
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    const v = staticValue(w, lookup);
    if (v === null) {
      urls.push(w);
      continue;
    }
    if (!v.startsWith('-') || v === '-') {
      urls.push(w);
      continue;
    }
    const [flag, inline] = v.startsWith('--') ? splitLong(v) : [v, null];
    const take = (): { value: string | null; span: Span | null } => {
      if (inline !== null) return { value: inline, span: w.span };
      const n = args[++i];
      return n ? { value: staticValue(n, lookup), span: n.span } : { value: null, span: null };
    };
    if (flag === '--no-check-certificate' || flag === '--insecure' || (tool === 'curl' && /^-[a-zA-Z]*k/.test(flag) && !flag.startsWith('--'))) {
      insecure.push({ flag, span: w.span });
    }
    if (tool === 'wget') {
      if (flag === '-O' || flag === '--output-document' || /^-[a-zA-Z]*O$/.test(flag) || /^-[a-zA-Z]*O./.test(flag)) {
        const attached = /^-[a-zA-Z]*O(.+)$/.exec(flag)?.[1];
        const t = attached !== undefined ? { value: attached, span: w.span } : take();
        output = { path: t.value, span: t.span };
      } else if (flag === '-P' || flag === '--directory-prefix') dir = take().value;
      else if (valued.has(flag)) take();
    } else {
      if (flag.startsWith('--')) {
        if (flag === '--output') output = (({ value, span }) => ({ path: value, span }))(take());
        else if (flag === '--remote-name') remoteName = true;
        else if (flag === '--output-dir') dir = take().value;
        else if (valued.has(flag)) take();
      } else {
        // Short options cluster (`-fsSLo file`); a valued letter takes the rest or the next word.
        const letters = flag.slice(1);
        for (let k = 0; k < letters.length; k++) {
          const c = letters[k]!;
          if (c === 'O') remoteName = true;
          else if (c === 'o' || valued.has(`-${c}`)) {
            const rest = letters.slice(k + 1);
            const t = rest ? { value: rest, span: w.span } : take();
            if (c === 'o') output = { path: t.value, span: t.span };
            break;
          }
        }
      }
    }
  }
  for (const u of urls) {
    const url = evalWord(u, lookup, ctx.release);
    if (!/^[a-z]+:\/\//i.test(url.text)) continue;
    ctx.emit({ kind: 'download', tool, url: url.text, urlSpan: u.span, insecureFlags: insecure, instruction: ctx.instruction, span });
    let dest: string | null = null;
    let destSpan: Span | null = null;
    if (output) {
      if (output.path === '-' || output.path === null) dest = output.path === '-' ? null : null;
      else {
        dest = resolvePath(cwd, output.path);
        destSpan = output.span;
      }
    } else if (remoteName) {
      dest = resolvePath(dir ? resolvePath(cwd, dir) : cwd, basename(url.text));
      destSpan = null;
    }
    let piped: ReturnType<typeof pipedKey> = null;
    if (dest === null) {
      // To stdout: a redirect or `| tee` decides where it goes.
      const redirect = outputsOf(cmd, lookup, cwd)[0];
      if (redirect) {
        dest = redirect.path;
        destSpan = redirect.targetSpan;
      } else if (output === null || output.path === '-') {
        piped = pipedKey(ctx, cmd, lookup, cwd);
        if (piped) {
          dest = piped.dest;
          destSpan = piped.destSpan;
        }
      }
    }
    const apt = piped ? { format: piped.format, unbound: piped.unbound, via: `${tool} | ${piped.via}` } : undefined;
    recordFetched(ctx, tool, url.text, u.span, dest, destSpan, null, span, apt);
  }
}

/** A downloaded or added file: a key when it lands in the keys directory or is a key by its URL. */
export function recordFetched(
  ctx: Pick<RunContext, 'emit' | 'instruction' | 'files' | 'policy'>,
  via: string,
  url: string,
  urlSpan: Span | null,
  dest: string | null,
  destSpan: Span | null,
  checksum: string | null,
  span: Span,
  piped?: { format: AptKeyFormat; unbound?: 'apt-key'; via: string },
): void {
  const kind = dest ? classifyFile(ctx.policy, dest) : null;
  if (kind && dest) {
    writeRepoFile(ctx, dest, kind, 'replace', via, null, null, span);
    return;
  }
  const place = dest ? aptKeyPlace(ctx.policy, dest) : null;
  if (piped || place || debKeyByUrl(ctx.policy, url)) {
    const armoured = debKeyByUrl(ctx.policy, url) !== null || /\.asc$/i.test(url);
    const fact = keyInstallFact(ctx.instruction, {
      manager: 'apt',
      path: dest,
      url,
      via: piped?.via ?? via,
      checksum,
      destSpan,
      urlSpan,
      span,
      format: piped?.format ?? (armoured ? 'armoured' : 'unknown'),
    });
    const unbound = piped?.unbound ?? (place === 'apt-key' || place === 'trusted.gpg.d' ? place : undefined);
    if (unbound) fact.unbound = unbound;
    ctx.emit(fact);
    if (dest) ctx.files.setKey(dest, fact);
    return;
  }
  const looksLikeKey =
    url.startsWith(ctx.policy.apk.keyringUrlPrefix) || /\.rsa\.pub$/.test(url) || (dest !== null && dest.startsWith(ctx.policy.apk.keysDir + '/'));
  if (!looksLikeKey) {
    if (dest) ctx.files.setDownload(dest, { url, instruction: ctx.instruction, span, checksum });
    return;
  }
  const fact = keyInstallFact(ctx.instruction, {
    manager: 'apk',
    path: dest,
    url,
    via,
    checksum,
    destSpan,
    urlSpan,
    span,
  });
  ctx.emit(fact);
  if (dest) ctx.files.setKey(dest, fact);
}

function splitLong(v: string): [string, string | null] {
  const eq = v.indexOf('=');
  return eq === -1 ? [v, null] : [v.slice(0, eq), v.slice(eq + 1)];
}

const WGET_VALUED = new Set(['-T', '--timeout', '-t', '--tries', '--header', '-U', '--user-agent', '--user', '--password', '-e', '--execute', '-o', '--output-file', '-a', '--append-output', '--post-data', '--ca-certificate', '-Y']);
const CURL_VALUED = new Set([
  '-H', '--header', '-u', '--user', '-X', '--request', '-d', '--data', '--data-raw', '--data-binary', '-A', '--user-agent', '-e', '--referer',
  '-m', '--max-time', '--retry', '--retry-delay', '--retry-max-time', '-w', '--write-out', '--connect-timeout', '-T', '--upload-file',
  '--cacert', '--capath', '-C', '--continue-at', '-x', '--proxy', '-r', '--range', '-b', '--cookie', '-c', '--cookie-jar', '-F', '--form',
  '--resolve', '--netrc-file', '-K', '--config', '-E', '--cert', '--key', '--proto', '--proto-redir', '-z', '--time-cond',
]);

function copyOrMove(ctx: RunContext, tool: string, args: Word[], lookup: Lookup, span: Span, cwd: string, removed: Set<string>): void {
  const operands: Word[] = [];
  let targetDir: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const v = staticValue(args[i]!, lookup);
    if (v === null) return;
    if (v === '-t' || v === '--target-directory') {
      targetDir = staticValue(args[++i] ?? args[i]!, lookup);
      continue;
    }
    if (tool === 'install' && (v === '-m' || v === '-o' || v === '-g' || v === '--mode')) {
      i++;
      continue;
    }
    if (v.startsWith('-') && v !== '-') continue;
    operands.push(args[i]!);
  }
  const destWord = targetDir === null ? operands.pop() : null;
  const dest = targetDir !== null ? targetDir : destWord ? staticValue(destWord, lookup) : null;
  if (!dest || !operands.length) return;
  const destPath = resolvePath(cwd, dest);
  for (const srcWord of operands) {
    const src = resolvePath(cwd, staticValue(srcWord, lookup)!);
    const isDir = dest.endsWith('/') || targetDir !== null || operands.length > 1 || ctx.files.isDirectory(destPath, ctx.policy);
    const final = isDir ? resolvePath(destPath, basename(src)) : destPath;
    const key = ctx.files.keyAt(src);
    const kind = classifyFile(ctx.policy, final);
    // `cp /run/secrets/x /etc/…` (or a mount's custom target) puts the secret into the layer.
    if (tool !== 'mv' && (src.startsWith('/run/secrets/') || ctx.mounts.some((m) => m.target === src)) && !/^\/(?:dev|proc)\//.test(final)) {
      ctx.emit({ kind: 'secret-write', file: final, source: src, removed: removed.has(final), instruction: ctx.instruction, span: destWord?.span ?? span });
    }
    if (key) {
      key.movedLater = true;
      const fact = keyInstallFact(ctx.instruction, {
        manager: key.manager,
        path: final,
        url: key.url,
        contextSource: key.contextSource,
        via: tool,
        checksum: key.checksum,
        destSpan: destWord?.span ?? null,
        span,
      });
      if (key.format) fact.format = key.format;
      const place = aptKeyPlace(ctx.policy, final);
      if (key.manager === 'apt' && (place === 'apt-key' || place === 'trusted.gpg.d')) fact.unbound = place;
      ctx.emit(fact);
      ctx.files.setKey(final, fact);
    } else if (kind) {
      writeRepoFile(ctx, final, kind, 'replace', tool, ctx.files.linesOf(src), null, span);
    } else if (final.startsWith(ctx.policy.apk.keysDir + '/')) {
      recordContextKey(ctx, tool, src, final, destWord?.span ?? null, span);
    } else if (aptKeyPlace(ctx.policy, final) && /\.(?:gpg|asc|key|pub)$/.test(final)) {
      recordContextKey(ctx, tool, src, final, destWord?.span ?? null, span, 'apt');
    } else {
      ctx.files.copy(src, final);
    }
    if (tool === 'mv') ctx.files.forget(src);
  }
}

export function recordContextKey(
  ctx: Pick<RunContext, 'emit' | 'instruction' | 'files' | 'policy'>,
  via: string,
  source: string,
  dest: string,
  destSpan: Span | null,
  span: Span,
  manager: Manager = 'apk',
): void {
  const fact = keyInstallFact(ctx.instruction, {
    manager,
    path: dest,
    contextSource: source,
    via,
    destSpan,
    span,
  });
  if (manager === 'apt') {
    fact.format = /\.asc$/.test(dest) ? 'armoured' : 'unknown';
    const place = aptKeyPlace(ctx.policy, dest);
    if (place === 'apt-key' || place === 'trusted.gpg.d') fact.unbound = place;
  }
  ctx.emit(fact);
  ctx.files.setKey(dest, fact);
}

function sedEdit(ctx: RunContext, args: Word[], lookup: Lookup, span: Span, cwd: string): void {
  let inPlace = false;
  const exprs: Word[] = [];
  const files: string[] = [];
  let extended = false;
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    const v = staticValue(w, lookup);
    if (v === null) {
      if (exprs.length === 0) exprs.push(w);
      continue;
    }
    if (v === '-e' || v === '--expression') {
      const n = args[++i];
      if (n) exprs.push(n);
    } else if (/^-[a-zA-Z]*i/.test(v) || v.startsWith('--in-place')) {
      inPlace = true;
      if (/E|r/.test(v.replace(/^-/, '').split('i')[0]!)) extended = true;
    } else if (v === '-E' || v === '-r' || v === '--regexp-extended') extended = true;
    else if (v.startsWith('-')) continue;
    else if (exprs.length === 0) exprs.push(w);
    else files.push(resolvePath(cwd, v));
  }
  if (!inPlace) return;
  for (const file of files) {
    const kind = classifyFile(ctx.policy, file);
    if (!kind) continue;
    for (const e of exprs) {
      const text = evalWord(e, lookup, ctx.release);
      const parsed = parseSedSubstitute(text.text, extended);
      const lines: RepoLine[] = parsed
        ? (parsed.replacement.match(/(?<![a-z])[a-z]+:\/\/[^\s'"]*/gi) ?? []).map((u) => ({
            text: u,
            dynamic: text.dynamic,
            releaseFromImage: text.releaseFromImage,
            releaseFromBaseArg: text.variables.some((v) => ctx.imageVariables.includes(v)),
            span: null,
          }))
        : [];
      writeRepoFile(ctx, file, kind, 'edit', 'sed', lines, null, span, parsed ? { ...parsed, span: e.span } : { pattern: '', replacement: '', span: e.span });
    }
  }
}

/** `s|a|b|g` → pattern and replacement as a JS regex source and replacement string. */
export function parseSedSubstitute(expr: string, extended: boolean): { pattern: string; replacement: string } | null {
  if (expr[0] !== 's' || expr.length < 4) return null;
  const d = expr[1]!;
  const parts: string[] = [];
  let cur = '';
  for (let i = 2; i < expr.length; i++) {
    const c = expr[i]!;
    if (c === '\\' && expr[i + 1] === d) {
      cur += d;
      i++;
    } else if (c === d) {
      parts.push(cur);
      cur = '';
      if (parts.length === 2) break;
    } else cur += c;
  }
  if (parts.length < 2) return null;
  let pattern = parts[0]!;
  if (!extended) pattern = pattern.replace(/\\([(){}+?|])/g, '$1');
  const replacement = parts[1]!.replace(/\\(\d)/g, '$$$1').replace(/(^|[^\\])&/g, '$1$$&');
  return { pattern, replacement };
}

function tee(ctx: RunContext, cmd: Command, index: number, args: Word[], lookup: Lookup, span: Span, scope: Scope, removed: Set<string>): void {
  const cwd = scope.cwd;
  let append = false;
  let appendSpan: Span | null = null;
  const files: Word[] = [];
  for (const w of args) {
    const v = staticValue(w, lookup);
    if (v === '-a' || v === '--append') {
      append = true;
      appendSpan = w.span;
    } else if (v && v.startsWith('-')) continue;
    else files.push(w);
  }
  // stdin comes from the previous stage of the pipeline.
  const prev = cmd.joinedBy === '|' ? ctx.run.commands.slice(0, index).reverse().find((c) => c.list === cmd.list && c.listIndex === cmd.listIndex - 1) : undefined;
  let lines: RepoLine[] | null = null;
  // A secret in what tee copies (`echo "$TOKEN" | tee f`, `tee f <<< "$TOKEN"`) ends up in the files.
  let secret: string | null = null;
  if (prev?.name) {
    const prevName = staticValue(prev.name, lookup);
    if (prevName) {
      lines = stdoutLines(ctx, prev, commandBase(prevName), prev.args, lookup);
      secret = secretSourceOf(prev, commandBase(prevName), prev.args, scope, lookup);
    }
  } else {
    const heredoc = cmd.redirects.find((r) => r.heredoc);
    if (heredoc?.heredoc) lines = linesFromText(heredoc.heredoc.body, heredoc.heredoc.span, !heredoc.heredoc.quoted, lookup, ctx.imageVariables);
    secret = secretSourceOf(cmd, 'tee', args, scope, lookup);
  }
  for (const f of files) {
    const v = staticValue(f, lookup);
    if (!v) continue;
    const path = resolvePath(cwd, v);
    const kind = classifyFile(ctx.policy, path);
    if (kind) writeRepoFile(ctx, path, kind, append ? 'append' : 'replace', 'tee', lines, append ? appendSpan : null, span);
    else if (ctx.files.keyAt(path)?.instruction !== ctx.instruction) ctx.files.setLines(path, lines, append);
    if (secret && !/^\/(?:dev|proc)\//.test(path)) {
      ctx.emit({ kind: 'secret-write', file: path, source: secret, removed: removed.has(path), instruction: ctx.instruction, span: f.span ?? span });
    } else if (!removed.has(path)) literalAuthWrite(ctx, path, 'tee', f.span ?? span);
  }
}

export { type RepoLine };
