import type { Run } from './compare.mjs';
export function listCorpus(dir: string): string[];
export function runCorpus(options: {
  checkout: string;
  corpus: string;
  batch?: number;
  jobs?: number;
  config?: string;
  timeoutMs?: number;
  onProgress?: (done: number, total: number) => void;
}): Promise<Run>;
