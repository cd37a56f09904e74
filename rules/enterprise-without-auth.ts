import { defineRule, type Fix, type Report, type RuleContext } from '../src/rule.js';
import {
  activeRepositories,
  commandsOfInstruction,
  commandStart,
  debSourceMatch,
  downloadsFromRepositories,
  factsBefore,
  hardenedMatch,
  inheritedFacts,
  packageCommands,
  shellCommandOf,
  urlForMessage,
} from '../src/model/query.js';
import { flagOffset, insertAt, insertRunFlag, replace, setMountOptions } from '../src/fix/builders.js';
import { basename } from '../src/model/words.js';
import type { Policy } from '../src/policy/index.js';
import type { Build, PackageCommandFact, SecretWriteFact, Span, Stage } from '../src/model/types.js';

export default defineRule({
  id: 'enterprise-without-auth',
  meta: {
    description: 'A package command fetches from an authenticated repository without credentials.',
    severity: 'error',
    fixable: 'sometimes',
    tags: ['security', 'correctness'],
    messages: {
      noAuth: '`{command}` fetches from {url}, which needs credentials, but {env} is not set from a build secret in this RUN.',
      aptNoAuth: '`{command}` fetches from {url}, which needs credentials, but this RUN mounts no secret in {dir}.',
    },
    options: {},
  },
  check(ctx) {
    const { build, policy } = ctx;
    const writes: Writes = { inherited: inheritedFacts(build, 'secret-write') };
    for (const stage of build.stages) {
      ctx.tick();
      for (const cmd of packageCommands(stage)) {
        ctx.tick();
        if (!downloadsFromRepositories(cmd) || hasCredentials(policy, stage, cmd, writes)) continue;
        const repo = activeRepositories(cmd).find((r) => hardenedMatch(policy, r)?.auth);
        if (!repo) continue;
        const sameRun = commandsOfInstruction(stage, 'apk', cmd.instruction);
        // An earlier prefix assignment that stops short of this command is auth-scope's finding.
        const before = sameRun.slice(0, sameRun.indexOf(cmd));
        if (before.some((c) => c.env.named(policy.auth.env).some((e) => e.how === 'prefix'))) continue;
        ctx.report({
          messageId: 'noAuth',
          data: { command: cmd.subcommand ? `apk ${cmd.subcommand}` : 'apk', url: urlForMessage(repo.url), env: policy.auth.env },
          span: commandRange(build, cmd),
          fix: authFix(build, policy, sameRun),
        });
      }
      checkApt(ctx, stage, writes);
    }
  },
});

const TARGET_NAMES = ['target', 'dst', 'destination'];

/** apt reads credentials from auth.conf and auth.conf.d/*.conf: a secret mounted there serves the RUN. One finding a RUN. */
function checkApt(ctx: RuleContext, stage: Stage, writes: Writes): void {
  const { build, policy } = ctx;
  const report = (r: Report) => ctx.report(r);
  const deb = policy.deb;
  const isAuthFile = (path: string) => path === deb.authConfFile || (path.startsWith(deb.authConfDir + '/') && path.endsWith('.conf'));
  const reported = new Set<number>();
  for (const cmd of packageCommands(stage, 'apt')) {
    ctx.tick();
    if (reported.has(cmd.instruction) || !downloadsFromRepositories(cmd)) continue;
    if (cmd.mounts.some((m) => isAuthFile(m.target))) continue;
    // Credentials written into auth.conf(.d) before — the mounted secret copied there, or literal
    // text — reach apt: saying "without credentials" would be false. One left in the layer is
    // secret-file-in-image's finding.
    if (credentialWrites(stage, cmd, writes).some((f) => isAuthFile(f.file))) continue;
    const repo = cmd.repositories.find((r) => debSourceMatch(policy, r)?.auth);
    if (!repo) continue;
    reported.add(cmd.instruction);
    const word = cmd.commandSpan ? build.text.slice(cmd.commandSpan.start, cmd.commandSpan.end) : 'apt-get';
    const info = build.instructions[cmd.instruction]!;
    let fix: Fix | null = null;
    if (info.keyword === 'RUN' && !info.onbuild) {
      // A mount of that secret elsewhere is moved, not mounted a second time.
      const mount = info.mounts.find((m) => m.id === deb.authSecretId);
      const edit = mount
        ? setMountOptions(build, mount, [
            ...(mount.options.some((o) => o.name === 'id') ? [] : [{ names: ['id'], value: deb.authSecretId }]),
            { names: TARGET_NAMES, value: deb.authSecretTarget },
            ...(mount.mode ? [] : [{ names: ['mode'], value: deb.authSecretMode }]),
          ])
        : insertRunFlag(build, info, `--mount=type=secret,id=${deb.authSecretId},target=${deb.authSecretTarget},mode=${deb.authSecretMode}`);
      if (edit) fix = { title: `Mount the ${deb.authSecretId} build secret at ${deb.authSecretTarget}`, safety: 'unsafe', edits: [edit] };
    }
    report({
      messageId: 'aptNoAuth',
      data: { command: cmd.subcommand ? `${word} ${cmd.subcommand}` : word, url: urlForMessage(repo.url), dir: deb.authConfDir },
      span: commandRange(build, cmd),
      fix,
    });
  }
}

