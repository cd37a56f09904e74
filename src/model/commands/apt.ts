/**
 * apt's commands: `apt-get`/`apt`/`aptitude` with the options that touch trust, package files
 * installed straight from disk (`apt-get install ./x.deb`, `dpkg -i`), and `add-apt-repository`.
 */
import { packageCommandFact } from '../fact-builders.js';
import { aptOptionBypass } from '../apt-formats.js';
import { writeRepoFile } from '../repo-write.js';
import type { PackageCommandFact, RepoLine, Word } from '../types.js';
import type { Lookup } from '../vars.js';
import { resolvePath, staticValue } from '../words.js';
import type { CommandCall, CommandInterpreter } from './types.js';

export const aptCommand: CommandInterpreter = {
  interpret(call) {
    parseApt(call);
    localPackages(call, aptLocalFiles(call.args, call.lookup));
  },
};

export const dpkgCommand: CommandInterpreter = {
  interpret: (call) => localPackages(call, dpkgInstallFiles(call.args, call.lookup)),
};

export const addAptRepositoryCommand: CommandInterpreter = { interpret: addAptRepository };

/** Options that take the next word as their value. */
const VALUED = new Set(['-o', '--option', '-c', '--config-file', '-t', '--target-release', '-a', '--host-architecture', '-q', '--quiet']);
/** Options recorded on the fact because a rule cares about them. */
const BYPASS_FLAGS = new Set(['--allow-unauthenticated', '--allow-insecure-repositories', '--force-yes', '--allow-untrusted']);
const RECORDED = new Set([...BYPASS_FLAGS, '-o', '--option', '-c', '--config-file']);
/**
 * Subcommands that download nothing (they remove, clean or query what is installed): a trust option
 * on them checks nothing away. `apt-get purge --force-yes` is common and harmless.
 */
const DOWNLOADS_NOTHING = new Set(['remove', 'purge', 'autoremove', 'autopurge', 'clean', 'autoclean', 'distclean', 'check', 'list', 'show', 'search', 'policy', 'depends', 'rdepends', 'mark', 'markauto', 'unmarkauto', 'showhold']);

function parseApt(call: CommandCall): void {
  const { ctx, cmd, base: tool, args, lookup, env, span } = call;
  const fact: PackageCommandFact = { ...packageCommandFact(ctx, cmd, 'apt', env, span), tool };
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
    let end = w.span?.end ?? null;
    if (v.startsWith('--') && v.includes('=')) {
      name = v.slice(0, v.indexOf('='));
      value = v.slice(v.indexOf('=') + 1);
    } else if (/^-[oc]./.test(v)) {
      name = v.slice(0, 2);
      value = v.slice(2);
    } else if (VALUED.has(v) && !(v === '-q' || v === '--quiet')) {
      const next = args[++i];
      value = next ? staticValue(next, lookup) : null;
      end = next?.span?.end ?? end;
    }
    if (!RECORDED.has(name)) continue;
    const optionSpan = w.span && end !== null ? { start: w.span.start, end } : null;
    fact.options.push({ name, value, span: optionSpan });
  }
  ctx.emit(fact);
  if (fact.subcommand !== null && DOWNLOADS_NOTHING.has(fact.subcommand)) return;
  for (const o of fact.options) {
    let what: string | null = null;
    if (BYPASS_FLAGS.has(o.name)) what = o.name;
    else if ((o.name === '-o' || o.name === '--option') && o.value && o.value.includes('=')) {
      what = aptOptionBypass(o.value.slice(0, o.value.indexOf('=')), o.value.slice(o.value.indexOf('=') + 1));
    }
    if (what) ctx.emit({ kind: 'trust-bypass', manager: 'apt', what, instruction: ctx.instruction, span: o.span ?? span });
  }
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
function localPackages(call: CommandCall, operands: Word[]): void {
  const { ctx, base: tool, lookup, span } = call;
  const cwd = call.scope.cwd;
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
function addAptRepository(call: CommandCall): void {
  const { ctx, args, lookup, span } = call;
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
