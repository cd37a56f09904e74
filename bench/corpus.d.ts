/** One generated Dockerfile of roughly `target` lines, the same for the same seed. */
export function makeDockerfile(seed: number, target?: number): string;
/** `count` generated Dockerfiles of 20–300 lines. */
export function makeCorpus(count: number, seed?: number): string[];
