/**
 * Files put in place by a download, an ADD, a COPY or a `cp`: a signing key or keyring when the path
 * or URL says so, a repository file, or a plain download remembered for a later install.
 */
import { debKeyByUrl } from '../policy/index.js';
import type { AptKeyFormat, Manager, Span } from './types.js';
import type { FactSink } from './commands/types.js';
import { aptKeyPlace, classifyFile, isApkKeyPath } from './files.js';
import { keyInstallFact } from './fact-builders.js';
import { writeRepoFile } from './repo-write.js';

/** A downloaded or added file: a key when it lands in the keys directory or is a key by its URL. */
export function recordFetched(
  ctx: FactSink,
  via: string,
  url: string,
  urlSpan: Span | null,
  dest: string | null,
  destSpan: Span | null,
  checksum: string | null,
  span: Span,
  piped?: { format: AptKeyFormat; unbound?: 'apt-key'; via: string },
): void {
  const kind = dest ? classifyFile(ctx.policy, dest) : null;
  if (kind && dest) {
    writeRepoFile(ctx, dest, kind, 'replace', via, null, null, span);
    return;
  }
  const place = dest ? aptKeyPlace(ctx.policy, dest) : null;
  if (piped || place || debKeyByUrl(ctx.policy, url)) {
    const armoured = debKeyByUrl(ctx.policy, url) !== null || /\.asc$/i.test(url);
    const fact = keyInstallFact(ctx.instruction, {
      manager: 'apt',
      path: dest,
      url,
      via: piped?.via ?? via,
      checksum,
      destSpan,
      urlSpan,
      span,
      format: piped?.format ?? (armoured ? 'armoured' : 'unknown'),
    });
    const unbound = piped?.unbound ?? (place === 'apt-key' || place === 'trusted.gpg.d' ? place : undefined);
    if (unbound) fact.unbound = unbound;
    ctx.emit(fact);
    if (dest) ctx.files.setKey(dest, fact);
    return;
  }
  const looksLikeKey =
    url.startsWith(ctx.policy.apk.keyringUrlPrefix) || /\.rsa\.pub$/.test(url) || (dest !== null && isApkKeyPath(ctx.policy, dest));
  if (!looksLikeKey) {
    if (dest) ctx.files.setDownload(dest, { url, instruction: ctx.instruction, span, checksum });
    return;
  }
  const fact = keyInstallFact(ctx.instruction, {
    manager: 'apk',
    path: dest,
    url,
    via,
    checksum,
    destSpan,
    urlSpan,
    span,
  });
  ctx.emit(fact);
  if (dest) ctx.files.setKey(dest, fact);
}

export function recordContextKey(
  ctx: FactSink,
  via: string,
  source: string,
  dest: string,
  destSpan: Span | null,
  span: Span,
  manager: Manager = 'apk',
): void {
  const fact = keyInstallFact(ctx.instruction, {
    manager,
    path: dest,
    contextSource: source,
    via,
    destSpan,
    span,
  });
  if (manager === 'apt') {
    fact.format = /\.asc$/.test(dest) ? 'armoured' : 'unknown';
    const place = aptKeyPlace(ctx.policy, dest);
    if (place === 'apt-key' || place === 'trusted.gpg.d') fact.unbound = place;
  }
  ctx.emit(fact);
  ctx.files.setKey(dest, fact);
}
