/**
 * Text worded by src/messages (reasons, notes) on screen: the interface's words as they are, the
 * document's own words marked as such (`data-doc-text`, in Vietnamese), so a reader, a screen reader
 * and the end-to-end language check can tell them apart.
 */
import { parts, type Piece } from '../../messages/words.ts';
import { docTitle } from '../../messages/kinds.ts';
import { useT } from '../i18n/use-t.ts';

/** The parts of `piece`, document text marked. */
export function Worded({ piece }: { piece: Piece }) {
  return (
    <>
      {parts(piece).map((p, i) => (p.doc ? <span key={i} data-doc-text="" lang="vi">{p.text}</span> : p.text))}
    </>
  );
}

/** Props that mark an element's content as the document's own text (names, numbers, clauses). */
export const DOC_TEXT = { 'data-doc-text': '', lang: 'vi' } as const;

/** A document's number as printed, marked as document text; "no number" in the interface language. */
export function DocNumber({ number }: { number: string | null }) {
  const t = useT();
  return number ? <span {...DOC_TEXT}>{number}</span> : <>{t('doc.noNumber')}</>;
}

/** "Công văn 1154-CV/TU" (English: "Official letter 1154-CV/TU"): kind and number, either may be missing. */
export function DocTitle({ kind, number }: { kind: string | null; number: string | null }) {
  const t = useT();
  return <Worded piece={docTitle(t.lang, kind, number, t('doc.noNumber'))} />;
}
