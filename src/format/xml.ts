/** Escaping for the XML formats (XML 1.0). */

// Characters XML 1.0 forbids outright (C0 controls but tab, LF, CR; U+FFFE/U+FFFF; lone surrogates).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Element text. C1 and bidirectional controls, allowed in XML, are written as references: the bytes stay safe to print. */
export function xmlText(s: string): string {
  return s
    .replace(FORBIDDEN, '\uFFFD')
    .replace(/[&<>"']/g, (c) => ENTITY[c]!)
    .replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
}

/** Attribute value: tab, LF and CR as character references, or a parser would turn them into spaces. */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
