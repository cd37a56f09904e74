import { defineRule, type Fix } from '../src/rule.js';
import { downloadsFromRepositories, eachFact, rangeOfText } from '../src/model/query.js';
import { insertAt, insertRunFlag } from '../src/fix/builders.js';
import type { Build, EnvBinding, InstructionInfo, PackageCommandFact, Span } from '../src/model/types.js';

export default defineRule({
  id: 'auth-scope',
  meta: {
    description: 'Credentials do not reach the package command that needs them.',
    severity: 'error',
    fixable: 'sometimes',
    tags: ['security', 'correctness'],
    messages: {
      prefixOnly: '{name} is set as a prefix of `{first}` on line {line}, which reaches that command only: `{command}` runs without it.',
      unmountedSecret: '{path} is read, but this RUN does not mount the secret {id}: the file does not exist and the value read is empty.',
      mountedElsewhere: '{path} is read, but this RUN mounts the secret {id} at {target}.',
    },
    options: {},
  },
  check(ctx) {
    const { build, policy } = ctx;
    const name = policy.auth.env;
    const lines = build.lines;

    const byRun = new Map<number, PackageCommandFact[]>();
    for (const [cmd] of eachFact(build, 'package-command')) {
      if (cmd.manager !== 'apk') continue;
      const list = byRun.get(cmd.instruction);
      if (list) list.push(cmd);
      else byRun.set(cmd.instruction, [cmd]);
    }
    for (const cmds of byRun.values()) {
      let prefixed: { cmd: PackageCommandFact; binding: EnvBinding } | null = null;
      for (const cmd of cmds) {
        const own = cmd.env.named(name).find((e) => e.how === 'prefix');
        if (own) {
          prefixed = { cmd, binding: own };
          continue;
        }
        if (!prefixed || !downloadsFromRepositories(cmd) || cmd.env.has(name)) continue;
        const at = prefixed.binding.span?.start ?? prefixed.cmd.commandSpan?.start ?? prefixed.cmd.span.start;
        ctx.report({
          messageId: 'prefixOnly',
          data: { name, first: describe(prefixed.cmd), line: lines.position(at).line, command: describe(cmd) },
          span: commandRange(build, cmd),
          fix: exportFix(build, name, prefixed.binding, prefixed.cmd),
        });
      }
    }

    const fixed = new Set<string>();
    for (const [read] of eachFact(build, 'secret-read')) {
      if (read.mounted) continue;
      const info = build.instructions[read.instruction]!;
      const span = rangeOfText(build, read.span, read.path) ?? read.span;
      const elsewhere = info.mounts.find((m) => m.id === read.id);
      if (elsewhere) {
        ctx.report({ messageId: 'mountedElsewhere', data: { path: read.path, id: read.id, target: elsewhere.target }, span });
        continue;
      }
      const key = `${read.instruction}:${read.id}`;
      const fix = fixed.has(key) ? null : mountFix(build, info, read.id);
      fixed.add(key);
      ctx.report({ messageId: 'unmountedSecret', data: { path: read.path, id: read.id }, span, fix });
    }
  },
});

function describe(cmd: PackageCommandFact): string {
  return cmd.subcommand ? `${cmd.manager} ${cmd.subcommand}` : cmd.manager;
}

/** The command's own range; its command word when the model only knows the whole RUN. */
function commandRange(build: Build, cmd: PackageCommandFact): Span {
  const whole = build.instructions[cmd.instruction]!.span;
  return cmd.span.start === whole.start && cmd.span.end === whole.end && cmd.commandSpan ? cmd.commandSpan : cmd.span;
}

/**
 * `HTTP_AUTH=… apk update && …` → `export HTTP_AUTH=… && apk update && …`. Only when the edit is
 * exact: the assignment is the command's first prefix, the command is a statement of its own (not
 * a later pipeline stage or an `||` branch, where `&&` would regroup the list), and the value is
 * quoted or literal (some shells split an unquoted `export` argument).
 */
function exportFix(build: Build, name: string, binding: EnvBinding, cmd: PackageCommandFact): Fix | null {
  const command = binding.fromCommand !== null ? build.instructions[cmd.instruction]?.run?.commands[binding.fromCommand] : undefined;
  const assignment = command?.assignments[0];
  if (!command || !assignment?.span || !binding.span || assignment.span.start !== binding.span.start) return null;
  if (command.inSubstitution || !(command.joinedBy === null || command.joinedBy === '&&' || command.joinedBy === ';')) return null;
  const value = assignment.value;
  if (value && value.value === null && !/^(["']).*\1$/s.test(value.raw)) return null;
  return {
    title: `Export ${name} for every command of the RUN`,
    safety: 'safe',
    edits: [insertAt(assignment.span.start, 'export '), insertAt(assignment.span.end, ' &&')],
  };
}

/** `RUN …` → `RUN --mount=type=secret,id=<id> …`. */
function mountFix(build: Build, info: InstructionInfo, id: string): Fix | null {
  if (info.keyword !== 'RUN' || info.onbuild) return null;
  return { title: `Mount the secret ${id}`, safety: 'safe', edits: [insertRunFlag(build, info, `--mount=type=secret,id=${id}`)] };
}
