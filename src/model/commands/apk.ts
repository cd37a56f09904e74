/** `apk` command lines: global options, the applet, its packages, and the options that touch trust. */
import type { Word } from '../types.js';
import { packageCommandFact } from '../fact-builders.js';
import { apkKeysDirOf } from '../files.js';
import { evalWord, resolvePath, staticValue } from '../words.js';
import type { CommandCall, CommandInterpreter } from './types.js';

export const apkCommand: CommandInterpreter = { interpret: parseApk };

/** apk options that take a value as the next word (apk-tools 2 and 3). */
const VALUED = new Set([
  '-X', '--repository', '--repositories-file', '--repository-config', '--keys-dir', '-p', '--root', '-t', '--virtual',
  '--arch', '--cache-dir', '--cache-max-age', '--wait', '--timeout', '--progress-fd', '--from', '--print-arch', '-o', '--output',
]);

/** Options recorded on the fact because a rule cares about them. */
const RECORDED = new Set(['--allow-untrusted', '--keys-dir', '--repositories-file', '--repository-config', '-p', '--root', '--force-broken-world', '--no-network', '--initdb']);

function parseApk(call: CommandCall): void {
  const { ctx, cmd, args, lookup, env, span } = call;
  const cwd = call.scope.cwd;
  const fact = packageCommandFact(ctx, cmd, 'apk', env, span);
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    const v = staticValue(w, lookup);
    if (v === null || !v.startsWith('-') || v === '-') {
      if (fact.subcommand === null) fact.subcommand = v;
      else fact.packages.push(w);
      continue;
    }
    let name = v;
    let value: string | null = null;
    let valueWord: Word | null = null;
    let optionEnd = w.span?.end ?? null;
    if (v.startsWith('--') && v.includes('=')) {
      name = v.slice(0, v.indexOf('='));
      value = v.slice(v.indexOf('=') + 1);
      valueWord = w;
    } else if (/^-X./.test(v)) {
      name = '-X';
      value = v.slice(2);
      valueWord = w;
    } else if (VALUED.has(v)) {
      valueWord = args[++i] ?? null;
      value = valueWord ? evalWord(valueWord, lookup, ctx.release).text : null;
      optionEnd = valueWord?.span?.end ?? optionEnd;
    }
    const optionSpan = w.span && optionEnd !== null ? { start: w.span.start, end: optionEnd } : null;
    if (name === '-X' || name === '--repository') {
      const url = valueWord === w ? value ?? '' : valueWord ? evalWord(valueWord, lookup, ctx.release).text : '';
      const urlSpan = valueWord === w ? null : (valueWord?.span ?? null);
      fact.extraRepositories.push({ url, span: urlSpan, optionSpan });
    } else if (name === '--repositories-file') {
      fact.repositoriesFile = value ? resolvePath(cwd, value) : null;
    } else if (name === '-p' || name === '--root') {
      fact.root = value ? resolvePath(cwd, value).replace(/(?<=[^/])\/+$/, '') : '/?';
    } else if (name === '--initdb') fact.initdb = true;
    if (RECORDED.has(name)) fact.options.push({ name, value, span: optionSpan });
  }
  const ownKeys = apkKeysDirOf(ctx.policy, fact.root);
  const keysDir = fact.options.filter((o) => o.name === '--keys-dir').at(-1);
  // apk opens --keys-dir relative to its root; an absolute path is that path itself (openat
  // ignores the root's directory then), so `--root /out --keys-dir /etc/apk/keys` trusts the image's keys.
  fact.keysDir = keysDir ? (keysDir.value === null ? null : keysDir.value.startsWith('/') ? resolvePath('/', keysDir.value) : resolvePath(fact.root, keysDir.value)) : ownKeys;
  ctx.emit(fact);
  for (const o of fact.options) {
    // The image's own keys, or the root's: trusting them is what apk does anyway.
    const trusted = o.name === '--keys-dir' && fact.keysDir !== null && (fact.keysDir === ownKeys || fact.keysDir === ctx.policy.apk.keysDir);
    if (o.name === '--allow-untrusted' || (o.name === '--keys-dir' && !trusted)) {
      ctx.emit({ kind: 'trust-bypass', manager: 'apk', what: o.name, instruction: ctx.instruction, span: o.span ?? span });
    }
  }
}
