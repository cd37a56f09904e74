/**
 * Docker's catalog of Docker Hardened Images (`dhi.io/<name>:<tag>`), as data: which definitions
 * each image has, and what each contains (package manager, shell, user, package sources, keys).
 * The data module is generated (`npm run dhi-catalog`) and read the first time a lookup needs it,
 * one image at a time, so a lint of files without DHI bases never pays for it.
 *
 * Tags are matched by shape, `<version>[-<distro><release>][-<variant>…]`, against the catalog's
 * tags for the image: patch versions move on after the snapshot, and not every alias is listed.
 */
import { DHI_CATALOG_COMMIT, dhiCatalogImages, dhiCatalogTables } from './dhi-catalog-data.js';
import { own } from '../own.js';

export { DHI_CATALOG_COMMIT };

/** One image definition of the catalog. */
export interface DhiDefinition {
  /** Catalog name (`node`, `alpine-base`): the image is `dhi.io/<name>`. */
  image: string;
  /** The catalog's own word. An `-sdk` image is `runtime` here, yet has a package manager. */
  variant: 'dev' | 'runtime';
  distro: 'alpine' | 'debian';
  /** `3.23` for Alpine, `13` for Debian. */
  release: string;
  packageManager: 'apk' | 'apt' | null;
  /** Shells the image contains (busybox, bash, dash); null: none, so a shell-form RUN fails. */
  shell: string[] | null;
  runAs: string;
  /** Package sources the image is built from: apk repository URLs, or one-line apt sources. */
  repositories: string[];
  /** Signing key URLs it is built with. */
  keyring: string[];
  tags: string[];
}

/** A tag matched against the catalog: the definition, and the catalog tag of the same shape. */
export interface DhiTagMatch {
  definition: DhiDefinition;
  tag: string;
}

interface Tables {
  repositories: string[][];
  keyrings: string[][];
  suffixes: string[][];
}

interface Entry {
  definitions: DhiDefinition[];
  /** Per definition, its tags as versions × suffixes (the whole tags as versions when they are not a product). */
  parts: { versions: string[]; suffixes: string[] }[];
  /** Each definition's tags with their shapes, built on first use (per definition, and for all). */
  shapes: Shaped[][];
  all: Shaped[] | null;
}

interface Shaped {
  definition: DhiDefinition;
  tag: string;
  shape: TagShape;
}

let tables: Tables | null = null;
let images: string | null = null;
let names: string[] | null = null;
const entries = new Map<string, Entry | null>();

function imageLines(): string {
  images ??= dhiCatalogImages();
  return images;
}

/** Where the line of image `key` starts, or -1 (a name starts the text or follows a line break). */
function lineOf(text: string, key: string): number {
  const needle = `${key}\t`;
  let at = text.indexOf(needle);
  while (at > 0 && text[at - 1] !== '\n') at = text.indexOf(needle, at + 1);
  return at;
}

function decodeRow(name: string, row: string, data: Tables, parts: Entry['parts']): DhiDefinition {
  const [variant, distroRelease, pm, shells, runAs, repos, keys, tags, suffixes] = row.split('|') as [string, string, string, string, string, string, string, string, string];
  const distro = distroRelease.startsWith('alpine') ? 'alpine' : 'debian';
  const versions = tags.split(',');
  const suffixList = suffixes === '' ? null : data.suffixes[Number(suffixes)]!;
  parts.push({ versions, suffixes: suffixList ?? [''] });
  return {
    image: name,
    variant: variant === 'd' ? 'dev' : 'runtime',
    distro,
    release: distroRelease.slice(distro.length),
    packageManager: pm === 'apk' || pm === 'apt' ? pm : null,
    shell: shells === '' ? null : shells.split(','),
    runAs,
    repositories: data.repositories[Number(repos)]!,
    keyring: data.keyrings[Number(keys)]!,
    tags: suffixList ? versions.flatMap((v) => suffixList.map((s) => v + s)) : versions,
  };
}

