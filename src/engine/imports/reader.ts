/**
 * Streaming reader for import files: CSV (csv-parse) or JSON Lines, never the whole file in
 * memory. `sniff` looks at the first 64 KiB: the byte order mark, the encoding (UTF-8 unless those
 * bytes are not valid UTF-8: then Windows-1252, a superset of Latin-1), the format (a first `{`
 * means JSON Lines) and the CSV delimiter (the one of `,` `;` tab `|` most frequent in the header
 * line outside quotes). `readRows` then yields one record at a time with its line number.
 */
import fs from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';
import { QuorumError } from '../../domain/index.ts';
import type { RawRow } from '../../domain/imports/index.ts';
import type { ImportEncoding, ImportSource } from './types.ts';

export interface Sniffed {
  format: 'csv' | 'jsonl';
  delimiter?: string;
  encoding: 'utf-8' | 'windows-1252';
  bytesTotal: number;
}

const SNIFF_BYTES = 64 * 1024;

/**
 * Windows-1252's 0x80–0x9F (Node's TextDecoder('windows-1252') decodes them as Latin-1 control
 * characters, so this table does what the WHATWG encoding says). Undefined bytes stay as they are.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const part = bytes.subarray(i, i + CHUNK);
    let s = '';
    for (const b of part) s += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    out += s;
  }
  return out;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    // stream: true lets a multi-byte character cut at the end of the sample pass.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function openError(path: string, e: unknown): QuorumError {
  const code = (e as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : (e as Error).message;
  return QuorumError.field('validation_failed', '/file', `cannot read ${path}: ${why}`);
}

export async function sniff(source: ImportSource): Promise<Sniffed> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(source.path, 'r');
  } catch (e) {
    throw openError(source.path, e);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw QuorumError.field('validation_failed', '/file', `cannot read ${source.path}: not a file`);
    const buf = Buffer.alloc(Math.min(SNIFF_BYTES, stat.size));
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    let bytes: Uint8Array = buf.subarray(0, bytesRead);
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      throw QuorumError.field('validation_failed', '/encoding', 'the file is UTF-16; save it as UTF-8 (or Windows-1252) and import again');
    }
    const wanted: ImportEncoding = source.encoding ?? 'auto';
    const encoding = wanted === 'auto' ? (isUtf8(bytes) ? 'utf-8' : 'windows-1252') : wanted;
    const text = encoding === 'utf-8' ? new TextDecoder('utf-8').decode(bytes) : decodeWindows1252(bytes);
    const start = text.trimStart();
    if (start === '') throw QuorumError.field('validation_failed', '/file', `${source.path} is empty`);
    if (start.startsWith('{')) return { format: 'jsonl', encoding, bytesTotal: stat.size };
    return { format: 'csv', delimiter: detectDelimiter(start), encoding, bytesTotal: stat.size };
  } finally {
    await handle.close();
  }
}

/** The candidate delimiter most frequent in the first line, outside double quotes (`,` when none). */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0], ['|', 0]]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  let n = 0;
  for (const [d, c] of counts) if (c > n) [best, n] = [d, c];
  return best;
}

/** Decodes bytes to text as they stream, counting them. */
class Decode extends Transform {
  bytes = 0;
  private utf8 = new TextDecoder('utf-8');
  private first = true;
  constructor(private readonly encoding: 'utf-8' | 'windows-1252') {
    super({ decodeStrings: true, readableObjectMode: false, encoding: 'utf8' });
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    let b: Uint8Array = chunk;
    if (this.first) {
      this.first = false;
      if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
    }
    done(null, this.encoding === 'utf-8' ? this.utf8.decode(b, { stream: true }) : decodeWindows1252(b));
  }
  override _flush(done: TransformCallback): void {
    done(null, this.encoding === 'utf-8' ? this.utf8.decode() : '');
  }
}

export type ReadItem = { row: number; raw: RawRow } | { row: number; error: string };

export interface RowStream {
  columns: string[];
  items: AsyncGenerator<ReadItem>;
  bytesRead(): number;
  /** Stops reading and releases the file (also when `items` was never started). */
  close(): void;
}

/** Header cells trimmed; empty or repeated names made unique (`column_3`, `Email (2)`). */
export function headerNames(cells: readonly string[]): string[] {
  const seen = new Set<string>();
  return cells.map((c, i) => {
    let name = c.trim() || `column_${i + 1}`;
    for (let n = 2; seen.has(name); n++) name = `${c.trim() || `column_${i + 1}`} (${n})`;
    seen.add(name);
    return name;
  });
}

