/**
 * A table's own entry: `table[key]` for names that come from a Dockerfile or a config would also
 * find what every object inherits (`toString`, `constructor`, `__proto__`).
 */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** An object with no prototype, for records keyed by such names: `out[name] = v` then always sets an own entry. */
export function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
