import { defineRule, type Fix, type Report } from '../src/rule.js';
import {
  activeRepositories,
  commandStart,
  debSourceMatch,
  downloadsFromRepositories,
  hardenedMatch,
  packageCommands,
  shellCommandOf,
  urlForMessage,
} from '../src/model/query.js';
import { flagOffset, insertAt, insertRunFlag, setMountOptions } from '../src/fix/builders.js';
import { basename } from '../src/model/words.js';
import type { Policy } from '../src/policy/index.js';
import type { Build, PackageCommandFact, Span, Stage } from '../src/model/types.js';

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
    for (const stage of build.stages) {
      const cmds = packageCommands(stage);
      for (const cmd of cmds) {
        if (!downloadsFromRepositories(cmd) || hasCredentials(policy, cmd)) continue;
        const repo = activeRepositories(cmd).find((r) => hardenedMatch(policy, r)?.auth);
        if (!repo) continue;
        const sameRun = cmds.filter((c) => c.instruction === cmd.instruction);
        // An earlier prefix assignment that stops short of this command is auth-scope's finding.
        const before = sameRun.slice(0, sameRun.indexOf(cmd));
        if (before.some((c) => c.env.some((e) => e.name === policy.auth.env && e.how === 'prefix'))) continue;
        ctx.report({
          messageId: 'noAuth',
          data: { command: cmd.subcommand ? `apk ${cmd.subcommand}` : 'apk', url: urlForMessage(repo.url), env: policy.auth.env },
          span: commandRange(build, cmd),
          fix: authFix(build, policy, sameRun),
        });
      }
      checkApt(build, policy, stage, (r) => ctx.report(r));
    }
  },
});

const TARGET_NAMES = ['target', 'dst', 'destination'];

/** apt reads credentials from auth.conf and auth.conf.d/*.conf: a secret mounted there serves the RUN. One finding a RUN. */
function checkApt(build: Build, policy: Policy, stage: Stage, report: (r: Report) => void): void {
  const deb = policy.deb;
  const isAuthFile = (path: string) => path === deb.authConfFile || (path.startsWith(deb.authConfDir + '/') && path.endsWith('.conf'));
  const reported = new Set<number>();
  for (const cmd of packageCommands(stage, 'apt')) {
    if (reported.has(cmd.instruction) || !downloadsFromRepositories(cmd)) continue;
    if (cmd.mounts.some((m) => isAuthFile(m.target))) continue;
    // The mounted secret copied into auth.conf(.d) earlier in this RUN and removed at its end serves apt too.
    // (One left in the layer is secret-file-in-image's, and this rule still points to the mount.)
    const before = stage.allFacts.slice(0, stage.allFacts.indexOf(cmd));
    if (before.some((f) => f.kind === 'secret-write' && f.removed && f.instruction === cmd.instruction && isAuthFile(f.file))) continue;
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

/** apk reads `HTTP_AUTH` from its environment, and `.netrc` (libfetch). */
function hasCredentials(policy: Policy, cmd: PackageCommandFact): boolean {
  return cmd.env.some((e) => e.name === policy.auth.env && e.secret === true) || cmd.mounts.some((m) => basename(m.target) === '.netrc');
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
  const exportText = `export ${env}="$(cat ${mount?.target ?? `/run/secrets/${secretId}`})" && `;
  const edits = [insertAt(start, exportText)];
  if (!mount) {
    const at = flagOffset(build, info);
    const flag = `--mount=type=secret,id=${secretId} `;
    // Two insertions at one offset would apply in an arbitrary order: make them one.
    if (at === start) edits[0] = insertAt(start, flag + exportText);
    else edits.unshift(insertAt(at, flag));
  }
  return { title: `Pass the ${secretId} build secret to apk as ${env}`, safety: 'unsafe', edits };
}
