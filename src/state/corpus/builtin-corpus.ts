/**
 * The built-in corpus (corpus/*.txt and corpus/corpus.json), bundled with the app so it works with
 * the network off. The texts are loaded lazily: they are not part of the first screen's JavaScript.
 */
import type { CorpusManifest, SourceFile } from '../../core/corpus.ts';
import type { CorpusInput } from '../slices/corpus-slice.ts';
import manifestJson from '../../../corpus/corpus.json';

const texts = import.meta.glob<string>('/corpus/*.txt', { query: '?raw', import: 'default' });

/** The manifest of the built-in corpus. */
export const builtinManifest: CorpusManifest = manifestJson;

/** Loads the built-in corpus's files in manifest order. */
export async function loadBuiltinCorpus(): Promise<CorpusInput> {
  const files: SourceFile[] = await Promise.all(builtinManifest.files.map(async (name) => {
    const load = texts[`/corpus/${name}`];
    if (!load) throw new Error(`corpus file missing: ${name}`);
    return { name, text: await load() };
  }));
  return { files, manifest: builtinManifest };
}
