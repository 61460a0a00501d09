/**
 * Reading `npm run add`'s input: never more than the content limit (a file's
 * size is checked before it is read; a stream is read until it ends or passes
 * the limit, so that `yes | npm run add -- -` stops at once), then decoded:
 * UTF-8, or UTF-16 with its byte-order mark, as editors on Windows save text.
 */
import { open } from 'node:fs/promises';
import { decodeText, MAX_CONTENT_BYTES } from '../content/files.ts';

export type ReadResult = { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly message: string };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const LIMIT_TEXT = `content files may be at most ${MAX_CONTENT_BYTES / 1024 / 1024} MB`;

/**
 * The bytes of `stream`, or a refusal as soon as they pass `limit`: reading
 * stops there (the stream is destroyed), so an endless input costs no more
 * memory than the limit.
 */
export async function readAtMost(stream: AsyncIterable<unknown>, limit = MAX_CONTENT_BYTES): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array | string);
    total += bytes.byteLength;
    // Leaving the loop destroys the stream: whatever writes to it gets EPIPE.
    if (total > limit) return { ok: false, message: `The input is larger than ${megabytes(limit)}; ${LIMIT_TEXT}. Reading stopped there.` };
    chunks.push(bytes);
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

/**
 * The bytes of the file at `file`: a regular file larger than the limit is
 * refused by its size, unread; anything else (a device, a pipe, a file that
 * grows) is read up to the limit.
 */
export async function readFileAtMost(file: string, limit = MAX_CONTENT_BYTES): Promise<ReadResult | undefined> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const { size, isFile } = await handle.stat().then((s) => ({ size: s.size, isFile: s.isFile() }));
    if (isFile && size > limit) return { ok: false, message: `The file is ${megabytes(size)}; ${LIMIT_TEXT}.` };
    return await readAtMost(handle.createReadStream({ autoClose: false }), limit);
  } catch {
    return undefined;
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Byte-order marks of the encodings an input is recognised by; UTF-32's come first, since UTF-32LE's begins with UTF-16LE's. */
const BYTE_ORDER_MARKS = [
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'UTF-32' },
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'UTF-32' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
] as const;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, i) => bytes[i] === byte);

/**
 * The input's text. UTF-16 with a byte-order mark is decoded (its NUL bytes
 * are no sign of a binary file then); UTF-32, which no decoder here reads, is
 * named; anything else is checked as content files are (UTF-8, not binary).
 */
export function decodeInput(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  const mark = BYTE_ORDER_MARKS.find((m) => startsWith(bytes, m.bytes));
  if (mark?.encoding === 'UTF-32') return { ok: false, message: 'The file is UTF-32 text: save it as UTF-8.' };
  if (mark === undefined) return decodeText(bytes);
  let text: string;
  try {
    text = new TextDecoder(mark.encoding, { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: `The file starts as ${mark.encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'} text but is not: save it as UTF-8.` };
  }
  if (text.includes('\u0000')) return { ok: false, message: 'The file is binary, not text.' };
  return { ok: true, text: text.replace(/^\uFEFF/u, '') };
}
