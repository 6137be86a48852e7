import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeSbcs, sbcsTable } from './sbcs.ts';
import type { SbcsName } from './sbcs.ts';

const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);

describe('decodeSbcs', () => {
  it.each<SbcsName>(['tcvn', 'windows1258', 'windows1252'])('matches iconv-lite byte for byte: %s', (name) => {
    expect(decodeSbcs(ALL_BYTES, name)).toBe(iconv.decode(Buffer.from(ALL_BYTES), name));
    expect(sbcsTable(name)).toHaveLength(256);
  });

  it('reads the TCVN3 letters the seeds need', () => {
    // "Tỉnh ủy Lạng Sơn" in TCVN3: ỉ = 0xD8, ủ = 0xF1, ạ = 0xB9, ơ = 0xAC.
    expect(decodeSbcs(Uint8Array.from([0x54, 0xd8, 0x6e, 0x68, 0x20, 0xf1, 0x79]), 'tcvn')).toBe('Tỉnh ủy');
    expect(decodeSbcs(Uint8Array.from([0x4c, 0xb9, 0x6e, 0x67, 0x20, 0x53, 0xac, 0x6e]), 'tcvn')).toBe('Lạng Sơn');
  });

  it('decodes long inputs across its 8 KB chunks', () => {
    const bytes = new Uint8Array(20_000).fill(0xb9);
    expect(decodeSbcs(bytes, 'tcvn')).toBe('ạ'.repeat(20_000));
  });
});
