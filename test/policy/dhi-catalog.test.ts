/**
 * The DHI catalog data module: current with ../shared/dhi-catalog/images.json (when that file is
 * there; a clean clone has only the committed module), decoded to the same facts, and its tags
 * matched by shape.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCE, OUTPUT, renderCatalogModule } from '../../scripts/dhi-catalog.mjs';
import { buildVariantTag, dhiDefinitions, dhiImageNames, matchDhiTag, nearestDhiImageNames, nearestDhiTags, parseDhiTag, suggestedDhiTags } from '../../src/policy/dhi-catalog.js';

const ABSENT = `${DEFAULT_SOURCE} is absent (as on a clean clone): the committed module is used as it is`;
const source = existsSync(DEFAULT_SOURCE) ? (JSON.parse(readFileSync(DEFAULT_SOURCE, 'utf8')) as { images: Record<string, unknown>[] }) : null;

describe('the generated module', () => {
  it('is current with ../shared/dhi-catalog/images.json (npm run dhi-catalog)', (ctx) => {
    ctx.skip(source === null, ABSENT);
    expect(readFileSync(OUTPUT, 'utf8'), 'src/policy/dhi-catalog-data.ts is stale: run `npm run dhi-catalog`').toBe(renderCatalogModule(source));
  });

  it('decodes to the facts of every definition', (ctx) => {
    ctx.skip(source === null, ABSENT);
    const keys = ['variant', 'distro', 'release', 'packageManager', 'shell', 'runAs', 'repositories', 'keyring', 'tags'] as const;
    // The tags of a definition are a set: the module stores them as versions × suffixes.
    const value = (k: string, v: unknown) => (k === 'tags' ? [...(v as string[])].sort() : v);
    const want = source!.images.map((r) => `${String(r.image).slice('dhi.io/'.length)} ${JSON.stringify(keys.map((k) => value(k, r[k])))}`);
    const got = dhiImageNames().flatMap((name) => dhiDefinitions(name).map((d) => `${name} ${JSON.stringify(keys.map((k) => value(k, d[k])))}`));
    expect(got.sort()).toEqual(want.sort());
  });

  it('refuses a file of another shape with a clear error', () => {
    expect(() => renderCatalogModule({ images: 'x' })).toThrow('images.json: expected { commit, images: [...] }');
    expect(() => renderCatalogModule({ commit: 'c', images: [{ image: 'docker.io/x', variant: 'dev', distro: 'alpine', tags: [] }] })).toThrow('is not under dhi.io/');
  });
});

describe('what the catalog says', () => {
  const def = (name: string, tag: string) => matchDhiTag(name, tag)?.definition ?? null;

  it.each([
    // An -sdk image is "runtime" in the catalog, yet has apk.
    ['dotnet', '9-sdk-alpine3.23', 'runtime', 'apk', ['busybox']],
    ['dotnet', '9-alpine3.23', 'runtime', null, null],
    ['alpine-base', '3.23', 'runtime', null, ['busybox']],
    ['debian-base', 'bookworm', 'runtime', 'apt', ['bash']],
    ['debian-base', 'trixie', 'runtime', null, ['bash']],
    ['static', '20250419', 'runtime', null, null],
    ['php', '8.4-fpm', 'runtime', null, null],
    ['node', '24-alpine3.23-dev', 'dev', 'apk', ['busybox']],
  ])('%s:%s is %s, package manager %s, shell %j', (name, tag, variant, pm, shell) => {
    const d = def(name, tag)!;
    expect([d.variant, d.packageManager, d.shell]).toEqual([variant, pm, shell]);
  });

  it('Alpine 3.23 images keep upstream main and community after the hardened repository; 3.22 ones have only upstream', () => {
    expect(def('node', '24-alpine3.23-dev')!.repositories).toEqual([
      'https://dhi.io/apk/alpine/v3.23/main',
      'https://dl-cdn.alpinelinux.org/alpine/v3.23/main',
      'https://dl-cdn.alpinelinux.org/alpine/v3.23/community',
    ]);
    expect(def('node', '24-alpine3.22-dev')!.repositories).toEqual(['https://dl-cdn.alpinelinux.org/alpine/v3.22/main', 'https://dl-cdn.alpinelinux.org/alpine/v3.22/community']);
    expect(def('node', '24-dev')!.repositories).toEqual(['deb [signed-by=/usr/share/keyrings/dhi-deb-main.gpg] http://dhi.io/deb/debian/main trixie main']);
    expect(def('node', '24-dev')!.keyring).toEqual(['https://dhi.io/keyring/dhi-deb-gpg.D46852F6925E9F71.key']);
  });
});

describe('parseDhiTag', () => {
  it.each([
    ['24.19.0-alpine3.23-dev', '24.19.0', 'alpine3.23', ['dev']],
    ['22.23.2-0-debian13-sfw-ent-dev', '22.23.2-0', 'debian13', ['sfw', 'ent', 'dev']],
    ['10-sdk-alpine3.22', '10', 'alpine3.22', ['sdk']],
    ['trixie-dev', 'trixie', '', ['dev']],
    ['3.13-trixie-dev', '3.13', 'debian13', ['dev']],
    ['11.0.32.10.1-r0-alpine3.23', '11.0.32.10.1-r0', 'alpine3.23', []],
    ['1.28.4-cli-1.7.3-debian12', '1.28.4', 'debian12', ['cli', '#']],
    ['3.14-alpine3.24-fips-dev', '3.14', 'alpine3.24', ['dev']],
  ])('%s', (tag, version, form, variants) => {
    const s = parseDhiTag(tag);
    expect([s.version, s.form, s.variants]).toEqual([version, form, variants]);
  });
});

describe('matchDhiTag: by shape', () => {
  it.each([
    ['node', '24.19.0-alpine3.23-dev', '24.19.0-alpine3.23-dev'],
    // Patch and minor versions after the snapshot, on the line the catalog lists.
    ['node', '24.99.3-alpine3.23-dev', '24-alpine3.23-dev'],
    ['php', '8.4.99-alpine3.23-fpm', '8.4-alpine3.23-fpm'],
    // A newer major: the newest definition of the shape.
    ['node', '30-dev', '26.6.0-0-dev'],
    // The bare `-alpine` alias, and no distro (Debian 13).
    ['node', '26-alpine-sfw-dev', '26-alpine-sfw-dev'],
    ['golang', '1.26-dev', '1.26-dev'],
    // A codename as the distro token is read as that Debian release.
    ['python', '3.13-trixie-dev', '3.13-debian13-dev'],
    // A date-versioned line listed only in full.
    ['datascience-notebook', '2026-06-01-dev', '2026-05-11-dev'],
    ['static', '20270101-alpine3.24', '20260611-alpine3.24'],
  ])('%s:%s → %s', (name, tag, matched) => {
    expect(matchDhiTag(name, tag)?.tag).toBe(matched);
  });

  it.each([
    ['dotnet', '9-alpine3.23-dev'],
    ['node', '24-alpine3.24-dev-dev'],
    ['alpine-base', '3.25-dev'],
    ['debian-base', 'forky-dev'],
    ['php', '8.4-fpm-dev'],
    ['static', '20250419-dev'],
    ['node', 'latest'],
  ])('%s:%s matches no definition', (name, tag) => {
    expect(matchDhiTag(name, tag)).toBeNull();
  });

  it('a mirror may add its own date after the tag', () => {
    expect(matchDhiTag('alpine-base', '3.23-dev-2026-04-18')).toBeNull();
    expect(matchDhiTag('alpine-base', '3.23-dev-2026-04-18', { mirror: true })?.tag).toBe('3.23-dev');
  });

  it('every catalog tag with a later patch release matches a definition with the same contents', () => {
    const facts = (d: { variant: string; distro: string; release: string; packageManager: string | null; shell: string[] | null }) => `${d.variant} ${d.distro}${d.release} ${d.packageManager} ${d.shell}`;
    const wrong: string[] = [];
    let checked = 0;
    for (const name of dhiImageNames()) {
      for (const d of dhiDefinitions(name)) {
        for (const tag of d.tags) {
          const s = parseDhiTag(tag);
          if (s.parts.length < 3 || !/^\d+$/.test(s.parts.at(-1)!)) continue;
          const later = tag.replace(s.version, s.version.replace(/\d+$/, (n) => String(Number(n) + 100)));
          checked++;
          const m = matchDhiTag(name, later);
          if (!m || facts(m.definition) !== facts(d)) wrong.push(`${name}:${later} (${tag}) → ${m ? `${m.tag}: ${facts(m.definition)}` : 'none'}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(5000);
    expect(wrong).toEqual([]);
  });
});

describe('the tags to suggest', () => {
  it.each([
    ['dotnet', '9-alpine3.23-dev', ['9-sdk-alpine3.23', '9-alpine3.23', '8-sdk-alpine3.23']],
    ['node', '24-alpine3.24-dev-dev', ['24-alpine3.24-dev', '24-alpine3.24-sfw-dev', '22-alpine3.24-dev']],
    ['alpine-base', '3.25-dev', ['3.24-dev', '3.23-dev', '3.22-dev']],
  ])('nearest to %s:%s', (name, tag, nearest) => {
    expect(nearestDhiTags(name, tag)).toEqual(nearest);
  });

  it.each([
    ['python', '3.14-alpine3.24', '3.14-alpine3.24-dev'],
    ['python', '3.14-alpine3.24-fips', '3.14-alpine3.24-fips-dev'],
    ['node', '24.99.3-alpine3.24', '24.99.3-alpine3.24-dev'],
    ['dotnet', '9-alpine3.23', '9-sdk-alpine3.23'],
    // The SDK has versions of its own: the runtime's patch version is not one of them.
    ['dotnet', '9.0.18-alpine3.23', '9.0-sdk-alpine3.23'],
    ['php', '8.4-fpm', '8.4-dev'],
    ['php', '8.4-alpine3.23-fpm', '8.4-alpine3.23-dev'],
    ['alpine-base', '3.23', '3.23-dev'],
    ['debian-base', 'trixie', 'trixie-dev'],
    ['static', '20250419', null],
  ])('the build variant of %s:%s is %s', (name, tag, build) => {
    expect(buildVariantTag(matchDhiTag(name, tag)!, tag)).toBe(build);
  });

  it('names near an unknown image name, and tags for a reference without one', () => {
    expect(nearestDhiImageNames('nodejs')).toEqual(['node']);
    expect(nearestDhiImageNames('zzzz-unheard-of')).toEqual([]);
    expect(suggestedDhiTags('node')).toEqual(['26', '26-dev']);
  });
});
