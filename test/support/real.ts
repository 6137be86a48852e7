/**
 * Test helpers for the real documents of other families (corpus/real, copied from ../shared/real
 * with their reference alignments in test/gold/real): read, parse, analyse a pair, report.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/analyze.ts';
import { parseDocuments } from '../../src/core/parse-document.ts';
import { toReport } from '../../src/core/report.ts';
import type { Analysis, ParsedDocument } from '../../src/core/types.ts';
import type { Gold } from './score-gold.ts';

export const REAL = path.resolve(import.meta.dirname, '../../corpus/real');

/** Every real file name, sorted. */
export const realFiles = (): string[] => fs.readdirSync(REAL).filter((f) => f.endsWith('.txt')).sort();

export const realText = (file: string): string => fs.readFileSync(path.join(REAL, file), 'utf8');

/** All documents a real file holds. */
export const parseReal = (file: string): ParsedDocument[] => parseDocuments(file, realText(file));

/** The document of a file that is compared (the last: a cover letter comes first). */
export const realDoc = (file: string): ParsedDocument => parseReal(file).at(-1)!;

/** A central file's text itself: the first document with tasks. */
export const realCentral = (file: string): ParsedDocument => {
  const docs = parseReal(file);
  return docs.find((d) => d.blocks.some((b) => b.part === 'task')) ?? docs[0]!;
};

const cache = new Map<string, Analysis>();

/** The analysis of `local` against `central` (memoized per pair). */
export function realPair(central: string, local: string): Analysis {
  const key = `${central}|${local}`;
  let a = cache.get(key);
  if (!a) cache.set(key, (a = analyze({ central: realCentral(central), documents: [realDoc(local)] })));
  return a;
}

export const realReport = (central: string, local: string) => toReport(realPair(central, local));

export const realGold = (name: string): Gold => JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../gold/real', name), 'utf8')) as Gold;
