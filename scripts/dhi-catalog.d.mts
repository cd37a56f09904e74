/** Types of scripts/dhi-catalog.mjs, for the test that checks the generated module is current. */
export const DEFAULT_SOURCE: string;
export const OUTPUT: string;
export function renderCatalogModule(catalog: unknown): string;
