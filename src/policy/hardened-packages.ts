/**
 * Whether a package is built by the hardened apk main repository of a release, from the catalog's
 * list of source packages. apk installs binary packages, which aports builds from a source of the
 * same name or as its subpackages (`libzip-dev` from `libzip`); other binary names (`libssl3` from
 * `openssl`) cannot be told from the list, so they are not confirmed.
 */
import { APK_MAIN_SOURCES } from './hardened-packages-data.js';
import { own } from '../own.js';

const sets = new Map<string, Set<string>>();

/** Suffixes of the subpackages aports splits off a source package. */
const SUBPACKAGE = /-(?:dev|doc|libs|static|openrc|utils|tools|dbg|lang|pyc|bash-completion|zsh-completion|fish-completion)$/;

/** True when the hardened main repository of `release` builds `name`; false when that is not confirmed; null for a release it has no list for. */
export function isHardenedApkPackage(release: string, name: string): boolean | null {
  const list = own(APK_MAIN_SOURCES, release);
  if (list === undefined) return null;
  let set = sets.get(release);
  if (!set) sets.set(release, (set = new Set(list.split(' '))));
  if (set.has(name)) return true;
  const source = name.replace(SUBPACKAGE, '');
  return source !== name && set.has(source);
}
