// Post text written as HTML (Postiz stores its editor's HTML; some exports keep <br> and
// entities): tags dropped, block ends read as line breaks, entities decoded, and every character
// kept at the file offset it came from, so a problem still lands on its own line and column.

const BLOCK = /^(?:p|div|br|li|ul|ol|h[1-6]|blockquote|tr|section|article)$/i;
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  pound: '£',
};
const TAG = /^<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/;
const ENTITY = /^&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/;

/** Text that holds markup or entities, not merely a "<" or an "&". */
export function looksLikeHtml(text: string): boolean {
  return (
    /<\/?(?:p|br|div|span|strong|em|b|i|u|a|ul|ol|li|h[1-6])\b[^<>]*>/i.test(text) ||
    /&(?:#\d+|#x[0-9a-f]+|amp|lt|gt|quot|nbsp);/i.test(text)
  );
}

/** `offsets[i]` is the file offset of `text[i]`; `offsets[text.length]` the end. The same holds of the result. */
export function htmlToText(text: string, offsets: number[]): { text: string; offsets: number[] } {
  let out = '';
  const at: number[] = [];
  const newline = (offset: number) => {
    if (out && !out.endsWith('\n')) {
      out += '\n';
      at.push(offset);
    }
  };
  for (let i = 0; i < text.length;) {
    const rest = text.slice(i, i + 200);
    if (text[i] === '<') {
      const tag = TAG.exec(rest);
      if (tag) {
        const closing = tag[0][1] === '/';
        const name = tag[1]!;
        if (BLOCK.test(name) && (closing || /^br$/i.test(name))) newline(offsets[i]!);
        i += tag[0].length;
        continue;
      }
    } else if (text[i] === '&') {
      const e = ENTITY.exec(rest);
      const code = e?.[1] ? Number(e[1]) : e?.[2] ? parseInt(e[2], 16) : undefined;
      const decoded = code !== undefined && code <= 0x10ffff ? String.fromCodePoint(code) : e?.[3] ? NAMED[e[3].toLowerCase()] : undefined;
      if (e && decoded !== undefined) {
        for (const ch of decoded) {
          out += ch;
          for (let k = 0; k < ch.length; k++) at.push(offsets[i]!);
        }
        i += e[0].length;
        continue;
      }
    }
    out += text[i];
    at.push(offsets[i]!);
    i++;
  }
  // Trailing block ends are not text.
  while (out.endsWith('\n')) {
    out = out.slice(0, -1);
    at.pop();
  }
  at.push(offsets[text.length]!);
  return { text: out, offsets: at };
}
