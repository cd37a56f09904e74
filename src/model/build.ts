/**
 * The model: stages with their resolved base images, and per stage the ordered facts of what its
 * instructions do to package sources, keys and secrets.
 */
import { parseDockerfile, readProperties, type RawInstruction } from '../parse/dockerfile.js';
import { buildRunScript } from '../parse/run-script.js';
import { parseExecForm } from '../parse/exec-form.js';
import { parseShell } from '../parse/shell.js';
import type { Policy } from '../policy/index.js';
import type { Build, CopyFact, EnvBinding, Fact, InstructionInfo, LabelFact, Limit, SecretMount, Span, Stage, VariableFact } from './types.js';
import { declaredBase, describeBase, dhiImageOf, hasBareEnvironment, parseImageRef } from './image.js';
import { expandVariables, expandWord, largestVariable, MAX_NESTING, MAX_VALUE_LENGTH, PREDEFINED_ARGS, unquote, type Expansion, type Lookup } from './vars.js';
import { extractRunFacts } from './run-facts.js';
import { recordContextKey, recordFetched } from './placed-files.js';
import { writeRepoFile } from './repo-write.js';
import { apkKeysDirRoot, aptKeyPlace, classifyFile, FileTracker, isApkKeyPath, linesFromText, tooLargeLines } from './files.js';
import { Environment } from './environment.js';
import { analyseSecrets } from './redaction.js';
import { writtenSecrets } from './commands/secrets.js';
import { basename, resolvePath } from './words.js';
import { computeState, type EndStates } from './state.js';
import { stageAbove } from './query.js';
import { own } from '../own.js';

export interface ModelOptions {
  buildArgs: Record<string, string>;
  policy: Policy;
  /**
   * The time budget (the engine's `budgetTick`): called all along the build — by the readers, per
   * instruction, per shell command, per fact replayed — and throws to stop it. Kept on the Build.
   */
  tick?: () => void;
}

interface StageScope {
  stage: Stage;
  /** ARG/ENV values set in this stage (`null`: declared without a value); see `varOf` for all it sees. */
  vars: Map<string, string | null>;
  /** The stage this one is built FROM, whose ENV values it starts with. Done by now, so it never changes. */
  inherited: StageScope | null;
  /** Values of this (finished) stage found up its chain, kept for the stages built FROM it that ask again. */
  resolved: Map<string, string | null | undefined>;
  /** The ENV bindings in effect, its FROM chain's included. */
  env: Environment;
  workdir: string;
  files: FileTracker;
  windowsShell: boolean;
  /**
   * True when the stage's base image is known to set no environment of its own (a plain distro
   * image): a global ARG the stage does not declare is then empty in it. Elsewhere the base image
   * may set a variable of that name (`node` sets NODE_VERSION), so its value stays unknown.
   */
  bareEnvironment: boolean;
}

export function buildModel(text: string, options: ModelOptions): Build {
  const tick = options.tick ?? (() => {});
  const doc = parseDockerfile(text, tick);
  const { policy, buildArgs } = options;
  const build: Build = {
    text,
    directives: { escape: doc.escape, syntax: doc.syntax },
    instructions: [],
    stages: [],
    globalArgs: [],
    lines: doc.lines,
    secrets: [],
    urlCredentials: [],
    redaction: { spans: [], values: [] },
    comments: doc.comments,
    tick,
    limits: [],
  };
  const globals = new Map<string, string | null>();
  /** Earlier stages by lower-cased name (BuildKit refuses duplicate names; the first is kept). */
  const scopes = new Map<string, StageScope>();
  let current: StageScope | null = null;
  /** `RUN --mount=…,from=<stage>` references, by the stage that has them. */
  const mountsFrom = new Map<number, string[]>();

  const globalLookup: Lookup = (name) => {
    if (globals.has(name)) return Object.hasOwn(buildArgs, name) ? buildArgs[name] : globals.get(name);
    return own(PREDEFINED_ARGS, name);
  };

  doc.instructions.forEach((raw) => {
    tick();
    const info: InstructionInfo = {
      index: build.instructions.length,
      keyword: raw.keyword,
      span: raw.span,
      keywordSpan: raw.keywordSpan,
      argsSpan: raw.argsSpan,
      stage: current ? current.stage.index : -1,
      onbuild: raw.keyword === 'ONBUILD',
      mounts: [],
    };
    build.instructions.push(info);
    if (raw.keyword === 'FROM') {
      current = startStage(build, raw, scopes, globalLookup, policy);
      info.stage = current.stage.index;
      const key = current.stage.name?.toLowerCase();
      if (key !== undefined && !scopes.has(key)) scopes.set(key, current);
      return;
    }
    if (!current) {
      if (raw.keyword === 'ARG') {
        for (const v of variableFacts(build, raw, info.index, true, globalLookup)) {
          globals.set(v.name, v.value);
          build.globalArgs.push(v);
        }
      }
      return;
    }
    visitInstruction(build, current, raw, info, globals, buildArgs, policy);
    if (raw.keyword === 'RUN') {
      for (const f of raw.flags) {
        const from = f.name === 'mount' ? f.options.find((o) => o.name === 'from')?.value : undefined;
        if (!from) continue;
        const list = mountsFrom.get(current.stage.index);
        if (list) list.push(from);
        else mountsFrom.set(current.stage.index, [from]);
      }
    }
  });

  const endStates: EndStates = new Map();
  for (const stage of build.stages) computeState(stage, build, policy, endStates);
  assignRoles(build, mountsFrom);
  analyseSecrets(build, buildArgs);
  build.limits = limitsInOrder(build.limits);
  return build;
}

