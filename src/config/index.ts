export { buildConfigSchema, CONFIG_FILE_NAMES, FAIL_LEVELS, SEVERITIES, type JsonSchema } from './schema.js';
export { validate, formatPath, type SchemaError } from './validate.js';
export { ConfigLoader, displayPath, findConfigFile, parseConfigText, parseOverrides, resolveConfig, type ConfigLoaderOptions } from './load.js';
export { ConfigError, DEFAULT_FAIL_LEVEL, type ConfigFile, type ConfigOverrides, type DebMirrorEntry, type FileConfig, type MirrorEntry, type RuleEntry } from './types.js';
export { suggest, didYouMean } from './suggest.js';
