import { defineRule } from '../src/rule.js';
import { activeRepositories, installsPackages, isHardened, packageCommands } from '../src/model/query.js';
import { apkRepositoryUrl, isServedRelease } from '../src/policy/index.js';
import { apkSetupInstructions, describeStageBase, stageHasKey, type KeyInstallStyle } from '../src/fix/hardened-setup.js';
import { insertInstructionsBefore } from '../src/fix/builders.js';

export default defineRule<{ keyInstall: KeyInstallStyle }>({
  id: 'upstream-package-source',
  meta: {
    description: 'Packages are installed from repositories that are not hardened.',
    severity: 'error',
    fixable: 'sometimes',
    tags: ['security', 'supply-chain'],
    messages: {
      upstream: 'apk installs packages from {source}, and no hardened repository is configured in this stage (base {image}).',
      notServed: 'apk installs packages from {source}; Alpine {release} has no hardened repository (served: {served}).',
      unknownRelease: 'apk installs packages from {source}, and no hardened repository is configured; pin the base image ({image}) to a served release to configure one.',
    },
    options: { keyInstall: 'wget' },
  },
  check(ctx) {
    const { build, policy } = ctx;
    // A stage built FROM a stage that gets the setup in this pass inherits it: no second setup.
    const fixedStages = new Set<number>();
    for (const stage of build.stages) {
      if (stage.dhi) continue;
      let fixed = stage.parent !== null && fixedStages.has(stage.parent);
      if (fixed) fixedStages.add(stage.index);
      const reported = new Set<number>();
      for (const cmd of packageCommands(stage)) {
        if (!installsPackages(cmd) || cmd.repositoriesUnknown || reported.has(cmd.instruction)) continue;
        const repos = activeRepositories(cmd);
        if (repos.some((r) => isHardened(policy, r))) continue;
        reported.add(cmd.instruction);
        const source = repos.length === 0 ? 'no repository' : repos[0]!.origin === 'base' ? 'the base image\'s default repositories' : repos[0]!.url;
        const span = cmd.span;
        const image = describeStageBase(stage);
        const release = stage.release;
        if (release === null || release === 'edge') {
          ctx.report({ messageId: 'unknownRelease', data: { source, image }, span });
          continue;
        }
        if (!isServedRelease(policy, release) && policy.apk.mirrors.length === 0) {
          ctx.report({ messageId: 'notServed', data: { source, release, served: policy.apk.servedReleases.join(', ') }, span });
          continue;
        }
        let fix = null;
        // The setup goes before the instruction; a write of the repositories inside that same
        // instruction, before the command, would undo it, so there is no fix to offer then.
        const overwrittenInside = repos.some((r) => r.fact?.kind === 'repo-write' && r.fact.mode !== 'edit' && r.fact.instruction === cmd.instruction);
        if (!fixed && !overwrittenInside) {
          const keyName = apkRepositoryUrl(policy, release).keyName;
          const lines = apkSetupInstructions(policy, release, ctx.options.keyInstall, stageHasKey(policy, cmd.keys, keyName));
          if (lines) {
            fix = {
              title: `Configure the hardened repository for Alpine ${release}`,
              safety: 'safe' as const,
              edits: [insertInstructionsBefore(build, build.instructions[cmd.instruction]!, lines)],
            };
            fixed = true;
            fixedStages.add(stage.index);
          }
        }
        ctx.report({ messageId: 'upstream', data: { source, image }, span, fix });
      }
    }
  },
});
