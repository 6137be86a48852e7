/**
 * A worded line whose values are partly the document's or the reviewer's own words (a clause, a
 * name, a note): the line is filled by its wording function, and those values come back marked
 * (`data-doc-text`), so a reader and the language check can tell the interface from the content.
 */
import type { ReactNode } from 'react';
import { DOC_TEXT } from '../worded.tsx';

/** A value that is content, not interface: shown as written, marked. */
export interface Content { readonly content: string }
export const content = (s: string): Content => ({ content: s });

type Value = string | number | Content | { readonly node: ReactNode };

const MARK = /\uE000(\d+)\uE000/u;

/** `fill(vars)` with content values marked and node values placed. */
export function marked(fill: (vars: Record<string, string | number>) => string, vars: Readonly<Record<string, Value>>): ReactNode {
  const held: ReactNode[] = [];
  const plain: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(vars)) {
    if (typeof v === 'string' || typeof v === 'number') { plain[k] = v; continue; }
    plain[k] = `\uE000${held.length}\uE000`;
    held.push('content' in v ? (v.content ? <span {...DOC_TEXT}>{v.content}</span> : '') : v.node);
  }
  const pieces = fill(plain).split(MARK);
  return <>{pieces.map((p, i) => (i % 2 ? <span key={i}>{held[Number(p)]}</span> : p))}</>;
}
