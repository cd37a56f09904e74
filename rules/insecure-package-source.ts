import { defineRule, type Fix } from '../src/rule.js';
import type { Build, Span } from '../src/model/types.js';
import { debSourceMatch, eachFact, rangeOfText, urlForMessage } from '../src/model/query.js';
import { hostOf, type Policy } from '../src/policy/index.js';

const HTTP = /^http:\/\//i;

interface Found {
  url: string;
  what: 'repository' | 'aptSource' | 'key';
  /** Where the URL (or the word/line holding it) is written. */
  span: Span;
}

/** `http` → `https` at the one `http://` written inside the span, when the host is known to serve TLS. */
function upgrade(build: Build, policy: Policy, found: Found, range: Span | null): Fix | null {
  const host = hostOf(found.url);
  if (!host || !(policy.tlsHosts.includes(host) || policy.hosts.includes(host))) return null;
  const at = range ?? found.span;
  const text = build.text.slice(at.start, at.end).toLowerCase();
  const i = text.indexOf('http://');
  if (i === -1 || text.indexOf('http://', i + 1) !== -1) return null;
  // apt needs CA certificates for an https source, which slim Debian images lack until ca-certificates is installed.
  const safety = found.what === 'aptSource' ? 'unsafe' : 'safe';
  return { title: `Use https:// for ${host}`, safety, edits: [{ start: at.start + i, end: at.start + i + 4, text: 'https' }] };
}

export default defineRule({
  id: 'insecure-package-source',
  meta: {
    description: 'A package repository or signing key is fetched over plain http.',
    severity: 'error',
    fixable: 'sometimes',
    tags: ['security', 'supply-chain'],
    messages: {
      repository: 'The repository {url} is fetched over plain http: apk still checks the signatures, but anyone on the path can see what apk downloads and hold back updates with a stale index.',
      key: 'The signing key {url} is downloaded over plain http: anyone on the path can replace the key every package is checked against.',
      aptSource: 'The apt source {url} is fetched over plain http: anyone on the path can see what apt downloads and hold back updates.',
    },
    options: {},
  },
  check(ctx) {
    const { build, policy } = ctx;
    const found: Found[] = [];
    for (const [write] of eachFact(build, 'repo-write')) {
      if (write.fileKind !== 'repositories') continue;
      for (const line of write.lines) {
        if (!HTTP.test(line.text)) continue;
        // Docker's own images use `http://dhi.io/deb/debian/main` bound to a keyring, as Debian's
        // defaults do: apt checks the index signature with that key. Only where credentials travel
        // (the security source) does plain http stay an error.
        if (write.manager === 'apt' && (line.signedBy || line.signedByInline) && debSourceMatch(policy, line.text)?.auth === false) continue;
        found.push({ url: line.text, what: write.manager === 'apt' ? 'aptSource' : 'repository', span: line.span ?? write.edit?.span ?? write.span });
      }
    }
    for (const [cmd] of eachFact(build, 'package-command')) {
      for (const x of cmd.extraRepositories) {
        if (HTTP.test(x.url)) found.push({ url: x.url, what: 'repository', span: x.span ?? x.optionSpan ?? cmd.span });
      }
    }
    const keyUrls = new Set<string>();
    for (const [key] of eachFact(build, 'key-install')) {
      // A `cp`/`mv` of a downloaded key carries its URL along; the download itself is reported.
      if (key.url === null || key.urlSpan === null) continue;
      keyUrls.add(key.url);
      if (HTTP.test(key.url)) found.push({ url: key.url, what: 'key', span: key.urlSpan ?? key.span });
    }
    // A key fetched to stdout or a temporary file records no key install of its own.
    for (const [dl] of eachFact(build, 'download')) {
      const isKey = keyUrls.has(dl.url) || dl.url.replace(HTTP, 'https://').startsWith(policy.apk.keyringUrlPrefix);
      if (isKey && HTTP.test(dl.url)) found.push({ url: dl.url, what: 'key', span: dl.urlSpan ?? dl.span });
    }
    const seen = new Set<string>();
    for (const f of found) {
      const range = rangeOfText(build, f.span, f.url);
      const span = range ?? f.span;
      const id = `${span.start}:${span.end}:${f.url}`;
      if (seen.has(id)) continue;
      seen.add(id);
      ctx.report({ messageId: f.what, data: { url: urlForMessage(f.url) }, span, fix: upgrade(build, policy, f, range) });
    }
  },
});
