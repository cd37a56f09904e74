/**
 * The terminal styles the human formatter uses, as the 16-colour ANSI codes. Colour is decided by
 * the CLI (`--color`/`--no-color`, a TTY, NO_COLOR), so nothing here inspects the terminal: chalk,
 * which did this before, probed the terminal when loaded, ~2.5 ms of every one-file run.
 */
const CODES = {
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  underline: ['\u001b[4m', '\u001b[24m'],
  red: ['\u001b[31m', '\u001b[39m'],
  green: ['\u001b[32m', '\u001b[39m'],
  yellow: ['\u001b[33m', '\u001b[39m'],
  blue: ['\u001b[34m', '\u001b[39m'],
} as const;

export type Style = keyof typeof CODES;

/** Styles `text` (outermost style first); the identity when colour is off. */
export type Paint = (text: string, ...styles: Style[]) => string;

const plain: Paint = (text) => text;

const coloured: Paint = (text, ...styles) => {
  let out = text;
  for (let i = styles.length - 1; i >= 0; i--) {
    const [open, close] = CODES[styles[i]!];
    out = open + out + close;
  }
  return out;
};

export function painter(color: boolean | undefined): Paint {
  return color ? coloured : plain;
}
