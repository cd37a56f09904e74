/** Command-line parsing (node:util parseArgs) into one plain object, and the help text. */
import { parseArgs } from 'node:util';
import { didYouMean } from '../config/suggest.js';
import { UsageError } from './io.js';

export type Command = 'lint' | 'rules' | 'explain' | 'schema' | 'lsp' | 'help' | 'version';

export interface CliArgs {
  command: Command;
  /** For `help`: the command whose help to print (`hardenfile help rules`, `hardenfile rules --help`). */
  helpTopic?: Command;
  /** Paths or globs to lint; the rule id for `explain`. */
  positionals: string[];
  stdin: boolean;
  stdinFilename?: string;
  format: string;
  output?: string;
  config?: string;
  rules: string[];
  buildArgs: string[];
  failLevel?: string;
  /** undefined: decide from NO_COLOR and the terminal. */
  color?: boolean;
  maxSize?: number;
  /** Time budget per file in ms; a file that takes longer is reported as an error. */
  timeout?: number;
  debug: boolean;
  /** Apply safe fixes (and unsafe ones with `unsafeFixes`) and write the files. */
  fix: boolean;
  unsafeFixes: boolean;
  /** Limit fixing to these rules. */
  fixRules: string[];
  /** Print the fixes as a unified diff; write nothing. */
  diff: boolean;
  /** Worker threads for many files (default: the machine's cores). */
  jobs?: number;
}

