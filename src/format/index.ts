/** Formats by name, each loaded only when used. */
import type { Formatter, ReportFormat } from './types.js';

export type { FileReport, FormatOptions, Formatter, ReportFormat, ReportWriter } from './types.js';

type Loaded = { report: ReportFormat; whole: Formatter };

/** Each format's module exports it both ways: written file by file, and as one call over all files. */
const FORMATS: Record<string, () => Promise<Loaded>> = {
  stylish: async () => import('./stylish.js').then((m) => ({ report: m.stylishReport, whole: m.formatStylish })),
  json: async () => import('./json.js').then((m) => ({ report: m.jsonReport, whole: m.formatJson })),
  sarif: async () => import('./sarif.js').then((m) => ({ report: m.sarifReport(), whole: m.formatSarif })),
  github: async () => import('./github.js').then((m) => ({ report: m.githubReport, whole: m.formatGithub })),
  gitlab: async () => import('./gitlab.js').then((m) => ({ report: m.gitlabReport, whole: m.formatGitlab })),
  checkstyle: async () => import('./checkstyle.js').then((m) => ({ report: m.checkstyleReport, whole: m.formatCheckstyle })),
  junit: async () => import('./junit.js').then((m) => ({ report: m.junitReport, whole: m.formatJunit })),
};

export const FORMAT_NAMES: readonly string[] = Object.keys(FORMATS);

export function isFormatName(name: string): boolean {
  return Object.hasOwn(FORMATS, name);
}

async function load(name: string): Promise<Loaded> {
  const loader = Object.hasOwn(FORMATS, name) ? FORMATS[name] : undefined;
  if (!loader) throw new Error(`unknown format ${name} (choose ${FORMAT_NAMES.join(', ')})`);
  return loader();
}

/** The whole-report formatter called `name`; throws on an unknown name (check with `isFormatName` first). */
export async function loadFormatter(name: string): Promise<Formatter> {
  return (await load(name)).whole;
}

/** The format called `name`, written file by file (what the CLI uses); throws on an unknown name. */
export async function loadReportFormat(name: string): Promise<ReportFormat> {
  return (await load(name)).report;
}
