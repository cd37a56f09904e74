import { defineRule, type Fix } from '../src/rule.js';
import { findSecrets, isCredentialName, isCredentialValue, isReference } from '../src/policy/secrets.js';
import { alongChain, factsOf, stageInstructions } from '../src/model/query.js';
import { insertRunFlag, removeInstruction } from '../src/fix/builders.js';
import type { Build, InstructionInfo, LabelFact, Stage, VariableFact, Word } from '../src/model/types.js';
import type { Policy } from '../src/policy/index.js';

const STAYS = {
  ARG: 'the image history of the steps that use it',
  ENV: 'the image configuration',
  LABEL: 'the image configuration',
  'ONBUILD ARG': 'the image history of every image built from this one',
  'ONBUILD ENV': 'the configuration of every image built from this one',
  'ONBUILD LABEL': 'the configuration of every image built from this one',
};

export default defineRule({
  id: 'secret-in-arg-or-env',
  meta: {
    description: 'A credential is passed through ARG, ENV or LABEL, whose values stay in the image.',
    severity: 'error',
    fixable: 'sometimes',
    tags: ['security', 'secrets'],
    messages: {
      secretName: '{keyword} {name} holds a credential; its value stays in {stays}. Use a secret mount.',
      secretValue: '{keyword} {name} holds a value shaped like a {label}; it stays in {stays}. Use a secret mount.',
      secretLabel: 'LABEL {name} holds a credential; labels stay in {stays}, readable by anyone who can pull the image. Remove it.',
    },
    options: {},
  },
  check(ctx) {
    const { build, policy } = ctx;
    const names = inheritedNames(build);
    const stageVars = build.stages.flatMap((s) => factsOf(s, 'variable').map((v) => [v, s] as const));
    const all: (readonly [VariableFact, Stage | null])[] = [...build.globalArgs.map((v) => [v, null] as const), ...stageVars];
    for (const [v, stage] of all) {
      ctx.tick();
      const keyword = v.onbuild ? (`ONBUILD ${v.keyword}` as const) : v.keyword;
      const data = { keyword, name: v.name, stays: STAYS[keyword] };
      // An ENV set to nothing stores nothing; an empty ARG default still takes a --build-arg.
      if (isCredentialName(v.name) && (v.keyword === 'ARG' || stores(build, v))) {
        ctx.report({ messageId: 'secretName', data, span: v.nameSpan, fix: stage && !v.onbuild ? secretMountFix(build, policy, stage, v, names) : null });
        continue;
      }
      const shape = shapeOf(build, v);
      if (shape) ctx.report({ messageId: 'secretValue', data: { ...data, label: shape }, span: v.nameSpan });
    }
    for (const stage of build.stages) {
      for (const l of factsOf(stage, 'label')) {
        ctx.tick();
        const keyword = l.onbuild ? 'ONBUILD LABEL' : 'LABEL';
        if (isCredentialName(l.name) && stores(build, l)) ctx.report({ messageId: 'secretLabel', data: { name: l.name, stays: STAYS[keyword] }, span: l.nameSpan });
        else {
          const shape = shapeOf(build, l);
          if (shape) ctx.report({ messageId: 'secretValue', data: { keyword, name: l.name, label: shape, stays: STAYS[keyword] }, span: l.nameSpan });
        }
      }
    }
  },
});

