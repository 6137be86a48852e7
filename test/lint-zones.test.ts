// The layers' one-way imports and the UI features' separation are enforced by the lint
// (eslint.config.js): an import that crosses a zone, or closes a cycle, fails `npm run lint`.
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { cycleCheck, UI_FEATURES } from '../eslint.config.js';

const root = path.resolve(import.meta.dirname, '..');
// The project's configuration as it is; the cycle check is left out here because it reads the probe's
// file from disk (the probes below are never written), and is proved on real files further down.
const eslint = new ESLint({ cwd: root, overrideConfig: { files: ['src/**/*.ts'], rules: { 'import/no-cycle': 'off' } } });

/** The rules broken by `code` written as the file at `file` (the file need not exist; its imports must). */
async function broken(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('lint zones', () => {
  it('fail an import from a layer above: core → state, io → state, state → worker, ui → worker', async () => {
    const cases: [string, string][] = [
      ['src/core/zone-probe.ts', "import { formatDate } from '../state/format-date.ts';\nexport const f = formatDate;\n"],
      ['src/io/zone-probe.ts', "import { formatDate } from '../state/format-date.ts';\nexport const f = formatDate;\n"],
      ['src/state/zone-probe.ts', "import { createWorkerAnalyzer } from '../worker/analysis-client.ts';\nexport const f = createWorkerAnalyzer;\n"],
      ['src/ui/zone-probe.ts', "import { createImportReader } from '../worker/import-client.ts';\nexport const f = createImportReader;\n"],
    ];
    for (const [file, code] of cases) {
      expect((await broken(file, code)).join('\n'), file).toMatch(/^import\/no-restricted-paths: .*may not import from the layers above it/mu);
    }
  });

  it('fail an import from another UI feature, and allow the shared pieces', async () => {
    const cross = await broken('src/ui/pair/zone-probe.ts', "import { Heatmap } from '../overview/heatmap.tsx';\nexport const f = Heatmap;\n");
    expect(cross.join('\n')).toMatch(/^import\/no-restricted-paths: .*src\/ui\/pair may import ui\/shared and ui\/i18n/mu);
    const shell = await broken('src/ui/shared/zone-probe.ts', "import { App } from '../app.tsx';\nexport const f = App;\n");
    expect(shell.join('\n')).toMatch(/^import\/no-restricted-paths: .*src\/ui\/shared may not import a view/mu);
    const ok = await broken('src/ui/pair/zone-probe.ts', "import { Panel } from '../shared/panel.tsx';\nimport { useT } from '../i18n/use-t.ts';\nimport { formatDate } from '../../state/format-date.ts';\nexport const f = [Panel, useT, formatDate];\n");
    expect(ok).toEqual([]);
  });

  it('fail an import cycle', async () => {
    const withCycles = new ESLint({ cwd: root, ignore: false, overrideConfigFile: true, overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: (await import('typescript-eslint')).parser }, ...cycleCheck }] });
    const [result] = await withCycles.lintFiles([path.join(root, 'test/fixtures/lint/cycle-a.ts')]);
    expect(result?.messages.map((m) => m.ruleId)).toEqual(['import/no-cycle']);
  });
});

describe('layout', () => {
  const dirs = (dir: string) => fs.readdirSync(path.join(root, dir), { withFileTypes: true });
  it('gives every UI folder a zone: a feature, or the shared pieces and the dictionaries', () => {
    const folders = dirs('src/ui').filter((d) => d.isDirectory()).map((d) => d.name).sort();
    expect(folders).toEqual([...UI_FEATURES, 'i18n', 'shared'].sort());
  });
  it('keeps src/state in folders by concern, at most 20 files at its top level', () => {
    expect(dirs('src/state').filter((d) => d.isFile()).length).toBeLessThanOrEqual(20);
  });
});
