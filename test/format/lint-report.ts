import { lintText } from '../../src/engine/lint.js';
import type { FileReport } from '../../src/format/types.js';
import { makePolicy } from '../../src/policy/index.js';
import type { ActiveSeverity } from '../../src/rule.js';
import upstreamPackageSource from '../../rules/upstream-package-source.js';

export const UPSTREAM = 'upstream-package-source';

/**
 * A real report from the engine. Only upstream-package-source runs, whose findings on these inputs
 * (`apk add` on alpine:3.23) stay put while other rules are being written.
 */
export async function lintReport(path: string, text: string, severity?: ActiveSeverity): Promise<FileReport> {
  const rules: Record<string, { severity: ActiveSeverity }> = severity ? { [UPSTREAM]: { severity } } : {};
  const result = lintText(text, { config: { rules, policy: makePolicy(), buildArgs: {} }, rules: [upstreamPackageSource] });
  return { path, text, result };
}

export const APK = 'FROM alpine:3.23\nRUN apk add curl\n';
