/** The keys JSON.parse would silently overwrite: one linear pass over text already known to be valid JSON. */

export interface DuplicateKey {
  key: string;
  /** UTF-16 offset of the second occurrence's opening quote. */
  offset: number;
}

export function duplicateJsonKeys(text: string): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  // One entry per open container: the keys seen so far in an object, null for an array.
  const stack: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b /* { */) {
      stack.push(new Set());
      expectKey = true;
    } else if (c === 0x5b /* [ */) {
      stack.push(null);
      expectKey = false;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      expectKey = stack.at(-1) instanceof Set;
    } else if (c === 0x22 /* " */) {
      const start = i;
      let j = i + 1;
      while (text.charCodeAt(j) !== 0x22) j += text.charCodeAt(j) === 0x5c /* \ */ ? 2 : 1;
      if (expectKey) {
        const key = JSON.parse(text.slice(start, j + 1)) as string;
        const keys = stack.at(-1) as Set<string>;
        if (keys.has(key)) out.push({ key, offset: start });
        else keys.add(key);
        expectKey = false;
      }
      i = j;
    }
  }
  return out;
}
