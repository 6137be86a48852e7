/**
 * Measures a .docx before mammoth opens it. JSZip inflates every part mammoth asks for, whole, and
 * checks the size the zip declares only afterwards: a 184 KB file inflating to 60 MB of `<w:p>`
 * took 74 s and 4.3 GB before the process died (issue 16). So the parts are counted and their
 * declared sizes summed on the zip directory first, with nothing inflated; then every compressed
 * part is inflated as a stream, keeping nothing, and stopped as soon as it outgrows what the
 * directory declares — a directory that lies cannot let a bomb through either.
 */
import { InputError } from '../core/errors.ts';
import { MAX_DOCX_INFLATED, MAX_DOCX_PARTS, MAX_DOCX_XML, megabytes } from './limits.ts';
import { dataOffset, readZipDirectory, type ZipDirEntry } from './zip-directory.ts';

/** Parts mammoth never parses as XML: images, fonts, embedded files (by folder or extension). */
const BINARY_PART = /(?:^|\/)(?:media|embeddings|fonts)\/|\.(?:png|jpe?g|gif|bmp|tiff?|emf|wmf|wdp|svg|bin|odttf|ttf|otf)$/iu;

function tooLarge(source: string, bytes: number, xml: boolean): InputError {
  const [what, limit] = xml ? [' of XML', MAX_DOCX_XML] : ['', MAX_DOCX_INFLATED];
  return new InputError('INFLATES_TOO_LARGE', source,
    `${source} inflates to ${megabytes(bytes)}${what}; Word documents over ${limit / 1024 / 1024} MB${what} inflated are refused`, megabytes(bytes), bytes);
}

const damaged = (source: string, why: string) =>
  new InputError('CORRUPT_DOCX', source, `${source} is not a readable Word (.docx) file: ${why}`, why);

/** `true` when inflated bytes start like XML ("<", after a byte-order mark and white space). */
function startsLikeXml(head: Uint8Array): boolean {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  return head[i] === 0x3c;
}

/**
 * Inflates one deflated part as a stream without keeping it: its real size (stopping once past
 * `limit`, returned as `limit + 1`) and whether it starts like XML. Data that does not inflate
 * is left to JSZip, which refuses it if mammoth ever reads it.
 */
async function inflate(data: Uint8Array, limit: number): Promise<{ size: number; xml: boolean }> {
  const reader = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  let size = 0, xml: boolean | null = null;
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      xml ??= startsLikeXml(r.value);
      size += r.value.length;
      if (size > limit) {
        void reader.cancel().catch(() => {});
        return { size: limit + 1, xml };
      }
    }
  } catch {
    // Damaged deflate data.
  }
  return { size, xml: xml ?? false };
}

/** Sum of `size` over `entries`. */
const total = (entries: readonly ZipDirEntry[]): number => entries.reduce((n, e) => n + e.size, 0);

/**
 * Throws `InputError` before anything is inflated when the .docx `bytes` hold more than
 * MAX_DOCX_PARTS parts (TOO_MANY_PARTS) or declare more than MAX_DOCX_INFLATED in all or
 * MAX_DOCX_XML of XML (INFLATES_TOO_LARGE); CORRUPT_DOCX when the zip directory is missing,
 * inconsistent, or declares less than a part inflates to. Then checks by inflating (streamed,
 * nothing kept) that no part outgrows its declared size and that the parts that turn out to be
 * XML whatever their name stay under MAX_DOCX_XML.
 */
export async function checkDocx(bytes: Uint8Array, source: string): Promise<void> {
  const dir = readZipDirectory(bytes, MAX_DOCX_PARTS);
  if ('problem' in dir) {
    if (dir.problem === 'too-many') {
      throw new InputError('TOO_MANY_PARTS', source,
        `${source} holds ${dir.count} zip parts; Word documents of more than ${MAX_DOCX_PARTS} parts are refused`, String(dir.count), dir.count);
    }
    throw damaged(source, dir.problem === 'no-directory' ? 'the zip archive is incomplete (its directory is missing)' : 'the zip directory is damaged');
  }
  const all = total(dir.entries);
  if (all > MAX_DOCX_INFLATED) throw tooLarge(source, all, false);
  let xml = total(dir.entries.filter((e) => !BINARY_PART.test(e.name)));
  if (xml > MAX_DOCX_XML) throw tooLarge(source, xml, true);
  for (const entry of dir.entries) {
    const start = dataOffset(bytes, entry);
    if (start < 0) throw damaged(source, `the part ${entry.name} is missing`);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (entry.method !== 8) {
      if (entry.method === 0 && BINARY_PART.test(entry.name) && startsLikeXml(data.subarray(0, 64))) xml += entry.size;
    } else {
      const real = await inflate(data, entry.size);
      if (real.size > entry.size) throw damaged(source, `the part ${entry.name} inflates to more than the ${entry.size} bytes its zip directory declares`);
      if (real.xml && BINARY_PART.test(entry.name)) xml += entry.size;
    }
    if (xml > MAX_DOCX_XML) throw tooLarge(source, xml, true);
  }
}
