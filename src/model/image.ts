/** Image references: splitting, and what a base image says about its distribution and release. */
import type { Policy } from '../policy/index.js';
import type { Distro, ImageRef } from './types.js';

export function parseImageRef(text: string): ImageRef {
  let rest = text;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry: string | null = null;
  const slash = rest.indexOf('/');
  if (slash !== -1) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first.toLowerCase();
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon !== -1) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let path = rest.toLowerCase();
  if ((registry === null || registry === 'docker.io' || registry === 'index.docker.io') && path.startsWith('library/')) {
    path = path.slice('library/'.length);
  }
  if (registry === 'docker.io' || registry === 'index.docker.io') registry = null;
  return { text, registry, path, tag, digest };
}

export interface BaseFacts {
  distro: Distro;
  release: string | null;
  releaseUnknownReason: 'unpinned' | 'digest-only' | 'variable' | 'not-applicable' | null;
  dhi: boolean;
  dhiVariant: 'runtime' | 'dev' | null;
}

const DEBIAN_CODENAMES: Record<string, string> = { '7': 'wheezy', '8': 'jessie', '9': 'stretch', '10': 'buster', '11': 'bullseye', '12': 'bookworm', '13': 'trixie', '14': 'forky' };
const CODENAMES = new Set(Object.values(DEBIAN_CODENAMES).concat(['sid']));
const UBUNTU = /^(?:ubuntu|.*\/ubuntu)$/;
const UBUNTU_CODENAMES: Record<string, string> = {
  '18.04': 'bionic', '20.04': 'focal', '22.04': 'jammy', '24.04': 'noble', '24.10': 'oracular', '25.04': 'plucky', '25.10': 'questing',
};

/**
 * An Ubuntu tag's release: `24.04`, `noble`, `noble-20240423`, `22.04` → version and codename;
 * `latest`, `rolling`, no tag → both null.
 */
export function ubuntuRelease(tag: string | null): { version: string | null; codename: string | null } {
  const words = (tag ?? '').split('-');
  const word = words[0]!;
  // Another image's tag names its Ubuntu by codename anywhere (`21-jdk-noble`, `noble-scm`).
  const named = words.find((w) => UBUNTU_BY_CODENAME.has(w));
  const version = /^\d+\.\d+$/.test(word) ? word : named !== undefined ? UBUNTU_BY_CODENAME.get(named)! : null;
  return { version, codename: version ? (UBUNTU_CODENAMES[version] ?? null) : null };
}

const UBUNTU_BY_CODENAME = new Map(Object.entries(UBUNTU_CODENAMES).map(([v, c]) => [c, v]));
/** An Ubuntu codename as a word of the tag: `eclipse-temurin:21-jdk-noble`, `buildpack-deps:noble-scm`, `*-jammy`. */
const UBUNTU_IN_TAG = new RegExp(`(?:^|-)(?:ubuntu|${Object.values(UBUNTU_CODENAMES).join('|')})(?=-|$)`);

