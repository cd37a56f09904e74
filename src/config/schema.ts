/**
 * The one description of the config file's keys, as a JSON Schema (draft-07) built from the rule
 * registry: `validate.ts` checks configs against it and `hardenfile schema` prints it for editors.
 */
import type { AnyRule } from '../rule.js';

export type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

/** The subset of JSON Schema that `validate.ts` understands. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  type?: JsonType | JsonType[];
  enum?: readonly unknown[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  required?: string[];
  items?: JsonSchema | JsonSchema[];
  additionalItems?: boolean;
  minItems?: number;
  pattern?: string;
  anyOf?: JsonSchema[];
  default?: unknown;
}

export const SEVERITIES = ['off', 'info', 'warning', 'error'] as const;
export const FAIL_LEVELS = ['info', 'warning', 'error'] as const;
export const CONFIG_FILE_NAMES = ['.hardenfile.yaml', '.hardenfile.yml', '.hardenfile.json'] as const;
/** Where the published schema (schema/hardenfile.schema.json) is served; a config's `$schema` may name it. */
export const CONFIG_SCHEMA_ID = 'https://raw.githubusercontent.com/hardenfile/hardenfile/main/schema/hardenfile.schema.json';

const severity: JsonSchema = { type: 'string', enum: SEVERITIES, description: 'off, info, warning or error' };

function optionSchema(value: unknown): JsonSchema {
  if (Array.isArray(value)) {
    const first: unknown = value[0];
    return first === undefined ? { type: 'array', default: value } : { type: 'array', items: { type: jsonType(first) }, default: value };
  }
  if (value === null || value === undefined) return {};
  return { type: jsonType(value), default: value };
}

/** Where a mirror's signing key comes from, and its digest: the same for apk and apt mirrors. */
const MIRROR_KEY = {
  keyUrl: { type: 'string', pattern: '^https?://\\S+$', description: 'an http(s) URL' },
  keySha256: { type: 'string', pattern: '^[0-9a-fA-F]{64}$', description: 'a SHA-256 digest (64 hex digits)' },
} as const;

export function jsonType(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return 'object';
  }
}

function ruleSchema(rule: AnyRule): JsonSchema {
  const defaults = rule.meta.options as Record<string, unknown>;
  const options: JsonSchema = {
    type: 'object',
    properties: Object.fromEntries(Object.entries(defaults).map(([k, v]) => [k, optionSchema(v)])),
    additionalProperties: false,
  };
  return {
    description: `${rule.meta.description} (default: ${rule.meta.severity})`,
    anyOf: [
      severity,
      { type: 'object', properties: { severity, options }, additionalProperties: false },
      { type: 'array', items: [severity, options], additionalItems: false, minItems: 1 },
    ],
  };
}

/** The config file schema for a rule registry. */
export function buildConfigSchema(rules: readonly AnyRule[]): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CONFIG_SCHEMA_ID,
    title: 'hardenfile configuration (.hardenfile.yaml, .hardenfile.yml, .hardenfile.json)',
    type: 'object',
    properties: {
      $schema: { type: 'string', description: 'The schema this file follows (for editors).' },
      rules: {
        description: 'Severity and options by rule id: a severity, { severity, options } or [severity, options].',
        type: 'object',
        properties: Object.fromEntries(rules.map((r) => [r.id, ruleSchema(r)])),
        additionalProperties: false,
      },
      mirrors: {
        description: 'Trusted mirrors of the hardened apk repositories.',
        type: 'array',
        items: {
          type: 'object',
          properties: {
            url: { type: 'string', pattern: '^https?://\\S*\\{release\\}\\S*$', description: 'an http(s) URL template containing {release}' },
            keyName: { type: 'string', pattern: '^[^/\\s]+$', description: 'a file name in /etc/apk/keys (no slash)' },
            ...MIRROR_KEY,
            auth: { type: 'boolean', description: 'Fetching needs credentials.' },
          },
          required: ['url', 'keyName'],
          additionalProperties: false,
        },
      },
      debMirrors: {
        description: 'Trusted mirrors of the hardened Debian (apt) sources, e.g. of https://dhi.io/deb/debian/main.',
        type: 'array',
        items: {
          type: 'object',
          properties: {
            url: { type: 'string', pattern: '^https?://\\S+$', description: 'an http(s) URL' },
            ...MIRROR_KEY,
            auth: { type: 'boolean', description: 'Fetching needs credentials (a mirror of the enterprise security source).' },
          },
          required: ['url'],
          additionalProperties: false,
        },
      },
      dhiImageMirrors: {
        description: 'Image name prefixes of DHI image mirrors in other layouts (<org>/dhi-<name>, <registry>/<path>/dhi-<name> and <registry>/<path>/dhi/<name> are recognised without this), e.g. registry.example.com/hardened/.',
        type: 'array',
        items: { type: 'string', pattern: '^\\S+$', description: 'a non-empty image name prefix' },
      },
      baseImages: {
        description:
          'What base images the linter cannot tell from their names are built on: an image name (any tag) or name:tag, to the image it stands for, e.g. "ghcr.io/linuxserver/baseimage-alpine": "alpine:{tag}" or "myorg/base:1.4": "debian:trixie". {tag} is the tag the FROM names.',
        type: 'object',
        additionalProperties: { type: 'string', pattern: '^\\S+$', description: 'an image reference' },
      },
      buildStages: {
        description:
          'How findings in build stages are reported: stages whose files reach the final image only through COPY --from, and stages nothing uses. same (default): like the others; or at most warning, at most info, or off.',
        type: 'string',
        enum: ['same', 'warning', 'info', 'off'],
      },
      buildArgs: {
        description: 'Values of build arguments, as `docker build --build-arg` would give them.',
        type: 'object',
        additionalProperties: { type: 'string' },
      },
      ignore: {
        description: 'Files not to lint: gitignore-style patterns relative to this file\'s directory.',
        type: 'array',
        items: { type: 'string' },
      },
      failLevel: {
        description: 'Lowest severity that makes the run fail (default: warning).',
        type: 'string',
        enum: FAIL_LEVELS,
      },
    },
    additionalProperties: false,
  };
}
