import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isHardenedApkPackage } from '../../src/policy/hardened-packages.js';
// @ts-expect-error -- a plain script without types
import { render } from '../../scripts/hardened-packages.mjs';

const catalog = fileURLToPath(new URL('../../../shared/dhi-catalog/packages.json', import.meta.url));
const data = fileURLToPath(new URL('../../src/policy/hardened-packages-data.ts', import.meta.url));

describe('hardened apk packages', () => {
  it('knows what the hardened main repository builds, subpackages included', () => {
    expect(isHardenedApkPackage('3.23', 'curl')).toBe(true);
    expect(isHardenedApkPackage('3.24', 'openssl-dev')).toBe(true);
    // Alpine community packages are not built there.
    expect(isHardenedApkPackage('3.23', 'imagemagick')).toBe(false);
    expect(isHardenedApkPackage('3.23', 'libzip-dev')).toBe(false);
    expect(isHardenedApkPackage('3.22', 'curl')).toBeNull();
  });

  it.skipIf(!existsSync(catalog))('is generated from the current catalog (npm run hardened-packages)', () => {
    expect(readFileSync(data, 'utf8')).toBe(render(JSON.parse(readFileSync(catalog, 'utf8'))));
  });
});