/** One image's definitions, decoded on first use; the rest of the catalog stays text. */
function entry(name: string): Entry | null {
  const key = name.toLowerCase();
  let e = entries.get(key);
  if (e !== undefined) return e;
  e = null;
  const text = imageLines();
  const at = /^[a-z0-9][a-z0-9._-]*$/.test(key) ? lineOf(text, key) : -1;
  if (at !== -1) {
    const start = at + key.length + 1;
    const end = text.indexOf('\n', start);
    tables ??= JSON.parse(dhiCatalogTables()) as Tables;
    const data = tables;
    const parts: Entry['parts'] = [];
    e = { definitions: text.slice(start, end === -1 ? text.length : end).split(' ').map((r) => decodeRow(key, r, data, parts)), parts, shapes: [], all: null };
  }
  // Bounded: a file may name any number of images the catalog lacks.
  if (entries.size < 1000) entries.set(key, e);
  return e;
}

/** The catalog's definitions of `dhi.io/<name>`; empty when the catalog has no such image. */
export function dhiDefinitions(name: string): readonly DhiDefinition[] {
  return entry(name)?.definitions ?? [];
}

/** Every image name the catalog has. */
export function dhiImageNames(): string[] {
  names ??= imageLines()
    .split('\n')
    .map((line) => line.slice(0, line.indexOf('\t')));
  return names;
}

export function isDhiCatalogImage(name: string): boolean {
  return entry(name) !== null;
}

/** Catalog image names within two edits of `name` (a typo's likely target), nearest first. */
export function nearestDhiImageNames(name: string, limit = 3): string[] {
  const key = name.toLowerCase();
  return dhiImageNames()
    .map((n) => ({ n, d: editDistance(key, n, 2) }))
    .filter((x) => x.d <= 2)
    .sort((a, b) => a.d - b.d || byCode(a.n, b.n))
    .slice(0, limit)
    .map((x) => x.n);
}

/** Levenshtein distance, or `cap + 1` once it exceeds `cap`. */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...cur) > cap) return cap + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * A tag read by shape. `version` is the leading part (`24.19.0`, `22.23.2-0`, `trixie`,
 * `2026-05-11`); then one distro token (`alpine`, `alpine3.23`, `debian`, `debian13`, or a Debian
 * codename after the version) and the variant tokens in order, numbers among them as `#`.
 */
export interface TagShape {
  version: string;
  /** The version's components (`24.19.0-0` → 24, 19, 0, 0), lower-cased, a leading `v` dropped. */
  parts: string[];
  /** The distro token as written, normalised (`alpine3.23`, `debian13`; a codename as `debian<N>`), or '' when none. */
  form: string;
  distro: 'alpine' | 'debian' | null;
  release: string | null;
  /** Tokens after the version, with the distro token kept in place (for rebuilding a tag). */
  rest: string[];
  /** Variant tokens in order, numbers as `#`; `fips` is left out (see FIPS). */
  variants: string[];
  fips: boolean;
}

const CODENAME_RELEASES: Record<string, string> = { buster: '10', bullseye: '11', bookworm: '12', trixie: '13', forky: '14' };
// FIPS variants are published to subscribers but not listed in the public catalog; a `-fips` tag is
// judged as the same tag without it (inferred: the FIPS build of an image has its variant's contents).
const FIPS = 'fips';

function distroToken(token: string): { distro: 'alpine' | 'debian'; release: string | null; form: string } | null {
  const alpine = /^alpine(\d+\.\d+)?$/.exec(token);
  if (alpine) return { distro: 'alpine', release: alpine[1] ?? null, form: token };
  const debian = /^debian(\d+)?$/.exec(token);
  if (debian) return { distro: 'debian', release: debian[1] ?? null, form: token };
  const codename = own(CODENAME_RELEASES, token);
  return codename ? { distro: 'debian', release: codename, form: `debian${codename}` } : null;
}

