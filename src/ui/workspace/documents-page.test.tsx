// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { CorpusManifest } from '../../core/corpus.ts';
import { parseSources } from '../../core/corpus.ts';
import { arrangeWorkspace } from '../../state/workspace/workspace-arrange.ts';
import { EMPTY_WORKSPACE, type Catalog } from '../../state/workspace/workspace-types.ts';
import { catalogOf } from '../../state/workspace/import-read.ts';
import { memoryStorage } from '../../state/workspace/workspace-storage.ts';
import type { CorpusInput } from '../../state/slices/corpus-slice.ts';
import { createAppStore } from '../../state/store.ts';
import { runAnalysis } from '../../worker/run-analysis.ts';
import { renderWith, storeAt } from '../../../test/ui/render-app.tsx';
import DocumentsPage from './documents-page.tsx';

const root = resolve(import.meta.dirname, '../../../corpus');
const manifest = JSON.parse(readFileSync(join(root, 'corpus.json'), 'utf8')) as CorpusManifest;
const files = manifest.files.map((name) => ({ name, text: readFileSync(join(root, name), 'utf8') }));
const catalog = arrangeWorkspace(parseSources(files), manifest, EMPTY_WORKSPACE).catalog;

afterEach(cleanup);

describe('documents page', () => {
  it('lists every document with its role, and refused imports with their message; never HTML', async () => {
    const store = storeAt('#/documents');
    const doc = { id: 'd1', name: '<img src=x onerror=alert(1)>.txt', text: 'x', encoding: 'tcvn3', converted: 'TCVN3 → Unicode', format: 'text' as const, size: 1, addedAt: '' };
    store.setState({
      workspace: {
        ...store.getState().workspace, status: 'ready', catalog,
        ws: { ...EMPTY_WORKSPACE, docs: [doc] },
        lastImport: [{ name: 'scan.pdf', ok: false, code: 'NO_TEXT_LAYER', detail: null, source: null, converted: null, encoding: null }],
      },
    });
    const { container } = renderWith(store, <DocumentsPage />);
    expect(screen.getByTestId('docs-central').textContent).toBe('Kết luận 54-KL/TW');
    const roles = [...container.querySelectorAll('[data-testid="doc-entry"]')].map((e) => e.getAttribute('data-role'));
    expect(roles).toEqual(['central', 'local', 'local', 'local', 'local', 'parent']);
    expect(screen.getByTestId('import-error').textContent).toContain('cần nhận dạng chữ (OCR)');
    expect(container.querySelector('img[src="x"]')).toBeNull();
    // Editing opens a form with the detected values.
    const first = container.querySelectorAll('[data-testid="doc-entry"]')[2]!;
    fireEvent.click(first.querySelector('[data-testid="edit"]')!);
    await waitFor(() => expect(first.querySelector('[data-testid="meta-editor"]')).not.toBeNull());
    expect((first.querySelector('input[name="number"]') as HTMLInputElement).value).toBe('1154-CV/TU');
    expect((first.querySelector('input[name="date"]') as HTMLInputElement).value).toBe('12/06/2023');
  });

  it('lists what is not arranged with Delete: failed with its reason, still analysed, broken records; in both languages', () => {
    for (const [hash, failed, pending, broken] of [
      ['#/documents', 'Không phân tích được', 'Đang phân tích', 'dài 20.000.001 ký tự'],
      ['#/documents?lang=en', 'Could not be analysed', 'Being analysed', '20,000,001 characters long'],
    ] as const) {
      const store = storeAt(hash);
      const doc = (id: string, name: string) => ({ id, name, text: 'x', encoding: 'utf-8', converted: null, format: 'text' as const, size: 1, addedAt: '' });
      store.setState({
        workspace: {
          ...store.getState().workspace, status: 'ready',
          catalog: { ...catalog, failed: [{ source: 'hong.txt', failure: { code: 'INTERNAL', source: 'hong.txt', detail: null, message: 'RangeError' } }] },
          ws: { ...EMPTY_WORKSPACE, docs: [doc('a', 'hong.txt'), doc('b', 'moi.txt')] },
          broken: [{ id: 'c', name: 'cu.txt', problem: 'TOO_MANY_CHARACTERS', chars: 20_000_001 }],
        },
      });
      const { container } = renderWith(store, <DocumentsPage />);
      const rows = [...container.querySelectorAll('[data-testid="repair-entry"]')];
      expect(rows.map((r) => [r.getAttribute('data-source'), r.getAttribute('data-state')])).toEqual([['hong.txt', 'failed'], ['moi.txt', 'pending'], ['cu.txt', 'broken']]);
      expect(rows[0]!.textContent).toContain(failed);
      expect(rows[0]!.querySelector('[data-testid="repair-reason"]')!.textContent).toContain(hash.endsWith('lang=en') ? 'unexpected error' : 'lỗi không lường trước');
      expect(rows[1]!.textContent).toContain(pending);
      expect(rows[2]!.textContent).toContain(broken);
      expect(rows.every((r) => r.querySelector('[data-testid="delete"]'))).toBe(true);
      cleanup();
    }
  });

  it('a ticked "compared" box stays ticked when the re-analysis ends before the new catalog arrives', async () => {
    // The catalog comes from the import worker and the analysis from the analysis worker: either may
    // answer first. Here the catalog is held back until the analysis of the click is over.
    let hold: (() => void) | null = null;
    const store = createAppStore({
      loadCorpus: () => Promise.resolve({ files, manifest }),
      analyze: (input, onProgress) => Promise.resolve(runAnalysis(input, onProgress)),
      workspace: {
        storage: memoryStorage(),
        reader: {
          read: () => Promise.reject(new Error('no import here')),
          catalog: (input: CorpusInput) => new Promise<Catalog>((resolve) => {
            const answer = () => resolve(catalogOf(input));
            if (held) hold = answer; else answer();
          }),
        },
      },
    });
    let held = false;
    const entryOf = (catalog: Catalog | null, source: string) => catalog?.entries.find((e) => e.source === source);
    await store.getState().start();
    await waitFor(() => expect(store.getState().workspace.catalog).not.toBeNull());
    // The Lạng Sơn letter as the central text: Quảng Ngãi's letter does not cite it.
    await store.getState().setCentral(entryOf(store.getState().workspace.catalog, 'lang-son-1154-cv-tu.txt')!.key);
    await waitFor(() => expect(entryOf(store.getState().workspace.catalog, 'quang-ngai-1698-cv-tu.txt')?.role).toBe('other'));
    const { container } = renderWith(store, <DocumentsPage />);
    const entry = () => container.querySelector('[data-testid="doc-entry"][data-source="quang-ngai-1698-cv-tu.txt"]')!;
    const box = () => entry().querySelector<HTMLInputElement>('[data-testid="include"]')!;
    expect(box().checked).toBe(false);
    held = true;
    await act(async () => { fireEvent.click(box()); });
    expect(box().checked).toBe(true);
    // The re-analysis of the click ends; its catalog has not come yet.
    await waitFor(() => expect(store.getState().analysis.status).toBe('ready'));
    await waitFor(() => expect(hold).not.toBeNull());
    await act(async () => { await new Promise((r) => setTimeout(r, 20)); });
    expect(entry().getAttribute('data-role')).toBe('other');
    expect(box().checked).toBe(true);
    // The catalog arrives: the document is compared, the box still ticked.
    await act(async () => { hold!(); await new Promise((r) => setTimeout(r, 0)); });
    await waitFor(() => expect(entry().getAttribute('data-role')).toBe('local'));
    expect(box().checked).toBe(true);
  }, 60_000);
});
