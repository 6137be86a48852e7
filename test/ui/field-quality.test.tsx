// @vitest-environment jsdom
// Damage said out loud in the app (issue 10): real damaged files from corpus/real, worded by code.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { QualityBanner, QualityMarker } from '../../src/ui/shared/field/quality-note.tsx';
import PairPage from '../../src/ui/pair/pair-page.tsx';
import type { Analysis } from '../../src/core/types.ts';
import { realDoc } from '../support/real.ts';
import { builtinAnalysis } from '../support/corpus.ts';
import { renderWith, storeAt } from './render-app.tsx';

afterEach(cleanup);

const dropped = realDoc('damage_dropped-letters_mttq-quang-ninh_HD.txt');
const scrambled = realDoc('damage_scrambled-diacritics_127-KL-TW.txt');

describe('quality in the app', () => {
  it('says in Vietnamese that accents were lost and what that does to the verbatim share', () => {
    renderWith(storeAt('#/'), <QualityBanner quality={dropped.quality} />);
    const banner = screen.getByTestId('quality-banner');
    expect(banner.querySelector('[data-problem="DROPPED_LETTERS"]')?.textContent).toMatch(/^Văn bản mất dấu Nhiều từ không phải âm tiết tiếng Việt/u);
    expect(banner.textContent).toContain('Tỉ lệ nguyên văn có thể thấp hơn thực tế');
    // The examples are the document's own (damaged) words, marked as document text.
    expect(banner.querySelector('[data-doc-text]')).not.toBeNull();
  });

  it('words the same problems in English under the English toggle', () => {
    renderWith(storeAt('#/?lang=en'), <QualityBanner quality={scrambled.quality} />);
    const text = screen.getByTestId('quality-banner').textContent ?? '';
    expect(text).toContain('Tone marks scrambled');
    expect(text).toContain('the verbatim share may be lower');
    expect(text).not.toContain('Dấu thanh');
  });

  it('shows nothing for a clean document', () => {
    const { analysis } = builtinAnalysis();
    const { container } = renderWith(storeAt('#/'), <><QualityBanner quality={analysis.documents[1]!.doc.quality} /><QualityMarker quality={analysis.central.quality} /></>);
    expect(analysis.documents.every((d) => d.doc.quality?.problems.length === 0)).toBe(true);
    expect(container.textContent).toBe('');
  });

  it('marks a damaged document in a row and puts a banner on its pair view', () => {
    renderWith(storeAt('#/'), <QualityMarker quality={dropped.quality} />);
    expect(screen.getByTestId('quality-marker').textContent).toContain('Văn bản mất dấu');
    cleanup();
    const { analysis } = builtinAnalysis();
    const damaged: Analysis = { ...analysis, documents: analysis.documents.map((d) => (d.doc.id === '1698-cv-tu' ? { ...d, doc: { ...d.doc, quality: dropped.quality! } } : d)) };
    renderWith(storeAt('#/pair/1698-cv-tu', damaged), <PairPage />);
    const banners = screen.getAllByTestId('quality-banner');
    expect(banners).toHaveLength(1);
    expect(banners[0]!.textContent).toContain('Văn bản mất dấu');
  });
});