/** `24.19.0-alpine3.23-dev` → `24.19.0` and the tokens after it (numbers and `r<N>` revisions belong to the version). */
function splitTag(tag: string): [string, string[]] {
  const tokens = tag.toLowerCase().split('-');
  let n = 1;
  while (n < tokens.length && /^(?:\d|r\d+$)/.test(tokens[n]!)) n++;
  return [tokens.slice(0, n).join('-'), tokens.slice(n)];
}

type SuffixShape = Pick<TagShape, 'form' | 'distro' | 'release' | 'rest' | 'variants' | 'fips'>;

function suffixShape(rest: string[]): SuffixShape {
  const shape: SuffixShape = { form: '', distro: null, release: null, rest, variants: [], fips: false };
  for (const token of rest) {
    const d = shape.form === '' ? distroToken(token) : null;
    if (d) Object.assign(shape, d);
    else if (token === FIPS) shape.fips = true;
    else shape.variants.push(/^\d/.test(token) ? '#' : token);
  }
  return shape;
}

function versionParts(version: string): string[] {
  return version.replace(/^v(?=\d)/, '').split(/[.-]/);
}

export function parseDhiTag(tag: string): TagShape {
  const [version, rest] = splitTag(tag);
  return { version, parts: versionParts(version), ...suffixShape(rest) };
}

/** The catalog's suffixes (`-alpine3.23-dev`) are shared by many definitions: each is read once. */
const suffixShapes = new Map<string, SuffixShape>();

/** One definition's tags with their shapes. */
function shapesAt(e: Entry, i: number): Shaped[] {
  let out = e.shapes[i];
  if (out) return out;
  out = [];
  const definition = e.definitions[i]!;
  const { versions, suffixes } = e.parts[i]!;
  for (const v of versions) {
    // A definition stored as whole tags has one empty suffix: read the tag itself.
    const [version, own] = suffixes.length === 1 && suffixes[0] === '' ? splitTag(v) : [v, null];
    const parts = versionParts(version);
    for (const suffix of suffixes) {
      let ss = own ? null : suffixShapes.get(suffix);
      if (!ss) {
        ss = suffixShape(own ?? (suffix === '' ? [] : suffix.slice(1).split('-')));
        if (!own) suffixShapes.set(suffix, ss);
      }
      out.push({ definition, tag: v + suffix, shape: { version, parts, ...ss } });
    }
  }
  e.shapes[i] = out;
  return out;
}

function shapesOf(e: Entry): Shaped[] {
  e.all ??= e.definitions.flatMap((_, i) => shapesAt(e, i));
  return e.all;
}

/** Plain code-unit order: `localeCompare` goes through ICU, far slower on a cold start. */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const isPrefix = (short: readonly string[], long: readonly string[]) => short.length <= long.length && short.every((x, i) => x === long[i]);

/** Does a catalog version line (`24`, `8.4`) take in the tag's version (`24.20.1`, `8.4.30`)? */
function covers(catalogParts: readonly string[], parts: readonly string[]): boolean {
  return isPrefix(catalogParts, parts);
}

/** Compare versions part by part, numerically where both are numbers. */
function compareVersions(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const d = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : byCode(x, y);
    if (d !== 0) return d;
  }
  return 0;
}

/** The release a distro token form means for this image: `alpine` the newest Alpine it has, none or `debian` Debian 13. */
function resolvedRelease(e: Entry, shape: TagShape): { distro: 'alpine' | 'debian'; release: string } | null {
  if (shape.distro && shape.release) return { distro: shape.distro, release: shape.release };
  const distro = shape.distro ?? 'debian';
  const releases = e.definitions.filter((d) => d.distro === distro).map((d) => d.release);
  if (releases.length === 0) return null;
  if (distro === 'debian') return releases.includes('13') ? { distro, release: '13' } : null;
  return { distro, release: releases.sort((a, b) => compareVersions(a.split('.'), b.split('.'))).at(-1)! };
}

