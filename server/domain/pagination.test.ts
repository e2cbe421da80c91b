import { describe, expect, it } from 'vitest';
import { decodeCursor, pageSize, toConnection } from './pagination';

describe('cursor pagination', () => {
  it('a cursor handed out decodes back to its position', () => {
    const page = toConnection([{ id: 'a' }, { id: 'b' }, { id: 'c' }], 2, (r) => ({ key: `k-${r.id}`, id: r.id }));
    expect(page.nodes).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(page.pageInfo.endCursor)).toEqual({ key: 'k-b', id: 'b' });
  });

  it('the last page says so and an empty page has no cursor', () => {
    expect(toConnection([{ id: 'a' }], 2, (r) => ({ key: r.id, id: r.id })).pageInfo.hasNextPage).toBe(false);
    expect(toConnection([], 2, () => ({ key: '', id: '' })).pageInfo.endCursor).toBeNull();
  });

  it('rejects page sizes outside 1..100 and cursors it did not make', () => {
    expect(pageSize({})).toBe(20);
    expect(() => pageSize({ first: 0 })).toThrow(/first/);
    expect(() => pageSize({ first: 101 })).toThrow(/first/);
    expect(() => decodeCursor('garbage')).toThrow(/cursor/);
  });
});
