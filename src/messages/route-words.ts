/** Routing reasons (core/route.ts) in words, for the CLI (stderr, Markdown) and the interface, in Vietnamese or English. */
import type { RouteReason } from '../core/route.ts';

const pct = (x: string | number | undefined) => `${Math.round(Number(x ?? 0) * 100)}%`;

/** One reason in one language. */
export function routeText(r: RouteReason, lang: 'vi' | 'en'): string {
  const v = r.values;
  const vi = lang === 'vi';
  switch (r.code) {
    case 'NUMBER': {
      const where = v['where'] === 'title' ? (vi ? 'trích yếu' : 'title') : (vi ? 'phần mở đầu' : 'lead-in');
      const act = v['action'] === 'basis' ? (vi ? 'căn cứ' : 'as its basis') : (vi ? 'thực hiện' : 'as the text it implements');
      return vi ? `trích dẫn số ${v['number']} ở ${where} (${act})` : `cites ${v['number']} in its ${where} ${act}`;
    }
    case 'TITLE':
      return vi ? `nêu ${v['number']} bằng loại và trích yếu` : `names ${v['number']} by its kind and title`;
    case 'CONTENT':
      return vi ? `không trích dẫn, nhưng thực hiện ${v['carried']}/${v['total']} nhiệm vụ của ${v['number']} (${pct(v['share'])})`
        : `does not cite it but carries ${v['carried']} of the ${v['total']} task clauses of ${v['number']} (${pct(v['share'])})`;
    case 'PARENT': {
      const by = v['by'] === 'number' ? (vi ? 'theo số' : 'by number') : (vi ? 'theo loại, cơ quan ban hành và trích yếu' : 'by kind, issuer and title');
      return vi ? `thực hiện văn bản ${v['parent']}${v['cited'] ? ` (trích dẫn là ${v['cited']})` : ''}, nhận ra ${by}`
        : `implements ${v['parent']}${v['cited'] ? ` (cited as ${v['cited']})` : ''}, found ${by}`;
    }
    case 'CITES_ONLY':
      return vi ? `nêu ${v['number']} nhưng chỉ thực hiện ${v['carried']}/${v['total']} nhiệm vụ của văn bản này`
        : `names ${v['number']} but carries only ${v['carried']} of its ${v['total']} task clauses`;
    case 'BELOW_BAR': {
      const says = v['cites'] ? (vi ? ` (văn bản trích dẫn ${v['cites']})` : ` (it cites ${v['cites']})`) : '';
      if (!v['number']) return vi ? `không có văn bản Trung ương nào${says}` : `no central text given${says}`;
      return vi ? `không trích dẫn văn bản Trung ương nào đã nạp${says}; gần nhất là ${v['number']}: ${v['carried']}/${v['total']} nhiệm vụ (${pct(v['share'])}), dưới ngưỡng ${pct(v['bar'])}`
        : `cites none of the central texts${says}; carries at most ${v['carried']} of the ${v['total']} task clauses of ${v['number']} (${pct(v['share'])}), below ${pct(v['bar'])}`;
    }
    case 'PRECEDES':
      return vi ? `có trước ${v['number']} (${v['by'] === 'citation' ? 'văn bản này trích dẫn nó' : 'ban hành sớm hơn'}) nên không thể thực hiện văn bản đó`
        : `comes before ${v['number']} (${v['by'] === 'citation' ? 'which cites it' : 'dated earlier'}), so it cannot implement it`;
  }
}
