/** A document of a family named for people: kind and number (document text), issuer. */
import { DocTitle, DOC_TEXT } from '../worded.tsx';

interface Named {
  readonly kind: string | null;
  readonly number: string | null;
  readonly issuer: string | null;
  readonly source: string;
}

/** "Kế hoạch 1026/KH-UBND · UBND tỉnh Nghệ An"; the file name when it has no number. */
export function FamilyDocLabel({ doc }: { doc: Named }) {
  return (
    <>
      {doc.number || doc.kind ? <DocTitle kind={doc.kind} number={doc.number} /> : <span {...DOC_TEXT}>{doc.source}</span>}
      {doc.issuer && <> · <span {...DOC_TEXT}>{doc.issuer}</span></>}
    </>
  );
}