const OPTIONS = {
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  rule: { type: 'string', multiple: true },
  'build-arg': { type: 'string', multiple: true },
  'fail-level': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'max-size': { type: 'string' },
  timeout: { type: 'string' },
  debug: { type: 'boolean' },
  fix: { type: 'boolean' },
  'unsafe-fixes': { type: 'boolean' },
  'fix-rule': { type: 'string', multiple: true },
  diff: { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
  // Transport flags editors pass to a language server; only stdio is served.
  stdio: { type: 'boolean' },
  'node-ipc': { type: 'boolean' },
  socket: { type: 'string' },
  pipe: { type: 'string' },
  clientProcessId: { type: 'string' },
} as const;

const SUBCOMMANDS: readonly string[] = ['rules', 'explain', 'schema', 'lsp', 'help'];

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (err) {
    throw new UsageError(describeParseError(err as Error & { code?: string }));
  }
  const { values, positionals, tokens } = parsed;
  const firstPositional = tokens.find((t) => t.kind === 'positional' || t.kind === 'option-terminator');
  const sub = firstPositional?.kind === 'positional' && SUBCOMMANDS.includes(firstPositional.value) ? firstPositional.value : null;

  let color: boolean | undefined;
  for (const t of tokens) {
    if (t.kind === 'option' && t.name === 'color') color = true;
    if (t.kind === 'option' && t.name === 'no-color') color = false;
  }

  const args: CliArgs = {
    command: values.help || sub === 'help' ? 'help' : values.version ? 'version' : ((sub as Command | null) ?? 'lint'),
    positionals: sub ? positionals.slice(1) : positionals,
    stdin: values.stdin ?? false,
    format: values.format ?? 'stylish',
    rules: values.rule ?? [],
    buildArgs: values['build-arg'] ?? [],
    debug: values.debug ?? false,
    fix: values.fix ?? false,
    unsafeFixes: values['unsafe-fixes'] ?? false,
    fixRules: values['fix-rule'] ?? [],
    diff: values.diff ?? false,
  };
  if (values['stdin-filename'] !== undefined) args.stdinFilename = values['stdin-filename'];
  if (values.output !== undefined) args.output = values.output;
  if (values.config !== undefined) args.config = values.config;
  if (values['fail-level'] !== undefined) args.failLevel = values['fail-level'];
  if (color !== undefined) args.color = color;
  if (values.jobs !== undefined) {
    if (!/^[1-9]\d*$/.test(values.jobs)) throw new UsageError(`--jobs ${values.jobs}: expected a positive whole number`);
    args.jobs = Number(values.jobs);
  }
  if (values['max-size'] !== undefined) {
    const size = values['max-size'];
    if (!/^[1-9]\d*$/.test(size)) throw new UsageError(`--max-size ${size}: expected a positive number of bytes`);
    args.maxSize = Number(size);
  }
  if (values.timeout !== undefined) {
    if (!/^[1-9]\d*$/.test(values.timeout)) throw new UsageError(`--timeout ${values.timeout}: expected a positive number of milliseconds`);
    args.timeout = Number(values.timeout);
  }

  const transport = (['node-ipc', 'socket', 'pipe'] as const).find((name) => values[name] !== undefined);
  if (args.command === 'lsp') {
    if (transport) throw new UsageError(`hardenfile lsp speaks over standard input and output only: --${transport} is not supported (use --stdio)`);
    if (args.positionals.length > 0) throw new UsageError('hardenfile lsp takes no arguments');
  } else {
    const lspOnly = transport ?? (values.stdio ? 'stdio' : values.clientProcessId !== undefined ? 'clientProcessId' : undefined);
    if (lspOnly !== undefined && args.command !== 'help' && args.command !== 'version') throw new UsageError(`--${lspOnly} is only for hardenfile lsp`);
  }

  if (args.command === 'help') {
    // `hardenfile rules --help` and `hardenfile help rules` print the help of rules.
    const topic = sub === 'help' ? (args.positionals[0] ?? (values.help ? 'help' : undefined)) : (sub ?? undefined);
    if (sub === 'help' && args.positionals.length > 1) throw new UsageError('usage: hardenfile help [command]');
    if (topic !== undefined) {
      if (!HELP_TOPICS.includes(topic)) throw new UsageError(`unknown command ${topic}${didYouMean(topic, HELP_TOPICS) || ` (the commands: ${HELP_TOPICS.join(', ')})`}`);
      args.helpTopic = topic as Command;
    }
    return args;
  }

  if (args.command === 'lint') {
    if (args.positionals.includes('-')) {
      if (args.positionals.length > 1) throw new UsageError('standard input (-) cannot be combined with paths');
      args.positionals = [];
      args.stdin = true;
    }
    if (args.stdin && args.positionals.length > 0) throw new UsageError('--stdin cannot be combined with paths');
    if (args.stdinFilename !== undefined && !args.stdin) throw new UsageError('--stdin-filename needs --stdin or -');
    if (args.fix && args.diff) throw new UsageError('--fix writes files and --diff only shows the changes: choose one');
    if ((args.unsafeFixes || args.fixRules.length > 0) && !args.fix && !args.diff) {
      throw new UsageError(`${args.unsafeFixes ? '--unsafe-fixes' : '--fix-rule'} needs --fix or --diff`);
    }
  } else if (args.command === 'explain') {
    if (args.positionals.length !== 1) throw new UsageError('usage: hardenfile explain <rule>');
  } else if ((args.command === 'rules' || args.command === 'schema') && args.positionals.length > 0) {
    throw new UsageError(`hardenfile ${args.command} takes no arguments`);
  }
  return args;
}

function describeParseError(err: Error & { code?: string }): string {
  const unknown = /Unknown option '([^']+)'/.exec(err.message);
  if (unknown) {
    const names = Object.keys(OPTIONS).map((n) => `--${n}`);
    return `unknown option ${unknown[1]}${didYouMean(unknown[1]!, names)}`;
  }
  const missing = /Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(err.message);
  if (missing) return `${missing[1]} needs a value`;
  return err.message.split('\n')[0]!;
}

const HELP_TOPICS: readonly string[] = ['rules', 'explain', 'schema', 'lsp', 'help'];

