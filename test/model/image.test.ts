/** Image references and what a base image says about its distribution, release and DHI variant. */
import { describe, expect, it } from 'vitest';
import { describeBase, parseImageRef, ubuntuRelease, type BaseFacts } from '../../src/model/image.js';
import { makePolicy } from '../../src/policy/index.js';
import type { ImageRef } from '../../src/model/types.js';

const policy = makePolicy();
const mirrored = makePolicy({ dhiImageMirrors: ['myorg/dhi-'] });

function ref(text: string, registry: string | null, path: string, tag: string | null, digest: string | null = null): ImageRef {
  return { text, registry, path, tag, digest };
}

function base(distro: BaseFacts['distro'], release: string | null, extra: Partial<BaseFacts> = {}): BaseFacts {
  return { distro, release, releaseUnknownReason: null, dhi: false, dhiVariant: null, ...extra };
}

describe('parseImageRef', () => {
  it.each([
    ['alpine:3.23', ref('alpine:3.23', null, 'alpine', '3.23')],
    ['alpine', ref('alpine', null, 'alpine', null)],
    ['alpine:3.23@sha256:0123abcd', ref('alpine:3.23@sha256:0123abcd', null, 'alpine', '3.23', 'sha256:0123abcd')],
    ['alpine@sha256:0123abcd', ref('alpine@sha256:0123abcd', null, 'alpine', null, 'sha256:0123abcd')],
    ['docker.io/library/alpine:3.23', ref('docker.io/library/alpine:3.23', null, 'alpine', '3.23')],
    ['index.docker.io/library/alpine:3.23', ref('index.docker.io/library/alpine:3.23', null, 'alpine', '3.23')],
    ['library/alpine:3.23', ref('library/alpine:3.23', null, 'alpine', '3.23')],
    ['localhost:5000/alpine:3.23', ref('localhost:5000/alpine:3.23', 'localhost:5000', 'alpine', '3.23')],
    ['localhost:5000/alpine', ref('localhost:5000/alpine', 'localhost:5000', 'alpine', null)],
    ['localhost/alpine:3.23', ref('localhost/alpine:3.23', 'localhost', 'alpine', '3.23')],
    ['dhi.io/golang:1.26-alpine3.23-dev', ref('dhi.io/golang:1.26-alpine3.23-dev', 'dhi.io', 'golang', '1.26-alpine3.23-dev')],
    ['myorg/dhi-node:22', ref('myorg/dhi-node:22', null, 'myorg/dhi-node', '22')],
    ['ghcr.io/acme/tools/alpine:3.24', ref('ghcr.io/acme/tools/alpine:3.24', 'ghcr.io', 'acme/tools/alpine', '3.24')],
  ])('%s', (text, expected) => {
    expect(parseImageRef(text)).toEqual(expected);
  });
});

