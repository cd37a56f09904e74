/** Formatters by name, each loaded only when used. */
import type { Formatter } from './types.js';

export type { FileReport, FormatOptions, Formatter } from './types.js';

const FORMATTERS: Record<string, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).formatStylish,
  json: async () => (await import('./json.js')).formatJson,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  github: async () => (await import('./github.js')).formatGithub,
  gitlab: async () => (await import('./gitlab.js')).formatGitlab,
  checkstyle: async () => (await import('./checkstyle.js')).formatCheckstyle,
  junit: async () => (await import('./junit.js')).formatJunit,
};

export const FORMAT_NAMES: readonly string[] = Object.keys(FORMATTERS);

export function isFormatName(name: string): boolean {
  return Object.hasOwn(FORMATTERS, name);
}

/** The formatter called `name`; throws on an unknown name (check with `isFormatName` first). */
export async function loadFormatter(name: string): Promise<Formatter> {
  const load = Object.hasOwn(FORMATTERS, name) ? FORMATTERS[name] : undefined;
  if (!load) throw new Error(`unknown format ${name} (choose ${FORMAT_NAMES.join(', ')})`);
  return load();
}
