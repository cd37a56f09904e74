import { defineRule, type RuleContext } from '../src/rule.js';
import type { Build, DownloadFact, KeyInstallFact, Span, Stage } from '../src/model/types.js';
import type { Edit } from '../src/rule.js';
import { aptSourceLines, factsOf, intendedKeyName, isHardenedAptKey } from '../src/model/query.js';
import { apkKeysDirRoot } from '../src/model/files.js';
import { basename, dirname } from '../src/model/words.js';
import { debKeyByUrl, keyByUrl, type Policy } from '../src/policy/index.js';
import { insertAt, replace } from '../src/fix/builders.js';

function keyUrlOf(policy: Policy, keyName: string): string | null {
  return policy.apk.repositories.find((r) => r.keyName === keyName)?.keyUrl ?? policy.apk.mirrors.find((m) => m.keyName === keyName)?.keyUrl ?? null;
}

/** The range of `value` at the end of `span` (only closing quotes may follow it). */
function rangeAtEnd(build: Build, span: Span | null, value: string): Span | null {
  if (!span || !value) return null;
  const text = build.text.slice(span.start, span.end);
  const tail = /(?<!["'])["']*$/.exec(text)![0].length;
  const end = text.length - tail;
  if (!text.slice(0, end).endsWith(value)) return null;
  return { start: span.start + end - value.length, end: span.start + end };
}

/** The one occurrence of `value` inside `span`. */
function rangeInside(build: Build, span: Span | null, value: string): Span | null {
  if (!span) return null;
  const text = build.text.slice(span.start, span.end);
  const at = text.indexOf(value);
  if (at === -1 || text.indexOf(value, at + 1) !== -1) return null;
  return { start: span.start + at, end: span.start + at + value.length };
}

/**
 * `wget -O https://dhi.io/keyring/<key>` with no URL after it. For apk the fix writes the key's exact
 * path before the URL (`-O /etc/apk/keys/<key> https://…`), which is what the author meant; for apt
 * where the keyring goes depends on the source's signed-by, so no fix is offered.
 */
function checkUrlAsOutput(ctx: RuleContext, dl: DownloadFact): void {
  const { build, policy } = ctx;
  const apk = keyByUrl(policy, dl.url);
  if (!apk && !debKeyByUrl(policy, dl.url) && !dl.url.replace(/^http:/i, 'https:').startsWith(policy.apk.keyringUrlPrefix)) return;
  const written = dl.urlSpan ? build.text.slice(dl.urlSpan.start, dl.urlSpan.end) : null;
  const fix =
    apk && dl.urlSpan && written === dl.url
      ? { title: `Save the key as ${policy.apk.keysDir}/${apk.keyName}`, safety: 'safe' as const, edits: [replace(dl.urlSpan, `${policy.apk.keysDir}/${apk.keyName} ${dl.url}`)] }
      : null;
  ctx.report({ messageId: 'urlAsOutput', data: { tool: dl.tool, url: dl.url }, span: dl.urlSpan ?? dl.span, fix });
}

/** `COPY one.pub /etc/apk/keys/`: the end of the directory as written, where a file name can go. */
function singleCopyIntoDir(build: Build, stage: Stage, fact: KeyInstallFact): Span | null {
  const copy = factsOf(stage, 'copy').find((c) => c.instruction === fact.instruction);
  if (!copy || copy.sources.length !== 1 || !fact.destSpan) return null;
  return rangeAtEnd(build, fact.destSpan, '/');
}

/**
 * apt keys: one trusted globally (`apt-key`, trusted.gpg.d) is reported when it is a hardened key;
 * an armoured key saved without `.asc` is renamed together with every `signed-by=` naming it.
 */
function checkAptKey(ctx: RuleContext, fact: KeyInstallFact): void {
  const { build, policy } = ctx;
  const hardened = isHardenedAptKey(policy, fact);
  if (fact.unbound) {
    if (!hardened) return;
    const how = fact.unbound === 'apt-key' ? 'apt-key' : policy.deb.trustedDir;
    ctx.report({ messageId: 'aptUnbound', data: { key: fact.url ?? fact.contextSource ?? fact.path ?? 'key', how, dir: policy.deb.keyringDirs[0]! }, span: fact.urlSpan ?? fact.destSpan ?? fact.span });
    return;
  }
  if (fact.format !== 'armoured' || !fact.path || fact.path.endsWith('.asc') || fact.movedLater) return;
  const path = fact.path;
  const expected = path.replace(/(?:\.(?:gpg|key|pub|pgp))?$/, '.asc');
  const name = basename(path);
  const nameRange = rangeAtEnd(build, fact.destSpan, name);
  const edits: Edit[] = nameRange ? [replace(nameRange, basename(expected))] : [];
  let complete = nameRange !== null;
  for (const stage of build.stages) {
    for (const { line } of aptSourceLines(stage)) {
      if (line.signedBy !== path) continue;
      const at = rangeInside(build, line.format === 'deb822' ? (line.signedBySpan ?? null) : line.span, path);
      if (at && !edits.some((e) => e.start === at.start)) edits.push(replace(at, expected));
      else if (!at) complete = false;
    }
  }
  const fix = complete ? { title: `Save the key as ${expected}`, safety: 'safe' as const, edits } : null;
  ctx.report({ messageId: 'aptArmouredName', data: { path, expected }, span: nameRange ?? fact.destSpan ?? fact.span, fix });
}

export default defineRule({
  id: 'signing-key-name',
  meta: {
    description: 'A hardened repository signing key is saved under a name or place apk or apt does not match, or fetched from a wrong URL.',
    severity: 'error',
    fixable: 'sometimes',
    tags: ['security', 'supply-chain'],
    messages: {
      wrongName: 'The signing key is saved as {name}, but apk matches index signatures by file name: it must be {expected}.',
      outsideKeysDir: 'The signing key is saved as {path}, outside {keysDir}, so apk never reads it; save it as {expected}.',
      wrongUrl: 'The signing key is fetched from {url}, which serves no current key; the key is at {expected}.',
      urlAsOutput: '`{tool} -O {url}` names the file to save, not what to fetch: nothing is downloaded and the key is never installed. Give the key\'s path to -O and the URL after it.',
      aptUnbound: 'The signing key {key} is added with {how}, so apt trusts it for every source; save it in {dir} and bind it to the hardened source with signed-by=.',
      aptArmouredName: 'The key saved as {path} is ASCII-armoured, but apt reads armoured keys only from files named *.asc: save it as {expected} (or dearmor it with gpg --dearmor).',
    },
    options: {},
  },
  check(ctx) {
    const { build, policy } = ctx;
    const keysDir = policy.apk.keysDir;
    for (const stage of build.stages) {
      for (const dl of factsOf(stage, 'download')) if (dl.urlAsOutput) checkUrlAsOutput(ctx, dl);
      for (const fact of factsOf(stage, 'key-install')) {
        if (fact.manager === 'apt') {
          checkAptKey(ctx, fact);
          continue;
        }
        if (fact.manager !== 'apk') continue;
        const intended = intendedKeyName(policy, fact);
        if (!intended) continue;
        const keyUrl = keyUrlOf(policy, intended);
        const urlStale = fact.url !== null && fact.url.replace(/^http:/i, 'https:').startsWith(policy.apk.keyringUrlPrefix) && keyByUrl(policy, fact.url) === null;
        const urlRange = fact.url ? rangeInside(build, fact.urlSpan, fact.url) : null;
        const urlFix = (title: string): { title: string; safety: 'safe'; edits: Edit[] } | null =>
          urlRange && keyUrl ? { title, safety: 'safe', edits: [replace(urlRange, keyUrl)] } : null;
        if (urlStale) {
          ctx.report({ messageId: 'wrongUrl', data: { url: fact.url!, expected: keyUrl ?? intended }, span: urlRange ?? fact.urlSpan ?? fact.span, fix: urlFix(`Download the key from ${keyUrl}`) });
        }
        if (fact.path === null) continue;
        const name = basename(fact.path);
        // The name as written, when the model knows where (`-O …`, a COPY destination).
        const nameRange = rangeAtEnd(build, fact.destSpan, name);
        const nameFromUrl = nameRange === null && fact.url !== null && basename(fact.url) === name;
        // A root's keys directory (`/out/etc/apk/keys`, for `apk --root /out`) is a keys directory too.
        if (dirname(fact.path) === keysDir || apkKeysDirRoot(policy, dirname(fact.path)) !== null) {
          if (name === intended || (urlStale && nameFromUrl)) continue;
          const dirRange = nameRange ? null : singleCopyIntoDir(build, stage, fact);
          const fix = nameRange
            ? { title: `Save the key as ${intended}`, safety: 'safe' as const, edits: [replace(nameRange, intended)] }
            : nameFromUrl
              ? urlFix(`Download the key from ${keyUrl}`)
              : dirRange
                ? { title: `Save the key as ${intended}`, safety: 'safe' as const, edits: [insertAt(dirRange.end, intended)] }
                : null;
          ctx.report({ messageId: 'wrongName', data: { name, expected: intended }, span: nameRange ?? (nameFromUrl ? urlRange : null) ?? fact.destSpan ?? fact.span, fix });
          continue;
        }
        if (fact.movedLater) continue;
        const expected = `${keysDir}/${intended}`;
        const written = fact.destSpan ? /^["']?([^"'\s$\\]+)["']?$/.exec(build.text.slice(fact.destSpan.start, fact.destSpan.end))?.[1] : undefined;
        const pathRange = written && (written === fact.path || fact.path.endsWith(`/${written}`)) ? rangeAtEnd(build, fact.destSpan, written) : null;
        const fix = pathRange ? { title: `Save the key as ${expected}`, safety: 'safe' as const, edits: [replace(pathRange, expected)] } : null;
        ctx.report({ messageId: 'outsideKeysDir', data: { path: fact.path, keysDir, expected }, span: pathRange ?? fact.destSpan ?? fact.span, fix });
      }
    }
  },
});
