// Where a formatter writes its report, piece by piece: a list of strings joined once, or UTF-8
// bytes. A report on 10k files is ~7 MB; joined as one string it is held twice (as pieces and
// as a two-byte string) and encoded again to be written, which took a third of a warm
// --cache run. Written as bytes, repeated texts (messages, rule ids) are encoded once.

export interface OutputSink {
  /** Writes s, without its last `drop` characters (ASCII ones: a final full stop). */
  text(s: string, drop?: number): void;
  spaces(n: number): void;
  /** Writes s, a text that will not come again (a file's JSON): not worth remembering its bytes. */
  once(s: string): void;
}

export class StringSink implements OutputSink {
  private parts: string[] = [];
  text(s: string, drop = 0): void {
    this.parts.push(drop ? s.slice(0, -drop) : s);
  }
  spaces(n: number): void {
    if (n > 0) this.parts.push(' '.repeat(n));
  }
  once(s: string): void {
    this.parts.push(s);
  }
  toString(): string {
    return this.parts.join('');
  }
}

// Texts at least this long are encoded once and copied after; shorter ones are written as they come.
const CACHED_LENGTH = 16;
// Encoded texts remembered at most: a streamed report on any number of files keeps its memory flat.
const CACHED_TEXTS = 8192;

export class ByteSink implements OutputSink {
  private buf: Buffer;
  private at = 0;
  private encoded = new Map<string, Buffer>();

  constructor(size = 1 << 16) {
    this.buf = Buffer.allocUnsafe(size);
  }

  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.at + n));
    this.buf.copy(bigger, 0, 0, this.at);
    this.buf = bigger;
  }

  text(s: string, drop = 0): void {
    if (s.length < CACHED_LENGTH) {
      const n = s.length - drop;
      // UTF-8 takes at most 3 bytes per UTF-16 unit.
      this.room(n * 3);
      // Most short pieces are ASCII (numbers, "error", padding): copied a unit at a time, which
      // is several times faster than a call into the encoder for a few bytes.
      const buf = this.buf;
      const start = this.at;
      let i = 0;
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) break;
        buf[start + i] = c;
      }
      this.at = i === n ? start + n : start + buf.write(s.slice(0, n), start);
      return;
    }
    // Keyed by the whole text, which the same message shares across files; the dropped
    // characters are ASCII, one byte each.
    let bytes = this.encoded.get(s);
    if (!bytes) {
      if (this.encoded.size >= CACHED_TEXTS) this.encoded.clear();
      this.encoded.set(s, (bytes = Buffer.from(s, 'utf8')));
    }
    // All of it is copied and the end moved back over the dropped bytes, which the next write
    // covers: cheaper than a view of the part for each message.
    this.room(bytes.length);
    this.buf.set(bytes, this.at);
    this.at += bytes.length - drop;
  }

  spaces(n: number): void {
    if (n <= 0) return;
    this.room(n);
    this.buf.fill(0x20, this.at, this.at + n);
    this.at += n;
  }

  once(s: string): void {
    this.room(s.length * 3);
    this.at += this.buf.write(s, this.at);
  }

  /** Bytes written so far. */
  get length(): number {
    return this.at;
  }

  bytes(): Buffer {
    return this.buf.subarray(0, this.at);
  }

  /** The bytes written so far, copied out, and an empty sink to write on. */
  drain(): Buffer {
    const out = Buffer.from(this.buf.subarray(0, this.at));
    this.at = 0;
    return out;
  }
}
