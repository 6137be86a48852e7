import { describe, expect, it } from 'vitest';
import { WORKSPACE_SCHEMA, WorkspaceFileError, workspaceFromJson, workspaceToJson } from './workspace-file.ts';
import type { Workspace } from './workspace-types.ts';

const ws: Workspace = {
  docs: [{ id: 'a', name: 'a.txt', text: 'Tỉnh ủy', encoding: 'tcvn3', converted: 'TCVN3 → Unicode', format: 'text', size: 10, addedAt: '2024-01-01T00:00:00.000Z' }],
  central: 'a.txt#0',
  include: { 'b.txt#0': false },
  edits: { 'a.txt#0': { number: '1-CT/TU', date: null } },
};

describe('workspace file', () => {
  it('round-trips', () => {
    const json = workspaceToJson(ws, new Date('2024-05-01T00:00:00Z'));
    expect(JSON.parse(json)).toMatchObject({ schema: WORKSPACE_SCHEMA, savedAt: '2024-05-01T00:00:00.000Z' });
    expect(workspaceFromJson(json)).toEqual(ws);
  });

  it('refuses what is not a workspace, with a reason', () => {
    expect(() => workspaceFromJson('not json')).toThrow(WorkspaceFileError);
    expect(() => workspaceFromJson('{"schema":"doichieu.report/1"}')).toThrow(expect.objectContaining({ reason: 'NOT_WORKSPACE' }));
    expect(() => workspaceFromJson('[]')).toThrow(expect.objectContaining({ reason: 'NOT_WORKSPACE' }));
  });

  it('drops malformed parts instead of trusting them', () => {
    const got = workspaceFromJson(JSON.stringify({
      schema: WORKSPACE_SCHEMA,
      docs: [{ id: 1, name: 'x' }, { id: 'b', name: 'b.txt', text: '   ' }, { id: 'c', name: 'c.txt', text: 'e\u0301', format: '<script>' }, null],
      central: 5,
      include: { k: 'yes', j: true },
      edits: { k: { number: 7, kind: 'Chỉ thị', evil: 'x' }, m: 'no' },
    }));
    expect(got.docs.map((d) => [d.id, d.text, d.format])).toEqual([['c', 'é', 'text']]);
    expect(got.central).toBeNull();
    expect(got.include).toEqual({ j: true });
    expect(got.edits).toEqual({ k: { kind: 'Chỉ thị' } });
  });
});