/**
 * Records an expansion that was too large (its value is then unknown), naming `variable` or else
 * the variable of the longest value it used.
 */
function noteExpansion(build: Build, e: Expansion, instruction: number, span: Span, lookup: Lookup, variable: string | null = null): Expansion {
  if (e.tooLarge) addLimit(build, { kind: 'too-large', variable: variable ?? largestVariable(e.used, lookup), max: MAX_VALUE_LENGTH, instruction, span });
  if (e.tooDeep) addLimit(build, { kind: 'value-too-deep', max: MAX_NESTING, instruction, span });
  return e;
}

function addLimit(build: Build, limit: Limit): void {
  build.limits.push(limit);
}

/**
 * The limits in file order, once per place: a heredoc on a `{ …; }` is read with each command
 * inside, a stage's words again in ONBUILD. The first one recorded at a place is kept.
 */
function limitsInOrder(limits: Limit[]): Limit[] {
  const seen = new Set<string>();
  return limits
    .filter((l) => {
      const key = `${l.kind} ${l.span.start} ${l.span.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.span.start - b.span.start);
}

/**
 * Which stages the default build ships: the last and the stages it is built FROM; the stages their
 * `COPY --from`/`--mount=from=` name (and what those are built on and name in turn) only build
 * what ships; the rest BuildKit does not build at all.
 */
function assignRoles(build: Build, mountsFrom: Map<number, string[]>): void {
  const byName = new Map<string, number>();
  for (const s of build.stages) if (s.name !== null && !byName.has(s.name.toLowerCase())) byName.set(s.name.toLowerCase(), s.index);
  const resolve = (ref: string): number | null => {
    const named = byName.get(ref.toLowerCase());
    if (named !== undefined) return named;
    return /^\d+$/.test(ref) && Number(ref) < build.stages.length ? Number(ref) : null;
  };
  const last = build.stages.at(-1);
  if (!last) return;
  // Along the FROM chain by plain loops: a chain of thousands of stages would overflow a recursion,
  // and a generator here costs every lint (its object is allocated in the old generation and keeps
  // the model it walks alive through young-generation collections, measured at 8x the promoted bytes).
  for (let at: Stage | undefined = last; at; at = stageAbove(build, at)) at.role = 'final';
  const queue = build.stages.filter((s) => s.role === 'final');
  const seen = new Set(queue.map((s) => s.index));
  while (queue.length > 0) {
    const s = queue.pop()!;
    const refs = [...s.facts.flatMap((f) => (f.kind === 'copy' && f.from !== null ? [f.from] : [])), ...(mountsFrom.get(s.index) ?? [])];
    for (const ref of refs) {
      const i = resolve(ref);
      if (i === null || i >= s.index) continue;
      for (let t: Stage | undefined = build.stages[i]!; t; t = stageAbove(build, t)) {
        // What is seen was queued with the whole chain below it.
        if (seen.has(t.index)) break;
        seen.add(t.index);
        t.role = 'build';
        queue.push(t);
      }
    }
  }
}

function startStage(build: Build, raw: RawInstruction, scopes: Map<string, StageScope>, lookup: Lookup, policy: Policy): StageScope {
  const words = raw.args.filter((a) => a.text.length > 0);
  const imageWord = words[0];
  const asIndex = words.findIndex((w) => w.text.toLowerCase() === 'as');
  const name = asIndex > 0 ? (words[asIndex + 1]?.text ?? null) : null;
  const imageRaw = imageWord?.text ?? '';
  const expansion = noteExpansion(build, expandWord(imageRaw, lookup, build.directives.escape), build.instructions.length - 1, imageWord?.span ?? raw.span, lookup);
  const parentScope = expansion.value !== null ? scopes.get(expansion.value.toLowerCase()) : undefined;
  const stage: Stage = {
    index: build.stages.length,
    name,
    fromSpan: raw.span,
    imageSpan: imageWord?.span ?? null,
    image: null,
    imageRaw,
    imageVariables: expansion.used,
    parent: parentScope ? parentScope.stage.index : null,
    distro: 'unknown',
    release: null,
    releaseUnknownReason: null,
    dhi: false,
    dhiVariant: null,
    dhiImage: null,
    windows: false,
    facts: [],
    role: 'unused',
  };
  if (parentScope) {
    const p = parentScope.stage;
    Object.assign(stage, { distro: p.distro, release: p.release, releaseUnknownReason: p.releaseUnknownReason, dhi: p.dhi, dhiVariant: p.dhiVariant, dhiImage: p.dhiImage, image: p.image });
    stage.imageVariables = [...new Set([...stage.imageVariables, ...p.imageVariables])];
  } else if (expansion.value === null) {
    stage.releaseUnknownReason = 'variable';
  } else {
    stage.image = parseImageRef(expansion.value);
    // What the user declared the image to be built on (config baseImages) decides; else its name.
    const described = declaredBase(policy, stage.image) ?? stage.image;
    stage.dhiImage = dhiImageOf(described, policy);
    Object.assign(stage, describeBase(described, policy, stage.dhiImage));
  }
  // escape=` is the Windows convention, but a Linux base still runs its RUNs with /bin/sh -c.
  stage.windows = parentScope?.windowsShell ?? (build.directives.escape === '`' && stage.distro === 'unknown');
  build.stages.push(stage);
  return {
    stage,
    vars: new Map(),
    inherited: parentScope ?? null,
    resolved: new Map(),
    // Shared, not copied: a chain of stages that each add an ENV stays linear.
    env: parentScope ? parentScope.env : Environment.EMPTY,
    workdir: parentScope?.workdir ?? '/',
    files: parentScope ? parentScope.files.clone() : new FileTracker(),
    windowsShell: stage.windows,
    bareEnvironment: parentScope ? parentScope.bareEnvironment : stage.image !== null && hasBareEnvironment(stage.image),
  };
}

/**
 * The value of `name` in a stage (undefined when it has none): its own ARG or ENV, else, when the
 * stage it is built FROM has `name` in its environment, that stage's value (an ARG stays behind).
 * What is found up the chain is kept in each finished stage passed, so each stage asks its
 * parent once per name however long the chain.
 */
function varOf(scope: StageScope, name: string): string | null | undefined {
  if (scope.vars.has(name)) return scope.vars.get(name);
  const passed: StageScope[] = [];
  let value: string | null | undefined;
  for (let up = scope.inherited; ; up = up.inherited) {
    if (up === null || !up.env.has(name)) break;
    if (up.vars.has(name)) {
      value = up.vars.get(name);
      break;
    }
    if (up.resolved.has(name)) {
      value = up.resolved.get(name);
      break;
    }
    passed.push(up);
  }
  for (const s of passed) s.resolved.set(name, value);
  return value;
}

function visitInstruction(
  build: Build,
  scope: StageScope,
  raw: RawInstruction,
  info: InstructionInfo,
  globals: Map<string, string | null>,
  buildArgs: Record<string, string>,
  policy: Policy,
): void {
  const stage = scope.stage;
  const lookup: Lookup = (name) => {
    const value = varOf(scope, name);
    if (value !== undefined) return value;
    return Object.hasOwn(PREDEFINED_ARGS, name) ? PREDEFINED_ARGS[name] : scope.bareEnvironment && globals.has(name) ? '' : undefined;
  };
  const emit = (fact: Fact) => stage.facts.push(fact);
  switch (raw.keyword) {
    case 'ARG':
      for (const v of variableFacts(build, raw, info.index, false, lookup)) {
        // A stage ARG without a value takes the global default; a --build-arg wins over both.
        const value = Object.hasOwn(buildArgs, v.name) ? buildArgs[v.name]! : v.value ?? (globals.has(v.name) ? globals.get(v.name)! : null);
        scope.vars.set(v.name, value);
        emit(v);
      }
      return;
    case 'ENV':
      for (const v of variableFacts(build, raw, info.index, false, lookup)) {
        scope.vars.set(v.name, v.value);
        scope.env = scope.env.with([{ name: v.name, how: 'env-instruction', span: v.nameSpan, fromCommand: null }]);
        emit(v);
        if (v.name === 'SSL_NO_VERIFY_HOSTNAME') emit({ kind: 'trust-bypass', manager: 'apk', what: 'SSL_NO_VERIFY_HOSTNAME', instruction: info.index, span: v.span });
      }
      return;
    case 'WORKDIR': {
      const w = raw.args[0];
      if (w) {
        const v = noteExpansion(build, expandVariables(w.text, lookup, build.directives.escape), info.index, w.span, lookup).value;
        scope.workdir = v === null ? '/?' : resolvePath(scope.workdir, unquote(v));
      }
      return;
    }
    case 'SHELL': {
      const body = raw.argsSpan ? build.text.slice(raw.argsSpan.start, raw.argsSpan.end) : '';
      scope.windowsShell = /powershell|pwsh|cmd(?:\.exe)?"/i.test(body);
      if (scope.windowsShell) stage.windows = true;
      return;
    }
    case 'RUN':
      // Asked name by name: a set of them per RUN cost the global ARGs times the RUNs.
      visitRun(build, scope, raw, info, lookup, emit, policy, false, scope.bareEnvironment && globals.size > 0 ? { has: (n) => globals.has(n) && varOf(scope, n) === undefined } : undefined);
      return;
    case 'ONBUILD':
      // The trigger runs in a later build FROM this image, whose repositories, keys and files are
      // unknown here: of a RUN trigger, only what is wrong in any context is kept (trust bypasses,
      // downloads with their TLS flags, unsigned packages installed from a file, secrets written
      // into the image). Nothing it does changes this stage.
      if (raw.trigger?.keyword === 'RUN') {
        const kept = (fact: Fact) => {
          if (TRIGGER_FACTS.has(fact.kind)) emit(fact);
        };
        // The image passes its ENV on to that build, not its ARGs.
        const envOnly: Lookup = (name) => (scope.env.has(name) ? varOf(scope, name) : undefined);
        visitRun(build, { ...scope, files: scope.files.clone() }, raw.trigger, info, envOnly, kept, policy, true);
      } else if (raw.trigger?.keyword === 'ENV' || raw.trigger?.keyword === 'ARG') {
        for (const v of variableFacts(build, raw.trigger, info.index, false, () => undefined)) emit({ ...v, onbuild: true });
      } else if (raw.trigger?.keyword === 'LABEL') {
        for (const l of labelFacts(build, raw.trigger, info.index, () => undefined)) emit({ ...l, onbuild: true });
      }
      return;
    case 'LABEL':
      for (const l of labelFacts(build, raw, info.index, lookup)) emit(l);
      return;
    case 'COPY':
    case 'ADD':
      visitCopy(build, scope, raw, info, lookup, emit, policy);
      return;
    default:
      return;
  }
}

const TRIGGER_FACTS = new Set<Fact['kind']>(['trust-bypass', 'download', 'local-package', 'secret-write', 'literal-secret']);

/** `trigger`: the RUN of an ONBUILD, whose script is not the instruction's own `run`. */
function visitRun(
  build: Build,
  scope: StageScope,
  raw: RawInstruction,
  info: InstructionInfo,
  lookup: Lookup,
  emit: (f: Fact) => void,
  policy: Policy,
  trigger = false,
  undeclaredArgs?: { has(name: string): boolean },
): void {
  info.mounts = secretMounts(raw);
  if (scope.windowsShell || !raw.argsSpan) return;
  const heredocs = raw.heredocs.map((h) => ({ name: h.name, start: h.startSpan.start, end: h.startSpan.end }));
  const script = buildRunScript(build.text, raw.argsSpan.start, raw.span.end, build.directives.escape, heredocs);
  if (!trigger) info.needsShell = script !== null;
  // Not shell: an exec-form array other than `sh -c`, read as the one command it runs.
  const run = script ? parseShell(script, build.tick) : parseExecForm(build.text, raw.argsSpan.start, raw.span.end, build.directives.escape);
  if (!run) return;
  if (trigger) info.triggerRun = run;
  else info.run = run;
  const env = scope.env.with(info.mounts.flatMap((m): EnvBinding[] => (m.env ? [{ name: m.env, how: 'mount-env', span: m.span, fromCommand: null, secret: true }] : [])));
  extractRunFacts({
    instruction: info.index,
    run,
    policy,
    lookup,
    env,
    cwd: scope.workdir,
    mounts: info.mounts,
    release: scope.stage.release,
    imageVariables: scope.stage.imageVariables,
    limit: (l) => addLimit(build, l),
    ...(undeclaredArgs && { undeclaredArgs }),
    files: scope.files,
    instructionSpan: raw.span,
    emit,
    tick: build.tick,
  });
}

function secretMounts(raw: RawInstruction): SecretMount[] {
  const out: SecretMount[] = [];
  for (const f of raw.flags) {
    if (f.name !== 'mount') continue;
    // BuildKit's parseMount: keys are case-insensitive, a later option wins, and a bare `required`
    // means true (strconv.ParseBool for a value). The type is compared in lower case too.
    const opt = (...names: string[]) => [...f.options].reverse().find((o) => names.includes(o.name.toLowerCase())) ?? null;
    const value = (...names: string[]) => opt(...names)?.value ?? null;
    if (value('type')?.toLowerCase() !== 'secret') continue;
    const target = value('target', 'dst', 'destination');
    // The secret's id: `source` over `id`, else the base name of the target (dispatchSecret).
    const id = value('source', 'src') || value('id') || (target ? basename(target) : null);
    if (!id) continue;
    const required = opt('required');
    const env = value('env');
    out.push({
      id,
      // With only `env=`, BuildKit puts the secret in that variable and mounts no file.
      target: target ?? (env ? '' : `/run/secrets/${basename(id)}`),
      env,
      required: required !== null && (required.value === null || /^(?:1|t|T|TRUE|true|True)$/.test(required.value)),
      span: f.span,
      mode: value('mode'),
      options: f.options,
    });
  }
  return out;
}

function visitCopy(build: Build, scope: StageScope, raw: RawInstruction, info: InstructionInfo, lookup: Lookup, emit: (f: Fact) => void, policy: Policy): void {
  const keyword = raw.keyword as 'COPY' | 'ADD';
  const text = build.text;
  const isJson = raw.argsSpan !== null && text[raw.argsSpan.start] === '[';
  let words: { text: string; span: Span }[];
  if (isJson) {
    try {
      const arr = JSON.parse(text.slice(raw.argsSpan!.start, raw.argsSpan!.end)) as unknown;
      if (!Array.isArray(arr)) return;
      words = arr.map((s) => ({ text: String(s), span: raw.argsSpan! }));
    } catch {
      return;
    }
  } else words = raw.args;
  if (words.length < 2) return;
  const destWord = words.at(-1)!;
  const dest = noteExpansion(build, expandVariables(unquote(destWord.text), lookup, build.directives.escape), info.index, destWord.span, lookup).value;
  if (dest === null) return;
  const destPath = resolvePath(scope.workdir, dest);
  const from = raw.flags.find((f) => f.name === 'from')?.value ?? null;
  const checksum = raw.flags.find((f) => f.name === 'checksum')?.value ?? null;
  const ctx = { emit, instruction: info.index, files: scope.files, policy, tick: build.tick };
  const sources: CopyFact['sources'] = words.slice(0, -1).map((w) => ({ text: noteExpansion(build, expandVariables(w.text, lookup, build.directives.escape), info.index, w.span, lookup).value ?? w.text, span: w.span }));
  emit({ kind: 'copy', keyword, sources, dest: destPath, from, heredoc: raw.heredocs.length > 0, instruction: info.index, span: raw.span });
  const many = sources.length > 1 || dest.endsWith('/');
  for (const src of sources) {
    // A source that is a heredoc marker, as the reader found it (`<<EOF`, `<<E"O"F`, `<<-'EOF'`).
    const heredoc = raw.heredocs.find((h) => h.startSpan.start === src.span.start && h.startSpan.end === src.span.end);
    const heredocName = heredoc?.name;
    const target = many ? resolvePath(destPath, heredocName ?? basename(src.text)) : destPath;
    const kind = classifyFile(policy, target);
    if (heredoc) {
      const body = heredoc.contentSpan ? text.slice(heredoc.contentSpan.start, heredoc.contentSpan.end) : '';
      const lines = linesFromText(body, heredoc.contentSpan, heredoc.expand, lookup, scope.stage.imageVariables);
      if (heredoc.expand) for (const l of tooLargeLines(body, heredoc.contentSpan, lookup)) noteExpansion(build, { value: null, used: l.used, tooLarge: true }, info.index, l.span ?? raw.span, lookup);
      const bodyStart = heredoc.contentSpan?.start ?? 0;
      writtenSecrets(ctx, lines, body, (value) => (body.indexOf(value) === -1 ? null : { start: bodyStart + body.indexOf(value), end: bodyStart + body.indexOf(value) + value.length }), raw.span);
      if (kind) writeRepoFile(ctx, target, kind, 'replace', keyword, lines, null, raw.span);
      else scope.files.setLines(target, lines, false);
      continue;
    }
    if (/^[a-z]+:\/\//i.test(src.text) && keyword === 'ADD') {
      emit({ kind: 'download', tool: 'ADD', url: src.text, urlSpan: src.span, insecureFlags: [], instruction: info.index, span: raw.span });
      const finalPath = many || dest.endsWith('/') || scope.files.isDirectory(destPath, policy) ? resolvePath(destPath, basename(src.text)) : destPath;
      const chmod = raw.flags.find((f) => f.name === 'chmod')?.value ?? null;
      const mark = (f: Fact) => {
        if (f.kind === 'key-install' && f.manager === 'apt' && !chmodLetsOthersRead(chmod)) f.unreadable = { chmod };
        if (f.kind === 'key-install') src.key = true;
        emit(f);
      };
      recordFetched({ ...ctx, emit: mark }, 'ADD', src.text, src.span, finalPath, destWord.span, checksum, raw.span);
      continue;
    }
    if (kind) {
      writeRepoFile(ctx, target, kind, 'replace', keyword, null, null, raw.span);
      continue;
    }
    const finalKey = apkKeysDirRoot(policy, destPath) !== null ? resolvePath(destPath, basename(src.text)) : target;
    // A key copied from another stage or image (`COPY --from=…`) is put in place like one from the context.
    if (isApkKeyPath(policy, finalKey) || (from === null && /\.rsa\.pub$/.test(src.text))) {
      recordContextKey(ctx, keyword, src.text, finalKey, destWord.span, raw.span);
      src.key = true;
    } else if (aptKeyPlace(policy, target) && /\.(?:gpg|asc|key|pub)$/.test(target)) {
      recordContextKey(ctx, keyword, src.text, target, destWord.span, raw.span, 'apt');
      src.key = true;
    }
  }
}

/** A downloaded file gets mode 0600 unless `--chmod` says otherwise; a symbolic or computed mode counts as readable. */
function chmodLetsOthersRead(mode: string | null): boolean {
  if (mode === null) return false;
  return /^[0-7]{3,4}$/.test(mode) ? (parseInt(mode, 8) & 0o4) !== 0 : true;
}

function variableFacts(build: Build, raw: RawInstruction, instruction: number, global: boolean, lookup: Lookup): VariableFact[] {
  return readProperties(build.text, raw, build.directives.escape).map((p) => ({
    kind: 'variable',
    keyword: raw.keyword as 'ARG' | 'ENV',
    name: p.name,
    nameSpan: p.nameSpan,
    value: p.value === null ? null : noteExpansion(build, expandVariables(p.value, lookup), instruction, p.valueSpan ?? p.nameSpan, lookup, p.name).value,
    valueSpan: p.valueSpan,
    global,
    instruction,
    span: { start: p.nameSpan.start, end: p.valueSpan?.end ?? p.nameSpan.end },
  }));
}

function labelFacts(build: Build, raw: RawInstruction, instruction: number, lookup: Lookup): LabelFact[] {
  return readProperties(build.text, raw, build.directives.escape).map((p) => ({
    kind: 'label',
    name: p.name,
    nameSpan: p.nameSpan,
    value: p.value === null ? null : noteExpansion(build, expandVariables(p.value, lookup), instruction, p.valueSpan ?? p.nameSpan, lookup, p.name).value,
    valueSpan: p.valueSpan,
    instruction,
    span: { start: p.nameSpan.start, end: p.valueSpan?.end ?? p.nameSpan.end },
  }));
}
