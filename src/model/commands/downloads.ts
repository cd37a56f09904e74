/** `wget` and `curl`: what is fetched, where it is saved, and the flags that turn TLS checks off. */
import type { Span, Word } from '../types.js';
import { recordFetched } from '../placed-files.js';
import { basename, evalWord, resolvePath, staticValue } from '../words.js';
import { pipedKey } from './keys.js';
import { outputsOf } from './pipeline.js';
import { afterColon, headerSecret, literalArgument } from './secrets.js';
import type { CommandCall, CommandInterpreter } from './types.js';

/** The download handles its own `> file`: the file is what was fetched, not text the command printed. */
export const downloadCommand: CommandInterpreter = { interpret: download, ownsStdout: true };

function download(call: CommandCall): void {
  const { ctx, cmd, args, lookup, span } = call;
  const tool = call.base as 'wget' | 'curl';
  const cwd = call.scope.cwd;
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
    // A credential given on the command line stays in the layer's history (`curl -u ci:pass`).
    const secret = (tool === 'wget' ? WGET_SECRETS : CURL_SECRETS).get(flag);
    if (secret && v.startsWith('--')) {
      if (inline !== null) credential(call, secret, w, v.length - inline.length);
      else if (args[i + 1]) credential(call, secret, args[i + 1]!, 0);
    }
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
            const short = CURL_SECRETS.get(`-${c}`);
            if (short && rest) credential(call, short, w, k + 2);
            else if (short && args[i + 1]) credential(call, short, args[i + 1]!, 0);
            const t = rest ? { value: rest, span: w.span } : take();
            if (c === 'o') output = { path: t.value, span: t.span };
            break;
          }
        }
      }
    }
  }
  // `wget -O https://…/key` with no URL after it: -O takes the URL as the file name, and wget has
  // nothing to fetch (a pattern seen in a public guide). Recorded so a rule can point at it.
  if (output?.path && /^[a-z]+:\/\//i.test(output.path) && !urls.some((u) => /^[a-z]+:\/\//i.test(evalWord(u, lookup).text))) {
    ctx.emit({ kind: 'download', tool, url: output.path, urlSpan: output.span, insecureFlags: insecure, urlAsOutput: true, instruction: ctx.instruction, span });
    return;
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

type Secret = { label: string; pick: (value: string) => [number, number] | null };

const whole = (value: string): [number, number] | null => (value === '' ? null : [0, value.length]);

const CURL_SECRETS = new Map<string, Secret>([
  ['-u', { label: 'password given to curl -u', pick: afterColon }],
  ['--user', { label: 'password given to curl --user', pick: afterColon }],
  ['-U', { label: 'proxy password given to curl -U', pick: afterColon }],
  ['--proxy-user', { label: 'proxy password given to curl --proxy-user', pick: afterColon }],
  ['-H', { label: 'credential in a curl header', pick: headerSecret }],
  ['--header', { label: 'credential in a curl header', pick: headerSecret }],
  ['--proxy-header', { label: 'credential in a curl header', pick: headerSecret }],
  ['--oauth2-bearer', { label: 'bearer token given to curl', pick: whole }],
]);

const WGET_SECRETS = new Map<string, Secret>([
  ['--password', { label: 'password given to wget', pick: whole }],
  ['--http-password', { label: 'password given to wget', pick: whole }],
  ['--ftp-password', { label: 'password given to wget', pick: whole }],
  ['--proxy-password', { label: 'proxy password given to wget', pick: whole }],
  ['--header', { label: 'credential in a wget header', pick: headerSecret }],
]);

/** The flag's value starts at `from` in the word (after `--user=` or `-u`). */
function credential(call: CommandCall, secret: Secret, word: Word, from: number): void {
  literalArgument(call, word, secret.label, (value) => {
    const r = secret.pick(value.slice(from));
    return r && [r[0] + from, r[1] + from];
  });
}

function splitLong(v: string): [string, string | null] {
  const eq = v.indexOf('=');
  return eq === -1 ? [v, null] : [v.slice(0, eq), v.slice(eq + 1)];
}

const WGET_VALUED = new Set(['-T', '--timeout', '-t', '--tries', '--header', '-U', '--user-agent', '--user', '--password', '--http-password', '--http-user', '--ftp-password', '--ftp-user', '--proxy-password', '--proxy-user', '-e', '--execute', '-o', '--output-file', '-a', '--append-output', '--post-data', '--ca-certificate', '-Y']);

const CURL_VALUED = new Set([
  '-H', '--header', '-u', '--user', '-X', '--request', '-d', '--data', '--data-raw', '--data-binary', '-A', '--user-agent', '-e', '--referer',
  '-m', '--max-time', '--retry', '--retry-delay', '--retry-max-time', '-w', '--write-out', '--connect-timeout', '-T', '--upload-file',
  '--cacert', '--capath', '-C', '--continue-at', '-x', '--proxy', '-r', '--range', '-b', '--cookie', '-c', '--cookie-jar', '-F', '--form',
  '--resolve', '--netrc-file', '-K', '--config', '-E', '--cert', '--key', '--proto', '--proto-redir', '-z', '--time-cond',
  '-U', '--proxy-user', '--proxy-header', '--oauth2-bearer',
]);
