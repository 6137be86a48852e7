import { afterEach, describe, expect, it } from 'vitest';
import { keyValueStorage, mapKeyValue, settingsChange, type WorkspaceStorage } from './workspace-storage.ts';
import type { WorkspaceDoc } from './workspace-types.ts';

const doc = (id: string, addedAt = '2024-01-01T00:00:00.000Z'): WorkspaceDoc => ({
  id, name: `${id}.txt`, text: 'TỈNH ỦY LẠNG SƠN\nSố 1154-CV/TU', encoding: 'utf-8', converted: null, format: 'text', size: 30, addedAt,
});
const open: WorkspaceStorage[] = [];
const tabs = (map: Map<string, unknown>, channel: string) => {
  const a = keyValueStorage(mapKeyValue(map), channel);
  const b = keyValueStorage(mapKeyValue(map), channel);
  open.push(a, b);
  return [a, b] as const;
};
afterEach(() => { open.length = 0; });

describe('workspace storage', () => {
  it('two tabs editing two documents: both corrections survive (one record per setting)', async () => {
    const map = new Map<string, unknown>();
    const [a, b] = tabs(map, 'test-two-edits');
    await a.putDoc(doc('x'));
    await a.putDoc(doc('y', '2024-02-01T00:00:00.000Z'));
    const wsA = await a.load();
    const wsB = await b.load();
    // Each tab changes its own copy and writes only what it changed.
    await a.saveSettings(settingsChange(wsA, { ...wsA, edits: { 'x.txt#0': { number: '1-CV/TU' } } }));
    await b.saveSettings(settingsChange(wsB, { ...wsB, edits: { 'y.txt#0': { issuer: 'Tỉnh ủy' } }, include: { 'y.txt#0': true } }));
    const after = await keyValueStorage(mapKeyValue(map)).load();
    expect(after.edits).toEqual({ 'x.txt#0': { number: '1-CV/TU' }, 'y.txt#0': { issuer: 'Tỉnh ủy' } });
    expect(after.include).toEqual({ 'y.txt#0': true });
    expect(after.docs.map((d) => d.id)).toEqual(['x', 'y']);
    // Taking a correction back deletes only its record.
    await a.saveSettings(settingsChange(after, { ...after, edits: { 'y.txt#0': { issuer: 'Tỉnh ủy' } } }));
    expect((await b.load()).edits).toEqual({ 'y.txt#0': { issuer: 'Tỉnh ủy' } });
  });

  it('keeps the family choices (issue 13) as their own record, beside another tab\'s edit', async () => {
    const map = new Map<string, unknown>();
    const [a, b] = tabs(map, 'test-families');
    await a.putDoc(doc('x'));
    const wsA = await a.load();
    const wsB = await b.load();
    const families = { centrals: ['x.txt#0'], shown: 'x.txt#0', moves: { 'y.txt#0': '' } };
    await a.saveSettings(settingsChange(wsA, { ...wsA, families }));
    await b.saveSettings(settingsChange(wsB, { ...wsB, edits: { 'x.txt#0': { number: '1-CV/TU' } } }));
    const after = await keyValueStorage(mapKeyValue(map)).load();
    expect(after.families).toEqual(families);
    expect(after.edits).toEqual({ 'x.txt#0': { number: '1-CV/TU' } });
    const { families: _taken, ...without } = after;
    await a.saveSettings(settingsChange(after, without));
    expect((await b.load()).families).toBeUndefined();
  });

  it('tells the other tab after each write, not itself', async () => {
    const [a, b] = tabs(new Map(), 'test-tell');
    let heardA = 0;
    let heardB = 0;
    const stopA = a.watch(() => heardA++);
    const heard = new Promise<void>((resolve) => { b.watch(() => { heardB++; resolve(); }); });
    await a.putDoc(doc('x'));
    await heard;
    expect((await b.load()).docs.map((d) => d.id)).toEqual(['x']);
    expect(heardB).toBe(1);
    expect(heardA).toBe(0);
    stopA();
  });

  it('splits the single settings record of earlier versions on first load, losing nothing', async () => {
    const map = new Map<string, unknown>([
      ['doc:x', doc('x')],
      ['settings', { central: 'x.txt#0', include: { 'a#0': false, bad: 'yes' }, edits: { 'x.txt#0': { number: '9-CT/TU', evil: 1 } } }],
    ]);
    const s = keyValueStorage(mapKeyValue(map));
    const ws = await s.load();
    expect(ws).toMatchObject({ central: 'x.txt#0', include: { 'a#0': false }, edits: { 'x.txt#0': { number: '9-CT/TU' } }, broken: [] });
    expect(map.has('settings')).toBe(false);
    expect([...map.keys()].sort()).toEqual(['central', 'doc:x', 'edit:x.txt#0', 'include:a#0']);
    expect(await keyValueStorage(mapKeyValue(map)).load()).toEqual(ws);
  });

  it('lists broken document records so that they can be deleted', async () => {
    const map = new Map<string, unknown>([
      ['doc:ok', doc('ok')],
      ['doc:junk', 'not a document'],
      ['doc:long', { ...doc('long'), text: 'ạ'.repeat(20_000_001) }],
      ['doc:blank', { ...doc('blank'), text: '  \n ' }],
    ]);
    const s = keyValueStorage(mapKeyValue(map));
    const ws = await s.load();
    expect(ws.docs.map((d) => d.id)).toEqual(['ok']);
    expect(ws.broken).toEqual([
      { id: 'junk', name: null, problem: 'MALFORMED' },
      { id: 'long', name: 'long.txt', problem: 'TOO_MANY_CHARACTERS', chars: 20_000_001 },
      { id: 'blank', name: 'blank.txt', problem: 'EMPTY' },
    ]);
    await s.deleteDoc('long');
    expect((await s.load()).broken.map((b) => b.id)).toEqual(['junk', 'blank']);
  });
});
