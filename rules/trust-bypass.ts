import { defineRule, type Edit, type Fix, type FixSafety, type RuleContext } from '../src/rule.js';
import type { Build, PackageCommandFact, Span, Stage, TrustBypassFact } from '../src/model/types.js';
import { activeRepositories, eachFact, factsOf, hardenedMatch, rangeOfText, urlForMessage } from '../src/model/query.js';
import { hostOf, isPolicyHost, type Policy } from '../src/policy/index.js';
import { lineStartOf, removeWord, replace } from '../src/fix/builders.js';

const SAME = (a: Span | null, b: Span) => a !== null && a.start === b.start && a.end === b.end;

/**
 * Without the bypass, apk must verify every active repository with a key it already has: the
 * hardened key by its exact name, or the upstream keys an Alpine base image ships with.
 */
function keysCover(policy: Policy, stage: Stage, cmd: PackageCommandFact): boolean {
  if (cmd.repositoriesUnknown) return false;
  const keys = new Set(cmd.keys.map((k) => k.path));
  return activeRepositories(cmd).every((r) => {
    const match = hardenedMatch(policy, r);
    if (match) return keys.has(`${policy.apk.keysDir}/${match.keyName}`);
    return r.origin === 'base' && stage.distro === 'alpine';
  });
}

function removeFlag(build: Build, policy: Policy, stage: Stage, bypass: TrustBypassFact, cmd: PackageCommandFact | undefined): Fix | null {
  if (!cmd) return null;
  const local = cmd.packages.some((p) => p.value === null || p.value.endsWith('.apk'));
  const safety: FixSafety = !local && keysCover(policy, stage, cmd) ? 'safe' : 'unsafe';
  return { title: `Remove ${bypass.what}`, safety, edits: [removeWord(build, bypass.span)] };
}

/** `ENV SSL_NO_VERIFY_HOSTNAME=1` on its own: the whole instruction and its line break go. */
function removeEnvLine(build: Build, instruction: number): Edit {
  const span = build.instructions[instruction]!.span;
  let end = span.end;
  if (build.text[end] === '\r') end++;
  if (build.text[end] === '\n') end++;
  return { start: lineStartOf(build, span.start), end, text: '' };
}

/** `-k` → removed; a cluster `-fsSLk` → `-fsSL`. */
function dropInsecure(build: Build, flag: string, span: Span): Edit | null {
  if (build.text.slice(span.start, span.end) !== flag) return null;
  if (flag.startsWith('--') || flag === '-k') return removeWord(build, span);
  return replace(span, flag.replace('k', ''));
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
    const line = lines.find((l) => SAME(l.span, bypass.span)) ?? lines.find((l) => l.trusted);
    const span = rangeOfText(build, bypass.span, bypass.what) ?? rangeOfText(build, bypass.span, 'Trusted: yes') ?? bypass.span;
    ctx.report({ messageId: 'aptTrustedSource', data: { what: `[${bypass.what}]`, url: urlForMessage(line?.text ?? '') }, span });
    return;
  }
  const messageId = APT_KIND[bypass.what] ?? 'aptUnauthenticated';
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
    },
    options: {},
  },
  check(ctx) {
    const { build, policy } = ctx;
    const keyUrls = new Set<string>();
    for (const [key] of eachFact(build, 'key-install')) if (key.url) keyUrls.add(key.url);
    for (const stage of build.stages) {
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
          ctx.report({ messageId, data: { dir, keysDir: policy.apk.keysDir }, span: bypass.span, fix: removeFlag(build, policy, stage, bypass, cmd) });
        } else if (bypass.what === 'allow-untrusted') {
          // A line inside a written file: no removal is exact without rewriting the write.
          ctx.report({ messageId: 'configAllowUntrusted', data: { file: policy.apk.configFile }, span: bypass.span });
        } else {
          const env = factsOf(stage, 'variable').filter((v) => v.instruction === bypass.instruction);
          const prefixOf = sameRun.find((c) => c.env.some((e) => e.how === 'prefix' && e.name === 'SSL_NO_VERIFY_HOSTNAME' && SAME(e.span, bypass.span)));
          let fix: Fix | null = null;
          let how = 'exported in the RUN';
          if (env.length > 0) {
            how = 'ENV, for every later RUN';
            // The ENV also reaches the image's runtime environment: removing it changes the image.
            if (env.length === 1) fix = { title: 'Remove SSL_NO_VERIFY_HOSTNAME', safety: 'unsafe', edits: [removeEnvLine(build, bypass.instruction)] };
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
          const edit = f.span ? dropInsecure(build, f.flag, f.span) : null;
          const fix: Fix | null = edit ? { title: `Remove ${f.flag.startsWith('--') ? f.flag : '-k'}`, safety: tls ? 'safe' : 'unsafe', edits: [edit] } : null;
          const what = key ? 'the signing key' : 'repository data from';
          ctx.report({ messageId: 'insecureDownload', data: { flag: f.flag, what, url: urlForMessage(dl.url) }, span, fix });
        }
      }
    }
  },
});
