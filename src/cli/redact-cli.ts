/**
 * The command line's own secrets: what it was given that may be one (a `--build-arg` value, a URL
 * with a password in any argument, a `--rule` or `--fail-level` value that is not a word), hidden
 * wherever an error message echoes it, with the credential shapes and the terminal controls.
 */
import { findSecrets } from '../policy/secrets.js';
import { Masker } from '../model/redaction.js';
import { printable } from '../format/safe-text.js';

const VALUED = new Set(['--build-arg', '--rule', '--fail-level']);

export function cliMasker(argv: readonly string[]): Masker {
  const values: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    for (const m of findSecrets(arg)) values.push(arg.slice(m.hideFrom, m.end));
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq !== -1 ? arg.slice(0, eq) : arg;
    if (!VALUED.has(flag)) continue;
    const value = flag === arg ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined) continue;
    for (const m of findSecrets(value)) values.push(value.slice(m.hideFrom, m.end));
    // `NAME=VALUE` or `id=severity`: the part after `=` is the value; a severity is a plain word.
    const vEq = value.indexOf('=');
    const part = flag === '--fail-level' ? value : vEq === -1 ? (flag === '--build-arg' ? '' : value) : value.slice(vEq + 1);
    if (part !== '' && (flag === '--build-arg' || !/^[a-z]+$/.test(part))) values.push(part);
  }
  return new Masker([], values.filter((v) => v.length >= 4));
}

/** An error message as printed: the argument values hidden, shapes hidden, one safe line per line. */
export function shownError(masker: Masker, message: string): string {
  return message
    .split('\n')
    .map((line) => printable(masker.value(line)))
    .join('\n');
}
