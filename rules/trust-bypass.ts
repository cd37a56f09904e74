import { defineRule, type Fix, type FixSafety, type RuleContext } from '../src/rule.js';
import type { Build, PackageCommandFact, Span, Stage, TrustBypassFact } from '../src/model/types.js';
import { apkKeysCover, eachFact, factsOf, isHardenedAptKey, rangeOfText, urlForMessage } from '../src/model/query.js';
import { hostOf, isPolicyHost, type Policy } from '../src/policy/index.js';
import { apkKeysDirOf } from '../src/model/files.js';
import { removeFlagLetter, removeInstruction, removeWord } from '../src/fix/builders.js';
import { own } from '../src/own.js';

/** Debian releases whose apt (3.0 and later) no longer ships apt-key. */
const APT_KEY_GONE = new Set(['trixie', 'forky', 'sid']);

const SAME = (a: Span | null, b: Span) => a !== null && a.start === b.start && a.end === b.end;

function removeFlag(build: Build, policy: Policy, stage: Stage, bypass: TrustBypassFact, cmd: PackageCommandFact | undefined): Fix | null {
  if (!cmd) return null;
  const local = cmd.packages.some((p) => p.value === null || p.value.endsWith('.apk'));
  const safety: FixSafety = !local && apkKeysCover(policy, stage, cmd) ? 'safe' : 'unsafe';
  return { title: `Remove ${bypass.what}`, safety, edits: [removeWord(build, bypass.span)] };
}

const APT_KIND: Record<string, string> = {
  '--allow-unauthenticated': 'aptUnauthenticated',
  '--allow-untrusted': 'aptUnauthenticated',
  '--force-yes': 'aptUnauthenticated',
  'APT::Get::AllowUnauthenticated': 'aptUnauthenticated',
  '--allow-insecure-repositories': 'aptInsecureRepositories',
  'Acquire::AllowInsecureRepositories': 'aptInsecureRepositories',
  'Acquire::AllowDowngradeToInsecureRepositories': 'aptInsecureRepositories',
  'Acquire::https::Verify-Peer': 'aptVerifyPeer',
  'Acquire::https::Verify-Host': 'aptVerifyPeer',
};

/**
 * apt bypasses: a command-line option is removed (safe when every source the command uses is
 * bound to a keyring the stage has, so apt still verifies; TLS options stay unsafe: a proxy may
 * need them); `[trusted=yes]` and apt.conf lines are reported without a fix.
 */
function aptBypass(ctx: RuleContext, stage: Stage, bypass: TrustBypassFact): void {
  const { build } = ctx;
  if (bypass.what === 'trusted=yes' || bypass.what === 'allow-insecure=yes') {
    const lines = factsOf(stage, 'repo-write').filter((w) => w.instruction === bypass.instruction).flatMap((w) => w.lines);
    const written = bypass.written ?? bypass.what;
    const line =
      lines.find((l) => SAME(l.span, bypass.span)) ?? lines.find((l) => l.options?.some((o) => o.written === written)) ?? lines.find((l) => l.trusted) ?? bypass.source;
    const span = rangeOfText(build, bypass.span, written) ?? bypass.span;
    // Named as the file writes it: `[trusted=1]` on a one-line source, `Trusted: yes` in a deb822 stanza.
    const what = line?.format === 'deb822' ? written : `[${written}]`;
    ctx.report({ messageId: 'aptTrustedSource', data: { what, url: urlForMessage(line?.text ?? '') }, span });
    return;
  }
  const messageId = own(APT_KIND, bypass.what) ?? 'aptUnauthenticated';
  const cmd = factsOf(stage, 'package-command').find((c) => c.instruction === bypass.instruction && c.options.some((o) => SAME(o.span, bypass.span)));
  let fix: Fix | null = null;
  if (cmd) {
    const keys = new Set(cmd.keys.map((k) => k.path));
    const verified = !cmd.repositoriesUnknown && cmd.repositories.every((r) => !r.trusted && r.signedBy != null && keys.has(r.signedBy));
    const safety: FixSafety = verified && messageId !== 'aptVerifyPeer' && !cmd.packages.some((p) => p.value === null || p.value.endsWith('.deb')) ? 'safe' : 'unsafe';
    fix = { title: `Remove ${build.text.slice(bypass.span.start, bypass.span.end)}`, safety, edits: [removeWord(build, bypass.span)] };
  }
  ctx.report({ messageId, data: { what: bypass.what }, span: bypass.span, fix });
}

