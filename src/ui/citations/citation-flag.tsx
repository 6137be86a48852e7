/**
 * One citation inconsistency: its sentence, the local documents it concerns, the core's own
 * sentence. With thousands of documents a flag would name every one of them ("99-QĐ/TW được dẫn với
 * cơ quan ban hành khác nhau: …" across 5,000 letters); it names the first FLAG_DOCS and counts the
 * rest, with a button that names them all.
 */
import { useState } from 'react';
import type { CitationFlagView } from '../../state/combine/combine-citations.ts';
import { formatDate } from '../../state/format-date.ts';
import { pairRoute } from '../../state/route/route.ts';
import { docText, join, type Piece } from '../../messages/words.ts';
import { useT } from '../i18n/use-t.ts';
import type { T } from '../i18n/translate.ts';
import { useST } from '../i18n/scale-strings.ts';
import { DOC_TEXT, DocNumber, Worded } from '../shared/worded.tsx';
import { href, useRoute } from '../shared/use-route-href.ts';
import { formatCount } from '../i18n/numbers.ts';
import type { ItemProps } from '../shared/virtual/virtual-list.tsx';

/** Documents a flag names before "and N more". */
export const FLAG_DOCS = 8;

/** The flag's sentence, composed from its facts in the interface language (document text marked). */
export function flagText(t: T, f: CitationFlagView): Piece {
  const names = (xs: readonly { name: string }[]) => join(xs.map((x) => docText(x.name)), ', ');
  const key = docText(f.key);
  if (f.kind === 'kind-mismatch') {
    const d = f.documents[0];
    const main = t.parts('citations.flag.kind-mismatch', { doc: docText(d?.name ?? f.key), text: docText(d?.text ?? f.key) });
    const mine = new Set(f.documents.map((x) => x.id));
    const others = f.others.filter((o) => !mine.has(o.id));
    return f.suggested && others.length ? [main, ' ', t.parts('citations.flag.suggested', { others: names(others), suggested: docText(f.suggested) })] : main;
  }
  if (f.kind === 'date-conflict') {
    const list = join(f.documents.map((d) => [formatDate(d.date) ?? '?', ' (', docText(d.name), ')']), ', ');
    return t.parts('citations.flag.date-conflict', { key, list });
  }
  if (f.kind === 'issuer-conflict') {
    const list = join(f.documents.map((d) => [d.issuer ? docText(d.issuer) : '?', ' (', docText(d.name), ')']), ', ');
    return t.parts('citations.flag.issuer-conflict', { key, list });
  }
  return t.parts('citations.flag.other', { key, docs: names(f.documents) });
}

/** The flag with its documents cut to the first `n` (the sentence and the links follow). */
const cut = (f: CitationFlagView, n: number): CitationFlagView =>
  (f.documents.length <= n && f.others.length <= n ? f : { ...f, documents: f.documents.slice(0, n), others: f.others.slice(0, n) });

/** The flag as a list item (`props` from the windowed list). */
export function FlagItem({ f, props }: { f: CitationFlagView; props: ItemProps }) {
  const t = useT();
  const st = useST();
  const route = useRoute();
  const [all, setAll] = useState(false);
  const shown = all ? f : cut(f, FLAG_DOCS);
  const hidden = f.documents.length - shown.documents.length;
  return (
    <li className="cite-flag" data-kind={f.kind} {...props}>
      <p className="cite-flag__text">
        <Worded piece={flagText(t, shown)} />
        {hidden > 0 && <> {st('citations.agg.others', { n: formatCount(t.lang, hidden) })}{' '}
          <button type="button" className="button button--quiet button--small" onClick={() => setAll(true)}>{st('citations.agg.showAll', { n: formatCount(t.lang, f.documents.length) })}</button></>}
      </p>
      <div className="cite-flag__meta">
        {shown.documents.filter((d) => d.local).map((d) => (
          <a key={d.id} href={href(pairRoute(route, d.id))}><span {...DOC_TEXT}>{d.name}</span> · <DocNumber number={d.number} /></a>
        ))}
        {/* The core's own sentence is Vietnamese: a detail of the Vietnamese interface only. */}
        {t.lang === 'vi' && (
          <details className="cite-flag__detail">
            <summary>{t('citations.flag.detail')}</summary>
            <p {...DOC_TEXT}>{f.message}</p>
          </details>
        )}
      </div>
    </li>
  );
}
