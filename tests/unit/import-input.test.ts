/**
 * Reading and decoding npm run add's input (src/lib/importing/input.ts), and
 * quoting its values in messages (src/lib/importing/clip.ts).
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decodeInput, readAtMost } from '../../src/lib/importing/input.ts';
import { clip, clipQuotedValues } from '../../src/lib/text/clip.ts';

const TEXT = 'Café “quay” 渡轮 🚢\n';
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

describe('decodeInput', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT)],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])],
    ['UTF-16LE with its byte-order mark', utf16le(TEXT)],
    ['UTF-16BE with its byte-order mark', utf16be(TEXT)],
  ])('%s is read as text', (_name, bytes) => {
    expect(decodeInput(bytes)).toEqual({ ok: true, text: TEXT });
  });

  it.each([
    ['UTF-32LE', Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]), 'The file is UTF-32 text: save it as UTF-8.'],
    ['UTF-32BE', Buffer.from([0x00, 0x00, 0xfe, 0xff, 0x00, 0x00, 0x00, 0x41]), 'The file is UTF-32 text: save it as UTF-8.'],
    ['UTF-16 with a lone surrogate', Buffer.from([0xff, 0xfe, 0x3d, 0xd8, 0x41, 0x00]), 'The file starts as UTF-16LE text but is not: save it as UTF-8.'],
    ['UTF-16 holding NUL characters', utf16le('a\u0000b'), 'The file is binary, not text.'],
    ['binary without a byte-order mark', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00]), 'The file is binary, not text.'],
  ])('%s is named', (_name, bytes, message) => {
    expect(decodeInput(bytes)).toEqual({ ok: false, message });
  });
});

describe('readAtMost', () => {
  it('reads a stream to its end within the limit', async () => {
    expect(await readAtMost(Readable.from([Buffer.from('ab'), 'cd']), 4)).toEqual({ ok: true, bytes: Buffer.from('abcd') });
  });

  it('stops at the limit, destroying the stream', async () => {
    let pulled = 0;
    const stream = new Readable({
      read() {
        pulled += 10;
        this.push(Buffer.alloc(10));
      },
    });
    const read = await readAtMost(stream, 100);
    expect(read.ok).toBe(false);
    expect(pulled).toBeLessThanOrEqual(120);
    expect(stream.destroyed).toBe(true);
  });
});

describe('clip', () => {
  it('leaves short text, cuts long text with an ellipsis, never inside a surrogate pair', () => {
    expect(clip('abc', 3)).toBe('abc');
    expect(clip('abcd', 3)).toBe('abc…');
    expect(clip('ab🚢cd', 3)).toBe('ab…');
  });

  it('clips every long quoted value of a message, and nothing else', () => {
    const long = 'x'.repeat(1000);
    expect(clipQuotedValues(`--id: "${long}" is not a valid id; "short" stays.`, 10)).toBe('--id: "xxxxxxxxxx…" is not a valid id; "short" stays.');
    expect(clipQuotedValues(`not the text ${JSON.stringify(`a"${long}`)}.`, 10)).toBe('not the text "a\\"xxxxxxx…".');
  });
});