/** What the base image reference tells about the stage. */
export function describeBase(ref: ImageRef, policy: Policy): BaseFacts {
  const dhi = isDhiImage(ref, policy);
  const name = dhi ? dhiRepositoryName(ref, policy) : ref.path.split('/').at(-1)!;
  const tag = ref.tag;
  const out: BaseFacts = { distro: 'unknown', release: null, releaseUnknownReason: null, dhi, dhiVariant: null };
  if (dhi) out.dhiVariant = tag !== null && /-(?:dev|sdk)(?:-|$)|^(?:dev|sdk)$/.test(tag) ? 'dev' : 'runtime';
  if (ref.path === 'scratch' && ref.registry === null) return { ...out, distro: 'scratch', releaseUnknownReason: 'not-applicable' };

  const alpineInTag = tag ? /(?:^|-)alpine(\d+\.\d+)?(?=-|$|\.\d)/.exec(tag) : null;
  if (name === 'alpine' || name === 'alpine-base' || alpineInTag) {
    out.distro = 'alpine';
    if (alpineInTag) {
      if (alpineInTag[1]) out.release = alpineInTag[1];
    } else if (tag) {
      const m = /^(\d+\.\d+)(?:\.\d+)?(?:-|$)/.exec(tag);
      if (m) out.release = m[1]!;
      // Date tags (`alpine:20250108`) are snapshots of edge.
      else if (tag === 'edge' || /^\d{8}$/.test(tag)) out.release = 'edge';
    }
    if (out.release === null) out.releaseUnknownReason = tag === null && ref.digest ? 'digest-only' : 'unpinned';
    return out;
  }

  if (UBUNTU.test(ref.path) || (tag !== null && UBUNTU_IN_TAG.test(tag))) return { ...out, distro: 'ubuntu', releaseUnknownReason: 'not-applicable' };

  const debianInTag = tag ? /(?:^|-)(?:debian(\d+)|(wheezy|jessie|stretch|buster|bullseye|bookworm|trixie|forky|sid))(?=-|$)/.exec(tag) : null;
  if (name === 'debian' || name === 'debian-base' || debianInTag) {
    out.distro = 'debian';
    if (debianInTag) out.release = debianInTag[2] ?? DEBIAN_CODENAMES[debianInTag[1]!] ?? null;
    else if (tag) {
      const word = tag.split('-')[0]!;
      out.release = CODENAMES.has(word) ? word : (DEBIAN_CODENAMES[word.split('.')[0]!] ?? null);
    }
    if (out.release === null) out.releaseUnknownReason = tag === null && ref.digest ? 'digest-only' : 'unpinned';
    return out;
  }

  if (dhi) {
    // DHI has no `latest`: without a tag nothing tells the distribution.
    if (tag === null) return { ...out, releaseUnknownReason: ref.digest ? 'digest-only' : 'unpinned' };
    // A DHI tag that names no distribution is Debian 13.
    out.distro = 'debian';
    out.release = 'trixie';
    return out;
  }
  out.releaseUnknownReason = 'not-applicable';
  return out;
}

/** The DHI repository name: the last path part, without a mirror prefix (`myorg/dhi-node` → `node`). */
function dhiRepositoryName(ref: ImageRef, policy: Policy): string {
  const full = ref.registry ? `${ref.registry}/${ref.path}` : ref.path;
  const prefix = policy.dhiMirrorPrefixes.find((p) => full.startsWith(p.toLowerCase()));
  return prefix ? full.slice(prefix.length) : ref.path.split('/').at(-1)!;
}

export function isDhiImage(ref: ImageRef, policy: Policy): boolean {
  if (ref.registry !== null && policy.dhiRegistries.includes(ref.registry)) return true;
  const full = ref.registry ? `${ref.registry}/${ref.path}` : ref.path;
  return policy.dhiMirrorPrefixes.some((prefix) => full.startsWith(prefix.toLowerCase()));
}

/**
 * The image a base is declared to stand for in the config's `baseImages` (by name and tag, else by
 * name), with `{tag}` replaced by the tag the FROM names; null when it is not declared.
 */
export function declaredBase(policy: Policy, ref: ImageRef): ImageRef | null {
  const name = ref.registry ? `${ref.registry}/${ref.path}` : ref.path;
  const value = (ref.tag !== null ? policy.baseImages[`${name}:${ref.tag.toLowerCase()}`] : undefined) ?? policy.baseImages[name];
  if (value === undefined || (value.includes('{tag}') && ref.tag === null)) return null;
  return parseImageRef(value.replaceAll('{tag}', ref.tag ?? ''));
}

/** Official distro images set no environment but PATH: a variable the Dockerfile does not set is unset there. */
const BARE_IMAGES = new Set(['alpine', 'debian', 'ubuntu', 'busybox']);

export function hasBareEnvironment(ref: ImageRef): boolean {
  return ref.registry === null && BARE_IMAGES.has(ref.path);
}