export default defineRule({
  id: 'trust-bypass',
  meta: {
    description: 'Signature or TLS checks are turned off for packages, repositories or keys.',
    severity: 'error',
    fixable: 'sometimes',
    tags: ['security', 'supply-chain'],
    messages: {
      allowUntrusted: '--allow-untrusted makes apk accept packages and indexes whose signatures are missing or wrong.',
      keysDir: '--keys-dir {dir} makes apk trust the keys in {dir} instead of {keysDir}.',
      configAllowUntrusted: '{file} sets allow-untrusted: every later apk command accepts unsigned packages and indexes.',
      noVerifyHostname: 'SSL_NO_VERIFY_HOSTNAME turns off TLS host name checks for apk downloads ({how}).',
      insecureDownload: '{flag} turns off TLS certificate checks while downloading {what} {url}.',
      aptUnauthenticated: '{what} makes apt install packages whose signatures are missing or wrong.',
      aptInsecureRepositories: '{what} lets apt use repositories whose Release files are unsigned or cannot be verified.',
      aptVerifyPeer: '{what} turns off TLS certificate checks for apt downloads.',
      aptTrustedSource: '{what} on the source {url} makes apt accept it without checking any signature.',
      aptKeyGlobal: '`apt-key` makes apt trust {key} for every source that names no keyring with signed-by=, not only its own{trixie}; save it in {dir} and bind its source to it with signed-by=.',
      downloadedPackage: '{tool} installs {file}, downloaded from {url} on line {line}, without checking any signature: only packages from a signed source are verified.',
    },
    options: {},
  },
  check(ctx) {
    const { build, policy } = ctx;
    const keyUrls = new Set<string>();
    for (const [key] of eachFact(build, 'key-install')) if (key.url) keyUrls.add(key.url);
    const lines = build.lines;
    for (const stage of build.stages) {
      // A .deb from a URL: dpkg (and apt given a file) verifies no signature, whoever built it.
      for (const pkg of factsOf(stage, 'local-package')) {
        if (!pkg.downloaded || pkg.downloaded.checksum) continue;
        const line = lines.position(pkg.downloaded.span.start).line;
        ctx.report({ messageId: 'downloadedPackage', data: { tool: pkg.tool, file: pkg.path, url: urlForMessage(pkg.downloaded.url), line }, span: pkg.span });
      }
      // A third-party key trusted for every source (the hardened key is signing-key-name's).
      for (const key of factsOf(stage, 'key-install')) {
        if (key.manager !== 'apt' || key.unbound !== 'apt-key' || isHardenedAptKey(policy, key)) continue;
        const trixie = stage.distro === 'debian' && stage.release !== null && APT_KEY_GONE.has(stage.release) ? `, and Debian ${stage.release} has no apt-key at all: this RUN fails` : '';
        const name = key.url ?? key.contextSource ?? 'this key';
        ctx.report({ messageId: 'aptKeyGlobal', data: { key: urlForMessage(name), trixie, dir: policy.deb.keyringDirs[0]! }, span: key.urlSpan ?? key.span });
      }
      const commands = factsOf(stage, 'package-command');
      for (const bypass of factsOf(stage, 'trust-bypass')) {
        if (bypass.manager === 'apt') {
          aptBypass(ctx, stage, bypass);
          continue;
        }
        if (bypass.manager !== 'apk') continue;
        const sameRun = commands.filter((c) => c.instruction === bypass.instruction);
        if (bypass.what === '--allow-untrusted' || bypass.what === '--keys-dir') {
          const cmd = sameRun.find((c) => c.options.some((o) => SAME(o.span, bypass.span)));
          const dir = cmd?.options.find((o) => o.name === '--keys-dir')?.value ?? 'another directory';
          const messageId = bypass.what === '--keys-dir' ? 'keysDir' : 'allowUntrusted';
          const keysDir = apkKeysDirOf(policy, cmd?.root ?? '/');
          ctx.report({ messageId, data: { dir, keysDir }, span: bypass.span, fix: removeFlag(build, policy, stage, bypass, cmd) });
        } else if (bypass.what === 'allow-untrusted') {
          // A line inside a written file: no removal is exact without rewriting the write.
          ctx.report({ messageId: 'configAllowUntrusted', data: { file: policy.apk.configFile }, span: bypass.span });
        } else {
          const env = factsOf(stage, 'variable').filter((v) => v.instruction === bypass.instruction);
          const prefixOf = sameRun.find((c) => c.env.named('SSL_NO_VERIFY_HOSTNAME').some((e) => e.how === 'prefix' && SAME(e.span, bypass.span)));
          let fix: Fix | null = null;
          let how = 'exported in the RUN';
          if (env.length > 0) {
            how = 'ENV, for every later RUN';
            // The ENV also reaches the image's runtime environment: removing it changes the image.
            const edit = env.length === 1 ? removeInstruction(build, build.instructions[bypass.instruction]!) : null;
            if (edit) fix = { title: 'Remove SSL_NO_VERIFY_HOSTNAME', safety: 'unsafe', edits: [edit] };
          } else if (prefixOf) {
            how = 'on this apk command';
            const tls = prefixOf.repositories.every((r) => {
              const host = hostOf(r.url);
              return host !== null && (policy.tlsHosts.includes(host) || policy.hosts.includes(host));
            });
            fix = { title: 'Remove SSL_NO_VERIFY_HOSTNAME', safety: tls ? 'safe' : 'unsafe', edits: [removeWord(build, bypass.span)] };
          }
          ctx.report({ messageId: 'noVerifyHostname', data: { how }, span: bypass.span, fix });
        }
      }
      const seen = new Set<number>();
      for (const dl of factsOf(stage, 'download')) {
        const https = dl.url.replace(/^http:/i, 'https:');
        const key = keyUrls.has(dl.url) || https.startsWith(policy.apk.keyringUrlPrefix);
        if (!key && !isPolicyHost(policy, dl.url)) continue;
        const host = hostOf(dl.url);
        const tls = host !== null && (policy.tlsHosts.includes(host) || policy.hosts.includes(host));
        for (const f of dl.insecureFlags) {
          const span = f.span ?? dl.span;
          if (seen.has(span.start)) continue;
          seen.add(span.start);
          const edit = f.span ? removeFlagLetter(build, f.flag, 'k', f.span) : null;
          const fix: Fix | null = edit ? { title: `Remove ${f.flag.startsWith('--') ? f.flag : '-k'}`, safety: tls ? 'safe' : 'unsafe', edits: [edit] } : null;
          const what = key ? 'the signing key' : 'repository data from';
          ctx.report({ messageId: 'insecureDownload', data: { flag: f.flag, what, url: urlForMessage(dl.url) }, span, fix });
        }
      }
    }
  },
});
