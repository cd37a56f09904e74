/** Image references: splitting, and what a base image says about its distribution and release. */
import type { Policy } from '../policy/index.js';
import { hasDhiTagShape, isDhiCatalogImage, matchDhiTag, nearestDhiImageNames, nearestDhiTags } from '../policy/dhi-catalog.js';
import type { DhiImage, Distro, ImageRef } from './types.js';
import { own } from '../own.js';

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
  return { version, codename: version ? (own(UBUNTU_CODENAMES, version) ?? null) : null };
}

const UBUNTU_BY_CODENAME = new Map(Object.entries(UBUNTU_CODENAMES).map(([v, c]) => [c, v]));
/** An Ubuntu codename as a word of the tag: `eclipse-temurin:21-jdk-noble`, `buildpack-deps:noble-scm`, `*-jammy`. */
const UBUNTU_IN_TAG = new RegExp(`(?:^|-)(?:ubuntu|${Object.values(UBUNTU_CODENAMES).join('|')})(?=-|$)`);

/** What the base image reference tells about the stage (`dhiImage`: what the DHI catalog says of it). */
export function describeBase(ref: ImageRef, policy: Policy, dhiImage: DhiImage | null = dhiImageOf(ref, policy)): BaseFacts {
  const dhi = dhiImage !== null;
  if (dhiImage?.definition) return describeDhiDefinition(ref, dhiImage);
  const name = dhiImage ? dhiImage.name : ref.path.split('/').at(-1)!;
  const tag = ref.tag;
  const out: BaseFacts = { distro: 'unknown', release: null, releaseUnknownReason: null, dhi, dhiVariant: null };
  // No definition matched: guess from the tag; a digest alone does not tell.
  if (dhiImage && dhiImage.unmatched !== 'digest-only') out.dhiVariant = tag !== null && /-(?:dev|sdk)(?:-|$)|^(?:dev|sdk)$/.test(tag) ? 'dev' : 'runtime';
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
    if (debianInTag) out.release = debianInTag[2] ?? own(DEBIAN_CODENAMES, debianInTag[1]!) ?? null;
    else if (tag) {
      const word = tag.split('-')[0]!;
      out.release = CODENAMES.has(word) ? word : (own(DEBIAN_CODENAMES, word.split('.')[0]!) ?? null);
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

/**
 * A base whose tag matched a catalog definition: the distro is the definition's; the release is the
 * one the tag pins (`alpine3.23`, `debian12`), the definition's when the tag names no distro
 * (`24-dev` is Debian 13, `alpine-base:3.23` Alpine 3.23), and unpinned for a bare `-alpine`,
 * which moves to the next Alpine release.
 */
function describeDhiDefinition(ref: ImageRef, image: DhiImage): BaseFacts {
  const def = image.definition!;
  const form = /(?:^|-)(alpine|debian)(\d+(?:\.\d+)?)?(?=-|$)/.exec(ref.tag ?? '');
  const dhiVariant = def.packageManager ? 'dev' : 'runtime';
  const release = form?.[1] === 'alpine' && !form[2] ? null : def.distro === 'alpine' ? def.release : (own(DEBIAN_CODENAMES, def.release) ?? null);
  return { distro: def.distro, release, releaseUnknownReason: release === null ? 'unpinned' : null, dhi: true, dhiVariant };
}

/**
 * The DHI image a reference names: on a DHI registry, under a configured mirror prefix, or in a
 * mirror layout (`<org>/dhi-<name>`, `<registry>/…/dhi/<name>`) when `<name>` is a catalog image
 * and the tag has the shape of one of its tags. Null when it is none.
 */
export function dhiImageOf(ref: ImageRef, policy: Policy): DhiImage | null {
  const full = ref.registry ? `${ref.registry}/${ref.path}` : ref.path;
  if (ref.registry !== null && policy.dhiRegistries.includes(ref.registry)) return lookUp(ref, ref.path, 'registry');
  const prefix = policy.dhiMirrorPrefixes.find((p) => full.startsWith(p.toLowerCase()));
  if (prefix) return lookUp(ref, full.slice(prefix.length), 'configured-mirror');
  const parts = ref.path.split('/');
  const last = parts.at(-1)!;
  const { namePrefix, directory } = policy.dhiMirrorLayouts;
  const name = parts.length >= 2 && last.startsWith(namePrefix) ? last.slice(namePrefix.length) : ref.registry !== null && parts.at(-2) === directory ? last : null;
  if (name === null || ref.tag === null || !isDhiCatalogImage(name) || !hasDhiTagShape(name, ref.tag, { mirror: true })) return null;
  return lookUp(ref, name, 'mirror-layout');
}

function lookUp(ref: ImageRef, name: string, via: DhiImage['via']): DhiImage {
  const image: DhiImage = { name, reference: ref, via, definition: null, tag: null, unmatched: null, nearest: [] };
  if (!isDhiCatalogImage(name)) {
    image.unmatched = 'unknown-image';
    image.nearest = via === 'registry' ? nearestDhiImageNames(name) : [];
  } else if (ref.tag === null) image.unmatched = ref.digest ? 'digest-only' : 'no-tag';
  else {
    const options = { mirror: via !== 'registry' };
    const match = matchDhiTag(name, ref.tag, options);
    if (match) Object.assign(image, { definition: match.definition, tag: match.tag });
    else Object.assign(image, { unmatched: 'unknown-tag', nearest: nearestDhiTags(name, ref.tag, 3, options) });
  }
  return image;
}

export function isDhiImage(ref: ImageRef, policy: Policy): boolean {
  return dhiImageOf(ref, policy) !== null;
}

/**
 * The image a base is declared to stand for in the config's `baseImages` (by name and tag, else by
 * name), with `{tag}` replaced by the tag the FROM names; null when it is not declared.
 */
export function declaredBase(policy: Policy, ref: ImageRef): ImageRef | null {
  const name = ref.registry ? `${ref.registry}/${ref.path}` : ref.path;
  const value = (ref.tag !== null ? own(policy.baseImages, `${name}:${ref.tag.toLowerCase()}`) : undefined) ?? own(policy.baseImages, name);
  if (value === undefined || (value.includes('{tag}') && ref.tag === null)) return null;
  return parseImageRef(value.replaceAll('{tag}', ref.tag ?? ''));
}

/** Official distro images set no environment but PATH: a variable the Dockerfile does not set is unset there. */
const BARE_IMAGES = new Set(['alpine', 'debian', 'ubuntu', 'busybox']);

export function hasBareEnvironment(ref: ImageRef): boolean {
  return ref.registry === null && BARE_IMAGES.has(ref.path);
}