export interface MatchOptions {
  /** Mirrors may add a date or build number after the tag (`3.23-dev-2026-04-18`): drop trailing numbers. */
  mirror?: boolean;
}

function userShape(tag: string, options: MatchOptions): TagShape {
  const shape = parseDhiTag(tag);
  if (options.mirror) while (shape.variants.at(-1) === '#') shape.variants.pop();
  return shape;
}

/**
 * The definition a tag of `dhi.io/<name>` names, matched by shape: the same variant tokens in the
 * same order and the same distro token (else the same distro and release), and a version the
 * definition's versions take in (`24` takes in `24.20.1`; a major no definition of that shape has,
 * such as a newer one, is taken by the newest of them; a later release of a line listed only in
 * full by the definition nearest it). Null when none matches.
 */
export function matchDhiTag(name: string, tag: string, options: MatchOptions = {}): DhiTagMatch | null {
  return memo(matches, `${name}\t${tag}\t${options.mirror === true}`, () => findMatch(name, tag, options));
}

/**
 * Answers by (image, tag): a fleet of Dockerfiles names the same few bases again and again, and an
 * answer reads hundreds of catalog tags. Bounded: a file may name any number of tags.
 */
function memo<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  if (cache.has(key)) return cache.get(key)!;
  const value = compute();
  if (cache.size >= 2000) cache.clear();
  cache.set(key, value);
  return value;
}

const matches = new Map<string, DhiTagMatch | null>();
const nearest = new Map<string, string[]>();
const buildTags = new Map<string, string | null>();

function findMatch(name: string, tag: string, options: MatchOptions): DhiTagMatch | null {
  const e = entry(name);
  if (!e) return null;
  // The stored versions × suffixes split a tag as splitTag does, so an exact tag is found without its list.
  const [v, rest] = splitTag(tag);
  const suffix = rest.length ? `-${rest.join('-')}` : '';
  const exact = e.definitions.findIndex((_, i) => {
    const p = e.parts[i]!;
    return p.suffixes.length === 1 && p.suffixes[0] === '' ? p.versions.includes(tag) : p.versions.includes(v) && p.suffixes.includes(suffix);
  });
  if (exact !== -1 && tag === tag.toLowerCase()) return { definition: e.definitions[exact]!, tag };
  const u = userShape(tag, options);
  const all = shapesOf(e);
  const sameVariants = all.filter((c) => sameList(c.shape.variants, u.variants));
  const byForm = sameVariants.filter((c) => c.shape.form === u.form);
  const wanted = resolvedRelease(e, u);
  const byRelease = wanted ? sameVariants.filter((c) => c.definition.distro === wanted.distro && c.definition.release === wanted.release) : [];
  for (const candidates of [byForm, byRelease]) {
    const knownMajor = candidates.some((c) => c.shape.parts[0] === u.parts[0]);
    const covering = candidates.filter((c) => covers(c.shape.parts, u.parts));
    if (covering.length > 0) {
      const best = covering.reduce((a, b) => (b.shape.parts.length > a.shape.parts.length || (b.shape.parts.length === a.shape.parts.length && preferForm(b, a, u)) ? b : a));
      return { definition: best.definition, tag: best.tag };
    }
    // A newer major than the snapshot has: the newest definition of the shape speaks for it.
    if (!knownMajor && /^\d/.test(u.parts[0] ?? '') && candidates.length > 0) {
      const newest = candidates.reduce((a, b) => (compareVersions(b.shape.parts, a.shape.parts) > 0 ? b : a));
      return { definition: newest.definition, tag: newest.tag };
    }
    // A release after the snapshot on a line the catalog lists only in full (`2026-05-11`,
    // `3.3`): the definition sharing the longest start, then the nearest version. Not where the
    // version is the Alpine release itself (`alpine-base:3.23`): 3.25 is another distro release.
    const near = candidates.filter((c) => commonPrefix(c.shape.parts, u.parts) > 0 && c.shape.version !== c.definition.release);
    if (near.length > 0) {
      const rank = (c: (typeof near)[number]) => [commonPrefix(c.shape.parts, u.parts), -versionDistance(c.shape.parts, u.parts)];
      const best = near.reduce((a, b) => {
        const [pa, da] = rank(a);
        const [pb, db] = rank(b);
        return pb! > pa! || (pb === pa && db! > da!) ? b : a;
      });
      return { definition: best.definition, tag: best.tag };
    }
  }
  return null;
}