/** The value as written can be a credential: not nothing, and not a path (where a secret is, not what it is). A reference (`$TOKEN`) copies one. */
function stores(build: Build, v: VariableFact | LabelFact): boolean {
  if (!v.valueSpan) return false;
  const written = build.text.slice(v.valueSpan.start, v.valueSpan.end);
  return isReference(written.replace(/^["']/, '')) || isCredentialValue(written);
}

/** The label of a known token shape in the value as written; URL passwords are credentials-in-url's finding. */
function shapeOf(build: Build, v: VariableFact | LabelFact): string | null {
  if (!v.valueSpan) return null;
  return findSecrets(build.text.slice(v.valueSpan.start, v.valueSpan.end)).find((m) => m.shape !== 'url-credentials' && m.shape !== 'url-token-user')?.label ?? null;
}

/** Names of the variables (ARG, ENV) the stages each stage is built FROM declare; a set shared down the chain until a stage adds a name. */
function inheritedNames(build: Build): (stage: Stage) => ReadonlySet<string> {
  const upTo = alongChain<ReadonlySet<string>>(build, (inherited, stage) => {
    const own = factsOf(stage, 'variable').filter((f) => !inherited?.has(f.name));
    return own.length === 0 ? (inherited ?? new Set()) : new Set([...(inherited ?? []), ...own.map((f) => f.name)]);
  });
  return (stage) => (stage.parent === null ? new Set() : upTo(build.stages[stage.parent]!));
}

/**
 * `ARG NAME` (no value) read only as `$NAME`/`${NAME}` by RUNs of its stage becomes a secret mount
 * exposed as the same environment variable (`env=`, Dockerfile 1.10+) on those RUNs. Anything the
 * model cannot prove equivalent gets no fix.
 */
function secretMountFix(build: Build, policy: Policy, stage: Stage, v: VariableFact, inherited: (stage: Stage) => ReadonlySet<string>): Fix | null {
  if (v.keyword !== 'ARG' || v.valueSpan || stage.windows || !syntaxAllowsEnvMount(build.directives.syntax)) return null;
  if (build.globalArgs.some((g) => g.name === v.name && g.value !== null)) return null;
  if (inherited(stage).has(v.name) || stage.facts.some((f) => f !== v && f.kind === 'variable' && (f.name === v.name || f.instruction === v.instruction))) return null;
  const id = v.name === policy.auth.env ? policy.auth.secretId : v.name;
  const readers: InstructionInfo[] = [];
  for (const info of stageInstructions(build, stage)) {
    build.tick();
    if (info.index <= v.instruction) continue;
    if (!build.text.slice(info.span.start, info.span.end).includes(v.name)) continue;
    if (info.keyword !== 'RUN' || !readsOnlyPlainly(build, info, v.name, id)) return null;
    readers.push(info);
  }
  const removal = removeInstruction(build, build.instructions[v.instruction]!);
  if (readers.length === 0 || !removal) return null;
  return {
    title: `Pass ${v.name} as a build secret mounted on the RUNs that read it`,
    safety: 'unsafe',
    edits: [removal, ...readers.map((r) => insertRunFlag(build, r, `--mount=type=secret,id=${id},env=${v.name}`))],
  };
}

/** Every mention of `name` in the RUN is a plain `$name`/`${name}` expansion the shell performs. */
function readsOnlyPlainly(build: Build, info: InstructionInfo, name: string, id: string): boolean {
  const run = info.run;
  if (!run || run.hasErrors || info.mounts.some((m) => m.env === name || m.id === id)) return false;
  const words = new Set<Word>();
  // `export NAME` alone changes nothing: an ARG and a mount's env= are both in the environment.
  const exported = new Set<Word>();
  for (const c of run.commands) {
    if (c.assignments.some((a) => a.name === name)) return false;
    for (const w of [c.name, ...c.args, ...c.assignments.map((a) => a.value), ...c.redirects.map((r) => r.target)]) if (w) words.add(w);
    if (c.name?.value === 'export') for (const a of c.args) if (a.value === name) exported.add(a);
    if (c.redirects.some((r) => r.heredoc?.body.includes(name))) return false;
  }
  const seen = new Set<number>();
  let refs = 0;
  for (const w of words) {
    if (w.span) {
      if (seen.has(w.span.start)) continue;
      seen.add(w.span.start);
    }
    if (exported.has(w)) {
      refs++;
      continue;
    }
    for (const p of w.parts) {
      if (p.kind === 'variable' && p.name === name) {
        if (p.operator !== undefined) return false;
        refs++;
      } else if ((p.kind === 'substitution' || p.kind === 'dynamic') && p.raw.includes(name)) return false;
    }
  }
  // Mentions the parser did not show as expansions (a literal, a comment, a flag) block the fix.
  return refs > 0 && refs === occurrences(build.text.slice(info.span.start, info.span.end), name);
}

function occurrences(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** The secret mount's `env=` option needs Dockerfile 1.10; an older pinned frontend gets no fix. */
function syntaxAllowsEnvMount(syntax: string | null): boolean {
  if (syntax === null) return true;
  const m = /^(?:docker\.io\/)?docker\/dockerfile(?:-upstream)?:(\d{1,3})(?:\.(\d{1,3}))?/.exec(syntax);
  if (!m) return false;
  const major = Number(m[1]);
  return major > 1 || (major === 1 && (m[2] === undefined || Number(m[2]) >= 10));
}

