// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { CorpusManifest } from '../../core/corpus.ts';
import { parseSources } from '../../core/corpus.ts';
import { arrangeWorkspace } from '../../state/workspace/workspace-arrange.ts';
import { EMPTY_WORKSPACE } from '../../state/workspace/workspace-types.ts';
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
});
