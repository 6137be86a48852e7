import { benchSources } from './inputs.ts';
import { scanWords } from '../../src/core/vn-words.ts';
import { repairText } from '../../src/core/repair-glyphs.ts';
import { prepareText } from '../../src/core/parse-lines.ts';
const texts = benchSources(1000).map((x) => x.text.normalize('NFC'));
const cpu = (label: string, fn: () => void) => { const t = process.cpuUsage(); fn(); const d = process.cpuUsage(t); console.log(label, ((d.user + d.system) / 1000 / texts.length).toFixed(3), 'ms/doc'); };
for (let r = 0; r < 3; r++) {
  cpu('scan', () => { for (const t of texts) scanWords(t + ''); });
  cpu('repairText', () => { for (const t of texts) repairText(t); });
  cpu('prepareText', () => { for (const t of texts) prepareText(t); });
}
