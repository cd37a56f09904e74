/** `cp`, `mv` and `install`: keys, repository files and secrets moved or copied into place. */
import { aptKeyPlace, classifyFile, isApkKeyPath } from '../files.js';
import { keyInstallFact } from '../fact-builders.js';
import { recordContextKey } from '../placed-files.js';
import { writeRepoFile } from '../repo-write.js';
import type { Word } from '../types.js';
import { basename, resolvePath, staticValue } from '../words.js';
import type { CommandCall, CommandInterpreter } from './types.js';

export const copyCommand: CommandInterpreter = { interpret: copyOrMove };

function copyOrMove(call: CommandCall): void {
  const { ctx, args, lookup, span, removed } = call;
  const tool = call.base;
  const cwd = call.scope.cwd;
  const operands: Word[] = [];
  let targetDir: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const v = staticValue(args[i]!, lookup);
    if (v === null) return;
    if (v === '-t' || v === '--target-directory') {
      targetDir = staticValue(args[++i] ?? args[i]!, lookup);
      continue;
    }
    if (tool === 'install' && (v === '-m' || v === '-o' || v === '-g' || v === '--mode')) {
      i++;
      continue;
    }
    if (v.startsWith('-') && v !== '-') continue;
    operands.push(args[i]!);
  }
  const destWord = targetDir === null ? operands.pop() : null;
  const dest = targetDir !== null ? targetDir : destWord ? staticValue(destWord, lookup) : null;
  if (!dest || !operands.length) return;
  const destPath = resolvePath(cwd, dest);
  for (const srcWord of operands) {
    const src = resolvePath(cwd, staticValue(srcWord, lookup)!);
    const isDir = dest.endsWith('/') || targetDir !== null || operands.length > 1 || ctx.files.isDirectory(destPath, ctx.policy);
    const final = isDir ? resolvePath(destPath, basename(src)) : destPath;
    const key = ctx.files.keyAt(src);
    const kind = classifyFile(ctx.policy, final);
    // `cp /run/secrets/x /etc/…` (or a mount's custom target) puts the secret into the layer.
    if (tool !== 'mv' && (src.startsWith('/run/secrets/') || ctx.mounts.some((m) => m.target === src)) && !/^\/(?:dev|proc)\//.test(final)) {
      ctx.emit({ kind: 'secret-write', file: final, source: src, removed: removed.has(final), instruction: ctx.instruction, span: destWord?.span ?? span });
      ctx.files.setSecretCopy(final, ctx.instruction, removed.has(final));
    }
    if (key) {
      key.movedLater = true;
      const fact = keyInstallFact(ctx.instruction, {
        manager: key.manager,
        path: final,
        url: key.url,
        contextSource: key.contextSource,
        via: tool,
        checksum: key.checksum,
        destSpan: destWord?.span ?? null,
        span,
      });
      if (key.format) fact.format = key.format;
      const place = aptKeyPlace(ctx.policy, final);
      if (key.manager === 'apt' && (place === 'apt-key' || place === 'trusted.gpg.d')) fact.unbound = place;
      ctx.emit(fact);
      ctx.files.setKey(final, fact);
    } else if (kind) {
      writeRepoFile(ctx, final, kind, 'replace', tool, ctx.files.linesOf(src), null, span);
    } else if (isApkKeyPath(ctx.policy, final)) {
      recordContextKey(ctx, tool, src, final, destWord?.span ?? null, span);
    } else if (aptKeyPlace(ctx.policy, final) && /\.(?:gpg|asc|key|pub)$/.test(final)) {
      recordContextKey(ctx, tool, src, final, destWord?.span ?? null, span, 'apt');
    } else {
      ctx.files.copy(src, final);
    }
    if (tool === 'mv') ctx.files.forget(src);
  }
}
