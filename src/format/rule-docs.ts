/** The rule documentation (rules/<id>.md in the package) as CI formats show it. */
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../package.js';

export const REPOSITORY_URL = 'https://github.com/hardenfile/hardenfile';
const DOCS_BASE = `${REPOSITORY_URL}/blob/main/rules/`;

export function ruleDocUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}

/** The rule's doc, or null while it is not written. */
export function readRuleDoc(id: string, root: string = packageRoot()): string | null {
  try {
    return fs.readFileSync(path.join(root, 'rules', `${id}.md`), 'utf8');
  } catch {
    return null;
  }
}

/**
 * A `## heading` section as plain text, up to its first code block: wrapped lines joined, list
 * items one to a line. Null without that section.
 */
export function sectionText(markdown: string, heading: string): string | null {
  const lines = markdown.split(/\r?\n/);
  const at = lines.findIndex((l) => l.trim().toLowerCase() === `## ${heading.toLowerCase()}`);
  if (at < 0) return null;
  const blocks: string[] = [];
  let current: string | null = null;
  for (const line of lines.slice(at + 1)) {
    if (line.startsWith('#') || line.startsWith('```')) break;
    const text = line.trim();
    if (text === '') current = null;
    else if (current === null || /^(?:[-*+]|\d+\.)\s/.test(text)) blocks.push((current = text));
    else blocks[blocks.length - 1] = current = `${current} ${text}`;
  }
  return blocks.length > 0 ? plainText(blocks.join('\n')) : null;
}

/** Relative links made absolute: the doc is shown away from the repository (code scanning, an IDE). */
export function absoluteLinks(markdown: string): string {
  return markdown.replace(/(\]\()([^)\s]+)/g, (whole, open: string, target: string) =>
    /^(?:[a-z][a-z0-9+.-]*:|#)/i.test(target) ? whole : open + new URL(target, DOCS_BASE).href,
  );
}

/** A plain-text rendering for viewers without Markdown: fences, heading marks and link syntax go. */
export function plainText(markdown: string): string {
  return absoluteLinks(markdown)
    .split(/\r?\n/)
    .filter((l) => !l.startsWith('```'))
    .map((l) => l.replace(/^#{1,6}\s+/, '').replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, '$1 ($2)'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
