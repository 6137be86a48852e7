/**
 * Reads a zip's central directory — names and sizes of its entries — without inflating anything,
 * so a .docx can be measured before mammoth (JSZip) inflates the parts it reads. Only a consistent
 * archive is read: the directory must end exactly where the End Of Central Directory record starts
 * and hold as many entries as the record says. JSZip tolerates more (data prepended to the archive,
 * a wrong count) and would then see entries other than the ones measured here; Word never writes
 * such files, so they are refused as damaged. ZIP64 records and sizes are read.
 */

/** One entry of the central directory. */
export interface ZipDirEntry {
  readonly name: string;
  /** 0 stored, 8 deflate (others: JSZip refuses the file). */
  readonly method: number;
  readonly compressedSize: number;
  /** Inflated size, as the directory declares it. */
  readonly size: number;
  /** Offset of the entry's local header. */
  readonly localOffset: number;
}

/** Why a directory could not be read. */
export type ZipDirProblem = 'no-directory' | 'damaged' | 'too-many';

const EOCD = 0x06054b50, EOCD64 = 0x06064b50, LOCATOR64 = 0x07064b50, CENTRAL = 0x02014b50;
const MAX16 = 0xffff, MAX32 = 0xffffffff;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A 64-bit little-endian value as a number (exact up to 2^53, far beyond any file we accept). */
const u64 = (v: DataView, at: number): number => v.getUint32(at, true) + v.getUint32(at + 4, true) * 2 ** 32;

/** Offset of the last End Of Central Directory record (it sits in the last 64 KB + 22 bytes), or -1. */
function findEnd(v: DataView): number {
  for (let at = v.byteLength - 22; at >= Math.max(0, v.byteLength - 22 - MAX16); at--) {
    if (v.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

/** Offset, size and entry count of the central directory, from the EOCD record or its ZIP64 twin; `null` if inconsistent. */
function directoryOf(v: DataView, end: number): { offset: number; size: number; count: number } | null {
  const offset = v.getUint32(end + 16, true), size = v.getUint32(end + 12, true), count = v.getUint16(end + 10, true);
  if (offset !== MAX32 && size !== MAX32 && count !== MAX16) return offset + size === end ? { offset, size, count } : null;
  if (end < 20 || v.getUint32(end - 20, true) !== LOCATOR64) return null;
  const record = u64(v, end - 20 + 8);
  if (record + 56 > v.byteLength || v.getUint32(record, true) !== EOCD64) return null;
  const dir = { offset: u64(v, record + 48), size: u64(v, record + 40), count: u64(v, record + 32) };
  // The ZIP64 record (12 bytes + its declared size) and the 20-byte locator sit between the directory and the EOCD.
  return dir.offset + dir.size === record && record + 12 + u64(v, record + 4) + 20 === end ? dir : null;
}

/** Sizes and offset of an entry from its ZIP64 extra field, where the 32-bit fields are saturated. */
function zip64Values(v: DataView, extra: number, extraEnd: number, sizes: number[]): void {
  for (let at = extra; at + 4 <= extraEnd;) {
    const id = v.getUint16(at, true), len = v.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      for (let k = 0; k < 3; k++) {
        if (sizes[k] !== MAX32 || field + 8 > at + 4 + len) continue;
        sizes[k] = u64(v, field);
        field += 8;
      }
      return;
    }
    at += 4 + len;
  }
}

/**
 * The entries of the zip `bytes`, or why they cannot be trusted: no directory, a directory that is
 * inconsistent or runs off the end ('damaged'), or more than `max` entries ('too-many', told from
 * the record's count before any entry is read).
 */
export function readZipDirectory(bytes: Uint8Array, max: number):
  { readonly entries: ZipDirEntry[] } | { readonly problem: ZipDirProblem; readonly count?: number } {
  const v = view(bytes);
  const end = findEnd(v);
  if (end < 0) return { problem: 'no-directory' };
  const dir = directoryOf(v, end);
  if (dir === null) return { problem: 'damaged' };
  if (dir.count > max) return { problem: 'too-many', count: dir.count };
  const names = new TextDecoder('utf-8');
  const entries: ZipDirEntry[] = [];
  let at = dir.offset;
  while (at < dir.offset + dir.size) {
    if (at + 46 > end || v.getUint32(at, true) !== CENTRAL) return { problem: 'damaged' };
    const nameLength = v.getUint16(at + 28, true), extraLength = v.getUint16(at + 30, true), comment = v.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + comment;
    if (next > end) return { problem: 'damaged' };
    // [inflated size, compressed size, local header offset], in the order ZIP64 stores them.
    const sizes = [v.getUint32(at + 24, true), v.getUint32(at + 20, true), v.getUint32(at + 42, true)];
    if (sizes.includes(MAX32)) zip64Values(v, at + 46 + nameLength, at + 46 + nameLength + extraLength, sizes);
    entries.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: v.getUint16(at + 10, true),
      size: sizes[0]!, compressedSize: sizes[1]!, localOffset: sizes[2]!,
    });
    at = next;
  }
  return at === dir.offset + dir.size && entries.length === dir.count ? { entries } : { problem: 'damaged' };
}

/** Where an entry's data starts (after its local header), or -1 when the header is not there. */
export function dataOffset(bytes: Uint8Array, entry: ZipDirEntry): number {
  const v = view(bytes);
  const at = entry.localOffset;
  if (at + 30 > v.byteLength || v.getUint32(at, true) !== 0x04034b50) return -1;
  const start = at + 30 + v.getUint16(at + 26, true) + v.getUint16(at + 28, true);
  return start + entry.compressedSize <= v.byteLength ? start : -1;
}
