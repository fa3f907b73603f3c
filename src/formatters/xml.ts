/**
 * Characters XML 1.0 forbids even as character references (C0 controls other than tab,
 * line feed and carriage return; U+FFFE, U+FFFF; unpaired surrogates): dropped.
 */
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // As references so attribute-value and line-end normalisation keep them.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Text safe inside an attribute value (either quote) or element content. */
export function xmlEscape(value: unknown): string {
  return String(value)
    .replace(ILLEGAL, '')
    .replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]!);
}