/** The help of a command, or of the whole CLI. */
export function helpText(topic?: Command): string {
  switch (topic) {
    case 'rules':
      return `Usage: hardenfile rules

List the rules: id, default severity, whether a fix exists (always, sometimes, never) and what
each reports. 'hardenfile explain <rule>' prints a rule's documentation.
`;
    case 'explain':
      return `Usage: hardenfile explain <rule>

Print a rule's documentation (rules/<rule>.md): what it reports and why, examples, its fix, its
options, and when not to use it. 'hardenfile rules' lists the rule ids.
`;
    case 'schema':
      return `Usage: hardenfile schema [-o <file>]

Print the JSON Schema of the config file (.hardenfile.yaml, .hardenfile.yml or .hardenfile.json),
for editors that validate and complete it. The package also holds it as schema/hardenfile.schema.json.

Options:
  -o, --output <file>        Write it to a file (its directory is created)
`;
    case 'lsp':
      return `Usage: hardenfile lsp [--stdio] [options]

Run the language server for editors, speaking LSP on standard input and output: diagnostics on
open, change and save, quick fixes, "ignore this rule here", and source.fixAll.hardenfile.
Configuration is looked up beside each document as on the command line.

Options:
  --stdio                    Accepted, as editors pass it (--node-ipc, --socket, --pipe are not)
  -c, --config <file>        Use this config file for every document
  --rule <id=severity>       Set a rule's severity (repeatable)
  --build-arg <NAME[=VALUE]> Value of a build argument (repeatable); NAME alone takes it from the
                             environment, as docker build does
  --max-size <bytes>         Report larger documents as an error (default: 1 MiB)
  --timeout <ms>             Time budget per lint or fix-all (default: 10000)
`;
    case 'help':
      return `Usage: hardenfile help [command]

Print the help of hardenfile, or of one command: ${HELP_TOPICS.join(', ')}.
`;
    default:
      return HELP;
  }
}

export const HELP = `Usage: hardenfile [options] [paths…]
       hardenfile rules | explain <rule> | schema | lsp [--stdio] | help [command]

Lint Dockerfiles that use Docker Hardened System Packages (dhi.io).

Paths are files, directories or globs (default: .). Directories are searched for Dockerfile and
Containerfile, capitalised or in lower case, alone, with a . or - suffix (Dockerfile.dev,
Containerfile-ci) or as an extension (web.Dockerfile), skipping .git, node_modules, files ignored
by .gitignore and the config's \`ignore\` list. A file named on the command line is always linted.

Options:
  -, --stdin                 Lint standard input
  --stdin-filename <name>    Name for standard input (used for config lookup and in output)
  -f, --format <name>        Output format: stylish (default), json, sarif, github, gitlab,
                             checkstyle or junit
  -o, --output <file>        Write the report to a file; only the summary goes to the terminal
  -c, --config <file>        Use this config file for every file (no lookup of .hardenfile.yaml)
  --rule <id=severity>       Set a rule's severity: off, info, warning or error (repeatable)
  --build-arg <NAME[=VALUE]> Value of a build argument, as docker build takes it (repeatable);
                             NAME alone takes the value from the environment
  --fail-level <level>       Lowest severity that fails the run: info, warning (default) or error
  --color, --no-color        Force colours on or off (default: on for a terminal, off if NO_COLOR)
  --max-size <bytes>         Skip (as an error) files larger than this (default: 1 MiB)
  --timeout <ms>             Stop (as an error) on a file that takes longer than this to lint
                             or fix (default: 10000)
  --fix                      Apply safe fixes and write the files (atomically)
  --unsafe-fixes             With --fix or --diff: apply unsafe fixes too (they may need a
                             --secret on the build command or change what is installed)
  --fix-rule <id>            With --fix or --diff: fix only this rule's findings (repeatable)
  --diff                     Print the fixes as a unified diff and write nothing
                             (exit 1 when a file would change)
  -j, --jobs <n>             Threads that lint when there are many files, this one and n-1
                             workers (default: half the cores, at least one; --fix and --diff
                             run in one)
  --debug                    Print stack traces of internal errors
  -v, --version              Print the version
  -h, --help                 Print this help ('hardenfile <command> --help' for a command's)

Commands:
  rules                      List the rules with their default severity
  explain <rule>             Print a rule's documentation
  schema                     Print the JSON Schema of the config file (for editors)
  lsp [--stdio]              Run the language server for editors on standard input and output
                             (honours --config, --rule, --build-arg, --max-size and --timeout)
  help [command]             Print this help, or a command's

Configuration: the nearest .hardenfile.yaml, .hardenfile.yml or .hardenfile.json at or above
each file's directory; flags override it.

Exit codes: 0 no finding at or above the fail level; 1 findings at or above it;
2 usage, config or file errors (unreadable, binary, too large).
`;