/**
 * Opens the file for reading. CSV: the header line gives the columns. JSON Lines: `columns` are
 * the keys of the first `jsonlColumnRows` objects (read ahead and then yielded as usual).
 */
export async function openRows(source: ImportSource, sniffed: Sniffed, jsonlColumnRows = 100): Promise<RowStream> {
  const file = fs.createReadStream(source.path, { highWaterMark: 256 * 1024 });
  const decode = new Decode(sniffed.encoding);
  file.on('error', (e) => decode.destroy(openError(source.path, e)));
  file.pipe(decode);
  const stream = sniffed.format === 'csv' ? await openCsv(decode, sniffed.delimiter ?? ',') : await openJsonl(decode, jsonlColumnRows);
  const close = stream.close;
  return {
    ...stream,
    close: () => {
      close();
      file.destroy();
    },
  };
}

async function openCsv(decode: Decode, delimiter: string): Promise<RowStream> {
  const parser = parse({ delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true, info: true, max_record_size: 1 << 20 });
  decode.pipe(parser);
  decode.on('error', (e) => parser.destroy(e));
  const it = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;
  const first = await it.next();
  const columns = first.done ? [] : headerNames(first.value.record);
  // csv-parse counts a quoted CRLF inside a field as two lines; `crlf` undoes that, and a row is
  // numbered by the line it starts on (header = line 1).
  let crlf = 0;
  async function* items(): AsyncGenerator<ReadItem> {
    try {
      for (;;) {
        let next: IteratorResult<{ record: string[]; info: { lines: number } }>;
        try {
          next = await it.next();
        } catch (e) {
          // A malformed record (e.g. an unclosed quote) ends the file: report where.
          const err = e as { code?: string; lines?: number; message: string };
          yield { row: err.lines ?? 0, error: `the file cannot be read past this line: ${err.message}` };
          return;
        }
        if (next.done) return;
        const { record, info } = next.value;
        let inside = 0;
        for (const c of record) {
          if (c.length > 1 && (c.includes('\n') || c.includes('\r'))) {
            crlf += c.split('\r\n').length - 1;
            inside += c.split(/\r\n|\r|\n/).length - 1;
          }
        }
        const row = info.lines - crlf - inside;
        if (record.every((c) => c === '')) continue;
        const raw: RawRow = {};
        for (let i = 0; i < columns.length; i++) raw[columns[i] as string] = record[i] ?? '';
        if (record.length > columns.length && record.slice(columns.length).some((c) => c !== '')) {
          yield { row, error: `the row has ${record.length} values for ${columns.length} columns` };
          continue;
        }
        yield { row, raw };
      }
    } finally {
      parser.destroy();
      decode.destroy();
    }
  }
  return {
    columns,
    items: items(),
    bytesRead: () => decode.bytes,
    close: () => {
      parser.destroy();
      decode.destroy();
    },
  };
}

async function openJsonl(decode: Decode, columnRows: number): Promise<RowStream> {
  const lines = splitLines(decode);
  const ahead: ReadItem[] = [];
  const columns = new Set<string>();
  while (ahead.length < columnRows) {
    const n = await lines.next();
    if (n.done) break;
    const item = parseLine(n.value.line, n.value.row);
    if (item === null) continue;
    if ('raw' in item) for (const k of Object.keys(item.raw)) columns.add(k);
    ahead.push(item);
  }
  async function* items(): AsyncGenerator<ReadItem> {
    try {
      yield* ahead;
      for await (const { line, row } of lines) {
        const item = parseLine(line, row);
        if (item) yield item;
      }
    } finally {
      decode.destroy();
    }
  }
  return { columns: [...columns], items: items(), bytesRead: () => decode.bytes, close: () => decode.destroy() };
}

function parseLine(line: string, row: number): ReadItem | null {
  const t = line.trim();
  if (t === '') return null;
  try {
    const v: unknown = JSON.parse(t);
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return { row, error: 'each line must be a JSON object' };
    return { row, raw: v as RawRow };
  } catch (e) {
    return { row, error: `not valid JSON: ${(e as Error).message}` };
  }
}

async function* splitLines(stream: AsyncIterable<string | Buffer>): AsyncGenerator<{ line: string; row: number }> {
  let rest = '';
  let row = 0;
  for await (const chunk of stream) {
    rest += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    let start = 0;
    let i: number;
    while ((i = rest.indexOf('\n', start)) >= 0) {
      yield { line: rest.slice(start, i).replace(/\r$/, ''), row: ++row };
      start = i + 1;
    }
    rest = rest.slice(start);
  }
  if (rest !== '') yield { line: rest, row: ++row };
}