describe('describeBase', () => {
  const cases: [string, BaseFacts][] = [
    ['alpine:3.23', base('alpine', '3.23')],
    ['alpine:3.23.2', base('alpine', '3.23')],
    ['alpine:3.23@sha256:0123abcd', base('alpine', '3.23')],
    ['alpine:3.24.1@sha256:0123abcd', base('alpine', '3.24')],
    ['alpine@sha256:0123abcd', base('alpine', null, { releaseUnknownReason: 'digest-only' })],
    ['alpine', base('alpine', null, { releaseUnknownReason: 'unpinned' })],
    ['alpine:latest', base('alpine', null, { releaseUnknownReason: 'unpinned' })],
    ['alpine:3', base('alpine', null, { releaseUnknownReason: 'unpinned' })],
    ['alpine:edge', base('alpine', 'edge')],
    ['alpine:20250108', base('alpine', 'edge')],
    ['golang:1.22-alpine3.19', base('alpine', '3.19')],
    ['golang:1.22-alpine', base('alpine', null, { releaseUnknownReason: 'unpinned' })],
    ['golang:alpine', base('alpine', null, { releaseUnknownReason: 'unpinned' })],
    ['node:20-alpine', base('alpine', null, { releaseUnknownReason: 'unpinned' })],
    ['node:20.11.1-alpine3.19', base('alpine', '3.19')],
    ['python:3.12-alpine3.20', base('alpine', '3.20')],
    ['nginx:1.27-alpine3.21-slim', base('alpine', '3.21')],
    ['docker.io/library/alpine:3.23', base('alpine', '3.23')],
    ['localhost:5000/alpine:3.23', base('alpine', '3.23')],
    ['ghcr.io/acme/tools/alpine:3.24', base('alpine', '3.24')],
    ['dhi.io/golang:1.26-alpine3.23-dev', base('alpine', '3.23', { dhi: true, dhiVariant: 'dev' })],
    ['dhi.io/golang:1.26-alpine3.23', base('alpine', '3.23', { dhi: true, dhiVariant: 'runtime' })],
    ['dhi.io/golang:1.26-alpine3.23-fips', base('alpine', '3.23', { dhi: true, dhiVariant: 'runtime' })],
    ['dhi.io/alpine-base:3.24', base('alpine', '3.24', { dhi: true, dhiVariant: 'runtime' })],
    ['dhi.io/alpine-base:3.24-dev', base('alpine', '3.24', { dhi: true, dhiVariant: 'dev' })],
    ['dhi.io/python:3.14-alpine3.24-fips-dev', base('alpine', '3.24', { dhi: true, dhiVariant: 'dev' })],
    ['dhi.io/python:3.14-alpine3.24-sfw-ent-dev', base('alpine', '3.24', { dhi: true, dhiVariant: 'dev' })],
    ['dhi.io/debian-base:trixie-dev', base('debian', 'trixie', { dhi: true, dhiVariant: 'dev' })],
    ['dhi.io/debian-base:trixie', base('debian', 'trixie', { dhi: true, dhiVariant: 'runtime' })],
    ['dhi.io/node:22', base('debian', 'trixie', { dhi: true, dhiVariant: 'runtime' })],
    ['dhi.io/node:22-dev', base('debian', 'trixie', { dhi: true, dhiVariant: 'dev' })],
    ['dhi.io/node:22-sdk', base('debian', 'trixie', { dhi: true, dhiVariant: 'dev' })],
    ['dhi.io/golang:1.26-debian13-dev', base('debian', 'trixie', { dhi: true, dhiVariant: 'dev' })],
    ['dhi.io/node', base('unknown', null, { releaseUnknownReason: 'unpinned', dhi: true, dhiVariant: 'runtime' })],
    // A digest alone does not tell the variant.
    ['dhi.io/node@sha256:0123abcd', base('unknown', null, { releaseUnknownReason: 'digest-only', dhi: true, dhiVariant: null })],
    ['dhi.io/debian-base@sha256:0123abcd', base('debian', null, { releaseUnknownReason: 'digest-only', dhi: true, dhiVariant: null })],
    ['debian:trixie-slim', base('debian', 'trixie')],
    ['debian:13', base('debian', 'trixie')],
    ['debian:13.1-slim', base('debian', 'trixie')],
    ['debian:bookworm', base('debian', 'bookworm')],
    ['debian:jessie', base('debian', 'jessie')],
    ['debian:9-slim', base('debian', 'stretch')],
    ['buildpack-deps:wheezy-scm', base('debian', 'wheezy')],
    ['node:20-bookworm-slim', base('debian', 'bookworm')],
    ['node:22-trixie-slim', base('debian', 'trixie')],
    ['python:3.13-slim-trixie', base('debian', 'trixie')],
    ['python:3.12-slim-bookworm', base('debian', 'bookworm')],
    ['debian', base('debian', null, { releaseUnknownReason: 'unpinned' })],
    ['ubuntu:24.04', base('ubuntu', null, { releaseUnknownReason: 'not-applicable' })],
    // Another image's tag naming an Ubuntu codename, as the `-trixie` form names Debian's.
    ['eclipse-temurin:21-jdk-noble', base('ubuntu', null, { releaseUnknownReason: 'not-applicable' })],
    ['buildpack-deps:noble-scm', base('ubuntu', null, { releaseUnknownReason: 'not-applicable' })],
    ['maven:3.9-eclipse-temurin-21-jammy', base('ubuntu', null, { releaseUnknownReason: 'not-applicable' })],
    ['mcr.microsoft.com/openjdk/jdk:11-ubuntu', base('ubuntu', null, { releaseUnknownReason: 'not-applicable' })],
    ['golang:1.22', base('unknown', null, { releaseUnknownReason: 'not-applicable' })],
    ['scratch', base('scratch', null, { releaseUnknownReason: 'not-applicable' })],
    // Mirror layouts of catalog images with a DHI tag are DHI images without configuration.
    ['myorg/dhi-node:22', base('debian', 'trixie', { dhi: true, dhiVariant: 'runtime' })],
    ['myorg/dhi-alpine-base:3.23', base('alpine', '3.23', { dhi: true, dhiVariant: 'runtime' })],
    ['ghcr.io/acme/dhi-alpine-base:3.23-dev-2026-04-18', base('alpine', '3.23', { dhi: true, dhiVariant: 'dev' })],
    ['us-docker.pkg.dev/acme/dhi/node:24-alpine3.23-dev', base('alpine', '3.23', { dhi: true, dhiVariant: 'dev' })],
    // …but not a name the catalog lacks, a tag of another shape, or no tag.
    ['myorg/dhi-mytool:1.2', base('unknown', null, { releaseUnknownReason: 'not-applicable' })],
    ['myorg/dhi-node:latest', base('unknown', null, { releaseUnknownReason: 'not-applicable' })],
    ['myorg/dhi-node:1.0-myapp', base('unknown', null, { releaseUnknownReason: 'not-applicable' })],
    ['myorg/dhi-node', base('unknown', null, { releaseUnknownReason: 'not-applicable' })],
    ['acme/dhi/node:24', base('unknown', null, { releaseUnknownReason: 'not-applicable' })],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(describeBase(parseImageRef(text), policy)).toEqual(expected);
  });

  describe('with the DHI mirror prefix myorg/dhi-', () => {
    const mirrorCases: [string, BaseFacts][] = [
      ['myorg/dhi-node:22', base('debian', 'trixie', { dhi: true, dhiVariant: 'runtime' })],
      ['docker.io/myorg/dhi-node:22-dev', base('debian', 'trixie', { dhi: true, dhiVariant: 'dev' })],
      ['myorg/dhi-golang:1.26-alpine3.23-dev', base('alpine', '3.23', { dhi: true, dhiVariant: 'dev' })],
      ['myorg/dhi-alpine-base:3.24', base('alpine', '3.24', { dhi: true, dhiVariant: 'runtime' })],
      ['myorg/dhi-alpine-base:3.23-dev', base('alpine', '3.23', { dhi: true, dhiVariant: 'dev' })],
      ['myorg/dhi-alpine-base', base('alpine', null, { releaseUnknownReason: 'unpinned', dhi: true, dhiVariant: 'runtime' })],
      ['myorg/dhi-debian-base:trixie-dev', base('debian', 'trixie', { dhi: true, dhiVariant: 'dev' })],
      ['otherorg/dhi-node:22', base('debian', 'trixie', { dhi: true, dhiVariant: 'runtime' })],
      // Under a configured prefix a name the catalog lacks is still a DHI image, judged by its tag.
      ['myorg/dhi-mytool:1.2', base('debian', 'trixie', { dhi: true, dhiVariant: 'runtime' })],
      ['dhi.io/alpine-base:3.24-dev', base('alpine', '3.24', { dhi: true, dhiVariant: 'dev' })],
    ];
    it.each(mirrorCases)('%s', (text, expected) => {
      expect(describeBase(parseImageRef(text), mirrored)).toEqual(expected);
    });
  });
});

describe('ubuntuRelease', () => {
  it.each([
    ['24.04', '24.04', 'noble'],
    ['noble-20240423', '24.04', 'noble'],
    ['22.04', '22.04', 'jammy'],
    ['jammy', '22.04', 'jammy'],
    ['21-jdk-noble', '24.04', 'noble'],
    ['noble-scm', '24.04', 'noble'],
    ['26.04', '26.04', null],
    ['latest', null, null],
    [null, null, null],
  ])('%s', (tag, version, codename) => {
    expect(ubuntuRelease(tag)).toEqual({ version, codename });
  });
});