/** Between two catalog tags of one version line, the one written in the user's distro form. */
function preferForm(b: { shape: TagShape }, a: { shape: TagShape }, u: TagShape): boolean {
  return b.shape.form === u.form && a.shape.form !== u.form;
}

/** Does the tag have the shape of a tag of this image (tokens the image's tags use), even if no definition matches? */
export function hasDhiTagShape(name: string, tag: string, options: MatchOptions = {}): boolean {
  const e = entry(name);
  if (!e) return false;
  if (matchDhiTag(name, tag, options)) return true;
  const u = userShape(tag, options);
  const all = shapesOf(e);
  const tokens = new Set(all.flatMap((c) => c.shape.variants));
  const wordVersion = !/^\d/.test(u.parts[0] ?? '');
  if (wordVersion && !all.some((c) => c.shape.parts[0] === u.parts[0])) return false;
  return u.variants.every((v) => tokens.has(v) || v === 'dev' || v === 'sdk');
}

interface Scored {
  definition: DhiDefinition;
  tag: string;
  score: number;
  distance: number;
}

/** Variant tokens as a set, with `dev`/`sdk` as the wish for a package manager. */
function variantScore(u: TagShape, c: TagShape, definition: DhiDefinition): number {
  const want = new Set(u.variants);
  const have = new Set(c.variants);
  let score = 0;
  for (const v of want) if (!have.has(v)) score -= 2;
  for (const v of have) if (!want.has(v)) score -= 1;
  if ((want.has('dev') || want.has('sdk')) && definition.packageManager) score += 2;
  return score;
}