/** apk reads `HTTP_AUTH` from its environment, and `.netrc` (libfetch): mounted there, or a secret saved there before. */
function hasCredentials(policy: Policy, stage: Stage, cmd: PackageCommandFact, writes: Writes): boolean {
  return (
    cmd.env.named(policy.auth.env).some((e) => e.secret === true) ||
    cmd.mounts.some((m) => basename(m.target) === '.netrc') ||
    credentialWrites(stage, cmd, writes).some((f) => basename(f.file) === '.netrc')
  );
}

/** Secrets written into files before `cmd` that are still there when it runs: by its own RUN, or by an earlier one that kept them. */
function credentialWrites(stage: Stage, cmd: PackageCommandFact, writes: Writes): SecretWriteFact[] {
  return [...writes.inherited(stage), ...factsBefore(stage, 'secret-write', cmd)].filter((f) => f.instruction === cmd.instruction || !f.removed);
}

/** The secret writes of the stages each stage is built FROM, found once per stage. */
interface Writes {
  inherited: (stage: Stage) => SecretWriteFact[];
}

function commandRange(build: Build, cmd: PackageCommandFact): Span {
  const whole = build.instructions[cmd.instruction]!.span;
  return cmd.span.start === whole.start && cmd.span.end === whole.end && cmd.commandSpan ? cmd.commandSpan : cmd.span;
}

/**
 * Mount the policy's secret on the RUN (unless it is mounted) and export it before the RUN's
 * first fetching apk command, so every later command of the RUN sees it.
 */
function authFix(build: Build, policy: Policy, sameRun: PackageCommandFact[]): Fix | null {
  const first = sameRun.find(downloadsFromRepositories);
  const info = first ? build.instructions[first.instruction] : undefined;
  if (!first || !info || info.keyword !== 'RUN' || info.onbuild) return null;
  const shell = shellCommandOf(build, first);
  const start = shell ? commandStart(shell.command) : null;
  if (!shell || start === null || shell.command.inSubstitution) return null;
  if (!(shell.command.joinedBy === null || shell.command.joinedBy === '&&' || shell.command.joinedBy === ';')) return null;
  const { secretId, env } = policy.auth;
  const mount = info.mounts.find((m) => m.id === secretId);
  const value = `"$(cat ${mount?.target ?? `/run/secrets/${secretId}`})"`;
  // The RUN exports the variable already, from something that is no build secret: its value is
  // replaced, since a second `export` would leave two answers to one question.
  const exported = [...new Set(sameRun.flatMap((c) => c.env.named(env).filter((e) => e.how === 'export')).map((e) => e.span))];
  if (exported.length > 1 || (exported.length === 1 && exported[0] === null)) return null;
  const assignment = exported[0];
  const edits = [assignment ? replace(assignment, `${env}=${value}`) : insertAt(start, `export ${env}=${value} && `)];
  const at0 = assignment ? assignment.start : start;
  if (!mount) {
    const at = flagOffset(build, info);
    const flag = `--mount=type=secret,id=${secretId} `;
    // Two insertions at one offset would apply in an arbitrary order: make them one.
    if (at === at0 && !assignment) edits[0] = insertAt(start, flag + `export ${env}=${value} && `);
    else edits.unshift(insertAt(at, flag));
  }
  return { title: `Pass the ${secretId} build secret to apk as ${env}`, safety: 'unsafe', edits };
}
