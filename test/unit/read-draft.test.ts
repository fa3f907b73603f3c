import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDraft } from '../../src/files/read.js';

// Drafts are read into one buffer that every read reuses: each text must be its own file's,
// whatever was read before it and however large.
describe('readDraft', () => {
  const dir = mkdtempSync(join(tmpdir(), 'socialcheck-read-'));
  const file = (name: string, text: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('gives each file its own text when a long draft is followed by a short one', async () => {
    const long = 'Flu clinic on Saturday. '.repeat(4000); // ~96 KB: larger than the first buffer
    const short = 'Open as usual on Monday 😊\n';
    const a = await readDraft(file('long.md', long));
    const b = await readDraft(file('short.md', short));
    const c = await readDraft(file('long-again.md', long));
    expect(a).toEqual({ ok: true, text: long });
    expect(b).toEqual({ ok: true, text: short });
    expect(c).toEqual({ ok: true, text: long });
  });

  it('reads a file over a megabyte whole, and the next small one still exactly', async () => {
    const big = 'x'.repeat((1 << 20) + 17);
    expect(await readDraft(file('big.md', big))).toEqual({ ok: true, text: big });
    expect(await readDraft(file('tiny.md', 'hi\n'))).toEqual({ ok: true, text: 'hi\n' });
  });

  it('still refuses a binary file read after a text one, and decodes UTF-16 with a BOM', async () => {
    await readDraft(file('text.md', 'Thanks to the whole team\n'));
    const binary = await readDraft(file('pic.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])));
    expect(binary.ok).toBe(false);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello', 'utf16le')]);
    expect(await readDraft(file('utf16.md', utf16))).toEqual({ ok: true, text: '\uFEFFHello' });
  });
});