function commonPrefix(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Tags the catalog has for `dhi.io/<name>` nearest to one it does not have, one a definition, best
 * first: same version line, then the same distro and release, then the closest variant tokens.
 */
export function nearestDhiTags(name: string, tag: string, limit = 3, options: MatchOptions = {}): string[] {
  return memo(nearest, `${name}\t${tag}\t${limit}\t${options.mirror === true}`, () => findNearest(name, tag, limit, options));
}

function findNearest(name: string, tag: string, limit: number, options: MatchOptions): string[] {
  const e = entry(name);
  if (!e) return [];
  const u = userShape(tag, options);
  const wanted = resolvedRelease(e, u);
  const best = new Map<DhiDefinition, Scored>();
  for (const c of shapesOf(e)) {
    let score = Math.min(commonPrefix(c.shape.parts, u.parts), 3) + (c.shape.version === u.version ? 1 : 0);
    if (wanted && c.definition.distro === wanted.distro) score += c.definition.release === wanted.release ? 4 : 2;
    if (c.shape.form === u.form) score += 1;
    score += variantScore(u, c.shape, c.definition);
    const prev = best.get(c.definition);
    if (!prev || score > prev.score || (score === prev.score && c.tag.length < prev.tag.length)) best.set(c.definition, { definition: c.definition, tag: c.tag, score, distance: versionDistance(c.shape.parts, u.parts) });
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.distance - b.distance || a.tag.length - b.tag.length || byCode(a.tag, b.tag))
    .slice(0, limit)
    .map((s) => (u.fips ? withFips(s.tag) : s.tag));
}

/** How far apart two versions are at their first differing part (`3.24` is nearer `3.25` than `3.22` is). */
function versionDistance(a: readonly string[], b: readonly string[]): number {
  const i = commonPrefix(a, b);
  const x = Number(a[i]);
  const y = Number(b[i]);
  return Number.isFinite(x) && Number.isFinite(y) ? Math.abs(x - y) : Number.MAX_SAFE_INTEGER;
}

/** Tags to name for a reference without one: the shortest runtime and dev tags of the newest major. */
export function suggestedDhiTags(name: string): string[] {
  const e = entry(name);
  if (!e) return [];
  const out: string[] = [];
  for (const variant of ['runtime', 'dev'] as const) {
    const shapes = shapesOf(e).filter((c) => c.definition.variant === variant);
    const major = shapes.map((c) => c.shape.parts.slice(0, 1)).sort(compareVersions).at(-1);
    const best = shapes.filter((c) => c.shape.parts[0] === major?.[0]).sort((a, b) => a.tag.length - b.tag.length || byCode(a.tag, b.tag))[0];
    if (best) out.push(best.tag);
  }
  return out;
}

/** `3.14-alpine3.24-dev` → `3.14-alpine3.24-fips-dev`: FIPS goes after the distro token, or after the version. */
function withFips(tag: string): string {
  const s = parseDhiTag(tag);
  const rest = [...s.rest];
  const at = s.form === '' ? 0 : rest.findIndex((t) => distroToken(t) !== null) + 1;
  rest.splice(at, 0, FIPS);
  return [s.version, ...rest].join('-');
}

/**
 * The tag of a variant of the same image with a package manager, for a stage that needs one: the
 * same distro and release, the same version line, the variant tokens nearest the tag's plus `dev`
 * (`24-alpine3.24` → `24-alpine3.24-dev`, `9-alpine3.23` → `9-sdk-alpine3.23` for dotnet, `8.4-fpm`
 * → `8.4-dev` for php). Null when the catalog has none (`static`).
 */
export function buildVariantTag(match: DhiTagMatch, tag: string, options: MatchOptions = {}): string | null {
  return memo(buildTags, `${match.definition.image}\t${match.tag}\t${tag}\t${options.mirror === true}`, () => findBuildVariant(match, tag, options));
}

function findBuildVariant(match: DhiTagMatch, tag: string, options: MatchOptions): string | null {
  const from = match.definition;
  const e = entry(from.image);
  if (!e) return null;
  const u = userShape(tag, options);
  const want: TagShape = { ...u, variants: [...u.variants, 'dev'] };
  const written = tag.slice(0, u.version.length);
  // Only the definitions that could be the build variant: a package manager, the same distro and release.
  const shapes = e.definitions.flatMap((d, i) => (d === from || (d.packageManager && d.distro === from.distro && d.release === from.release) ? shapesAt(e, i) : []));
  const versions = new Map<DhiDefinition, string[]>();
  for (const c of shapes) {
    const list = versions.get(c.definition) ?? [];
    if (!list.includes(c.shape.version)) list.push(c.shape.version);
    versions.set(c.definition, list);
  }
  for (const list of versions.values()) list.sort();
  const versionsOf = (d: DhiDefinition) => versions.get(d)!;
  const fromVersions = versionsOf(from);
  let best: { score: number; tag: string } | null = null;
  for (const c of shapes) {
    const d = c.definition;
    if (!d.packageManager || d.distro !== from.distro || d.release !== from.release) continue;
    const own = versionsOf(d);
    // The same version line as the runtime image (node's dev and runtime images share their
    // versions): keep the tag's version. Else (dotnet's SDK has versions of its own) the SDK's
    // longest version the tag's version starts with.
    const sameLine = sameList(own, fromVersions);
    const version = sameLine ? written : own.filter((v) => covers(versionParts(v), u.parts)).sort((a, b) => b.length - a.length)[0];
    if (!version || (!sameLine && c.shape.version !== version)) continue;
    const score = (sameLine ? 20 : 10) + (c.shape.form === u.form ? 5 : 0) + variantScore(want, c.shape, d);
    const text = [version, ...c.shape.rest].join('-');
    if (!best || score > best.score || (score === best.score && text.length < best.tag.length)) best = { score, tag: text };
  }
  return best ? (u.fips ? withFips(best.tag) : best.tag) : null;
}
