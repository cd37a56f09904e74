/** The rule registry, sorted by id. Ids are a contract: users write them in config and comments. */
import type { AnyRule } from '../src/rule.js';
import authScope from './auth-scope.js';
import credentialsInUrl from './credentials-in-url.js';
import enterpriseWithoutAuth from './enterprise-without-auth.js';
import hardcodedSecret from './hardcoded-secret.js';
import insecurePackageSource from './insecure-package-source.js';
import missingSigningKey from './missing-signing-key.js';
import mixedPackageSources from './mixed-package-sources.js';
import packageManagerInRuntimeImage from './package-manager-in-runtime-image.js';
import repositoriesOverwritten from './repositories-overwritten.js';
import repositoryVersionMismatch from './repository-version-mismatch.js';
import secretFileInImage from './secret-file-in-image.js';
import secretInArgOrEnv from './secret-in-arg-or-env.js';
import shellTooDeep from './shell-too-deep.js';
import signingKeyName from './signing-key-name.js';
import trustBypass from './trust-bypass.js';
import unknownDhiTag from './unknown-dhi-tag.js';
import unpinnedBaseImage from './unpinned-base-image.js';
import unsupportedRelease from './unsupported-release.js';
import upstreamPackageSource from './upstream-package-source.js';
import valueTooLarge from './value-too-large.js';

export const RULES: AnyRule[] = [
  authScope,
  credentialsInUrl,
  enterpriseWithoutAuth,
  hardcodedSecret,
  insecurePackageSource,
  missingSigningKey,
  mixedPackageSources,
  packageManagerInRuntimeImage,
  repositoriesOverwritten,
  repositoryVersionMismatch,
  secretFileInImage,
  secretInArgOrEnv,
  shellTooDeep,
  signingKeyName,
  trustBypass,
  unknownDhiTag,
  unpinnedBaseImage,
  unsupportedRelease,
  upstreamPackageSource,
  valueTooLarge,
];
