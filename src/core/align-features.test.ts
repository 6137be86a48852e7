// align-features.ts: the words alignment compares, on phrases of the real documents.
import { describe, expect, it } from 'vitest';
import { featureWords } from './align-features.ts';
import { tokenize } from './normalize.ts';

const f = (s: string) => featureWords(tokenize(s).filter((t) => t.word).map((t) => t.norm)).join(' ');

describe('featureWords', () => {
  it('writes official names short on both sides: UBND = Ủy ban nhân dân (Nghệ An 1026 against Chỉ thị 32)', () => {
    expect(f('Chủ tịch Ủy ban nhân dân tỉnh')).toBe(f('Chủ tịch UBND tỉnh'));
    expect(f('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh')).toBe(f('Ủy ban MTTQ tỉnh'));
  });
  it('compares a role one level down as the same role', () => {
    expect(f('Bộ Công an')).toBe(f('Công an tỉnh'));
    expect(f('Thủ tướng Chính phủ')).toBe(f('Chủ tịch UBND tỉnh'));
    expect(f('Ban Bí thư')).toBe(f('Ban Thường vụ Tỉnh ủy'));
    expect(f('Bộ Nội vụ')).toBe(f('Sở Nội vụ'));
    expect(f('kết quả thực hiện Chỉ thị này')).toBe(f('kết quả thực hiện Kế hoạch này'));
  });
  it('keeps different bodies apart and words it does not know as they are', () => {
    expect(f('Bộ Công an')).not.toBe(f('Bộ Quốc phòng'));
    expect(f('Sở Nội vụ')).not.toBe(f('Sở Tư pháp'));
    expect(f('tăng cường công tác kiểm tra')).toBe('tăng cường công tác kiểm tra');
  });
});
