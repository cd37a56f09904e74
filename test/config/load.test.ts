import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigLoader, findConfigFile, parseOverrides, resolveConfig } from '../../src/config/load.js';
import { ConfigError } from '../../src/config/types.js';
import { FAKE_RULES } from './fake-rules.js';
import { tree } from '../cli/harness.js';

describe('nearest config lookup', () => {
  it('finds the config at or above a directory, by name priority', () => {
    const root = tree({ '.hardenfile.json': '{}', '.hardenfile.yaml': '', 'a/b/Dockerfile': '' });
    expect(findConfigFile(path.join(root, 'a/b'))).toBe(path.join(root, '.hardenfile.yaml'));
  });

  it('applies a subdirectory config only below it', () => {
    const root = tree({
      '.hardenfile.yaml': 'rules:\n  missing-signing-key: error\nbuildArgs:\n  ALPINE: "3.23"\n',
      'svc/.hardenfile.yml': 'rules:\n  missing-signing-key: off\nfailLevel: error\n',
      'svc/Dockerfile': '',
      'svc/deep/Dockerfile': '',
      'other/Dockerfile': '',
    });
    const loader = new ConfigLoader({ rules: FAKE_RULES, cwd: root });
    const svc = loader.forFile(path.join(root, 'svc/Dockerfile'));
    expect(svc.path).toBe(path.join(root, 'svc/.hardenfile.yml'));
    expect(svc.config.rules['missing-signing-key']).toEqual({ severity: 'off' });
    expect(svc.failLevel).toBe('error');
    // Nearest config wins whole: the root's buildArgs do not leak into svc/.
    expect(svc.config.buildArgs).toEqual({});
    expect(loader.forFile(path.join(root, 'svc/deep/Dockerfile')).path).toBe(path.join(root, 'svc/.hardenfile.yml'));

    const sibling = loader.forFile(path.join(root, 'other/Dockerfile'));
    expect(sibling.path).toBe(path.join(root, '.hardenfile.yaml'));
    expect(sibling.config.rules['missing-signing-key']).toEqual({ severity: 'error' });
    expect(sibling.config.buildArgs).toEqual({ ALPINE: '3.23' });
    expect(sibling.failLevel).toBe('warning');
  });

  it('uses --config for every file, and reports a missing one', () => {
    const root = tree({ 'cfg/custom.yaml': 'failLevel: info\n', 'svc/.hardenfile.yaml': 'failLevel: error\n', 'svc/Dockerfile': '' });
    const loader = new ConfigLoader({ rules: FAKE_RULES, cwd: root, configFile: 'cfg/custom.yaml' });
    expect(loader.forFile(path.join(root, 'svc/Dockerfile')).failLevel).toBe('info');
    const missing = new ConfigLoader({ rules: FAKE_RULES, cwd: root, configFile: 'nope.yaml' });
    expect(() => missing.forFile(path.join(root, 'svc/Dockerfile'))).toThrow('nope.yaml: cannot read config file: no such file');
  });

  it('reports a broken config with its path relative to cwd', () => {
    const root = tree({ 'svc/.hardenfile.yaml': 'rules:\n  upstream-package-sourc: error\n', 'svc/Dockerfile': '' });
    const loader = new ConfigLoader({ rules: FAKE_RULES, cwd: root });
    let error: unknown;
    try {
      loader.forFile(path.join(root, 'svc/Dockerfile'));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      `${path.join('svc', '.hardenfile.yaml')}: rules.upstream-package-sourc: unknown rule (did you mean upstream-package-source?)`,
    ]);
  });

  it('matches ignore patterns relative to the config file, never outside it', () => {
    const root = tree({ 'svc/.hardenfile.yaml': 'ignore: [legacy/, "*.old.Dockerfile"]\n' });
    const cfg = new ConfigLoader({ rules: FAKE_RULES, cwd: root }).forDirectory(path.join(root, 'svc'));
    expect(cfg.ignores(path.join(root, 'svc/legacy/Dockerfile'))).toBe(true);
    expect(cfg.ignores(path.join(root, 'svc/a/b.old.Dockerfile'))).toBe(true);
    expect(cfg.ignores(path.join(root, 'svc/Dockerfile'))).toBe(false);
    expect(cfg.ignores(path.join(root, 'legacy/Dockerfile'))).toBe(false);
  });
});

describe('merging', () => {
  it('merges defaults < file < flags', () => {
    const { config, failLevel } = resolveConfig(
      {
        rules: { 'upstream-package-source': ['info', { allowUpstream: true }], 'missing-signing-key': { options: {} } },
        buildArgs: { A: 'file', B: 'file' },
        mirrors: [{ url: 'https://m.example.com/v{release}/main', keyName: 'm.rsa.pub', keySha256: 'A'.repeat(64) }],
        debMirrors: [{ url: 'https://deb.example.com/dhi/debian/main' }, { url: 'https://deb.example.com/dhi/debian/security', keyUrl: 'https://deb.example.com/sec.key', auth: true }],
        dhiImageMirrors: ['myorg/dhi-'],
        failLevel: 'error',
      },
      { rules: { 'upstream-package-source': 'error' }, buildArgs: { B: 'flag' }, failLevel: 'info' },
    );
    expect(config.rules['upstream-package-source']).toEqual({ severity: 'error', options: { allowUpstream: true } });
    expect(config.rules['missing-signing-key']).toEqual({ options: {} });
    expect(config.buildArgs).toEqual({ A: 'file', B: 'flag' });
    expect(failLevel).toBe('info');
    expect(config.policy.apk.mirrors).toEqual([{ url: 'https://m.example.com/v{release}/main', keyName: 'm.rsa.pub', keyUrl: null, keySha256: 'a'.repeat(64), auth: false }]);
    expect(config.policy.hosts).toContain('m.example.com');
    expect(config.policy.deb.mirrors).toEqual([
      { url: 'https://deb.example.com/dhi/debian/main', keyUrl: null, keySha256: null, auth: false },
      { url: 'https://deb.example.com/dhi/debian/security', keyUrl: 'https://deb.example.com/sec.key', keySha256: null, auth: true },
    ]);
    expect(config.policy.deb.hosts).toEqual(['dhi.io', 'deb.example.com']);
    expect(config.policy.hosts).toContain('deb.example.com');
    expect(config.policy.dhiMirrorPrefixes).toEqual(['myorg/dhi-']);
  });

  it('defaults to failing on warnings', () => {
    expect(resolveConfig({}).failLevel).toBe('warning');
  });

  it('parses and checks flags', () => {
    expect(parseOverrides({ rule: ['missing-signing-key=off'], buildArg: ['A=x=y', 'B='], failLevel: 'error' }, FAKE_RULES)).toEqual({
      rules: { 'missing-signing-key': 'off' },
      buildArgs: { A: 'x=y', B: '' },
      failLevel: 'error',
    });
    expect(() => parseOverrides({ rule: ['missing-signing-ky=off', 'missing-signing-key=loud', 'x'], buildArg: ['=v'], failLevel: 'all' }, FAKE_RULES)).toThrow(
      [
        '--rule missing-signing-ky=off: unknown rule (did you mean missing-signing-key?)',
        '--rule missing-signing-key=loud: severity must be one of off, info, warning, error',
        '--rule x: expected id=severity',
        '--build-arg =v: expected NAME=VALUE',
        '--fail-level all: must be one of info, warning, error',
      ].join('\n'),
    );
  });
});
