/**
 * A tiny zip writer for tests (node:zlib's raw deflate and crc32): builds hostile .docx files inside
 * the test — decompression bombs, too many entries, a central directory that lies — so none is
 * committed. An entry's data is either bytes, or a head, a chunk repeated `times` and a tail,
 * deflated a group of chunks at a time so a 450 MB entry never exists in memory.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

/** Content of an entry: bytes, or head + chunk × times + tail. */
export type ZipData = Uint8Array | string | { readonly head?: string; readonly chunk: string; readonly times: number; readonly tail?: string };

export interface ZipEntry {
  readonly name: string;
  readonly data: ZipData;
  /** Writes this size in the headers instead of the real one (a lying central directory). */
  readonly declaredSize?: number;
}

const bytesOf = (s: string | Uint8Array): Uint8Array => (typeof s === 'string' ? new TextEncoder().encode(s) : s);

/** Deflated bytes of `data` that end on a byte boundary without closing the stream (not the last piece). */
const piece = (data: Uint8Array) => new Uint8Array(deflateRawSync(data, { level: 9, finishFlush: constants.Z_FULL_FLUSH }));

/** Chunks deflated once as a group and the group repeated: deflating 450 MB at level 9 took 4 s of CPU in every run. */
const GROUP = 1000;

/**
 * Deflates `data`; returns the compressed bytes, the CRC-32 and the size of the data. A repeated
 * chunk is deflated once per group of chunks and the group's bytes repeated: each piece ends with
 * a full flush (byte-aligned, nothing referring back to earlier pieces), so pieces deflated apart
 * concatenate into one valid stream, which only the tail closes.
 */
function deflate(data: ZipData): { compressed: Uint8Array; crc: number; size: number } {
  if (typeof data === 'string' || data instanceof Uint8Array) {
    const bytes = bytesOf(data);
    return { compressed: new Uint8Array(deflateRawSync(bytes, { level: 9 })), crc: crc32(bytes), size: bytes.length };
  }
  const out: Uint8Array[] = [];
  let crc = 0, size = 0;
  const add = (bytes: Uint8Array, compressed: Uint8Array) => { crc = crc32(bytes, crc); size += bytes.length; out.push(compressed); };
  const head = bytesOf(data.head ?? '');
  add(head, piece(head));
  const chunk = bytesOf(data.chunk);
  const whole = Math.floor(data.times / GROUP);
  if (whole) {
    const group = Buffer.concat(Array.from({ length: GROUP }, () => chunk));
    const packed = piece(group);
    for (let i = 0; i < whole; i++) add(group, packed);
  }
  const rest = Buffer.concat(Array.from({ length: data.times % GROUP }, () => chunk));
  add(rest, piece(rest));
  const tail = bytesOf(data.tail ?? '');
  add(tail, new Uint8Array(deflateRawSync(tail, { level: 9 })));
  return { compressed: new Uint8Array(Buffer.concat(out)), crc, size };
}

/** The zip archive of `entries` (deflated, no zip64, no data descriptors). */
export async function zipBytes(entries: readonly ZipEntry[]): Promise<Uint8Array> {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const { compressed, crc, size } = deflate(e.data);
    const name = bytesOf(e.name);
    const declared = e.declaredSize ?? size;
    const local = Buffer.alloc(30 + name.length);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    local.set(name, 30);
    const central = Buffer.alloc(46 + name.length);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    central.set(name, 46);
    locals.push(local, compressed);
    centrals.push(central);
    offset += local.length + compressed.length;
  }
  const dirSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...centrals, end]));
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** The parts of a minimal Word document around `body` (a `ZipData` of `<w:p>` elements). */
export function docxEntries(body: ZipData): ZipEntry[] {
  const document: ZipData = typeof body === 'string' || body instanceof Uint8Array
    ? `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${typeof body === 'string' ? body : new TextDecoder().decode(body)}</w:body></w:document>`
    : { head: `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body.head ?? ''}`, chunk: body.chunk, times: body.times, tail: `${body.tail ?? ''}</w:body></w:document>` };
  return [
    { name: '[Content_Types].xml', data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>' },
    { name: '_rels/.rels', data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
    { name: 'word/document.xml', data: document },
  ];
}

/** One `<w:p>` paragraph of plain text (XML-escaped). */
export function wordParagraph(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;')}</w:t></w:r></w:p>`;
}
