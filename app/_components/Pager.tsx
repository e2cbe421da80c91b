'use client';

import { useState } from 'react';
import { Button } from './ui';

/**
 * Keyset pages of a list: the cursors walked so far. They belong to one listing (its search, filters and order): a
 * new listing starts from its first page in the same render, so no request pairs a cursor with another listing.
 */
export function usePages(listing: unknown) {
  const key = JSON.stringify(listing);
  const [walked, setWalked] = useState<{ key: string; cursors: string[] }>({ key, cursors: [] });
  const cursors = walked.key === key ? walked.cursors : [];
  return { after: cursors.at(-1) ?? null, cursors, go: (next: string[]) => setWalked({ key, cursors: next }) };
}

/** Previous and Next under a paged list. */
export function Pager({
  pages,
  pageInfo,
}: {
  pages: ReturnType<typeof usePages>;
  pageInfo?: { hasNextPage: boolean; endCursor?: string | null };
}) {
  const { cursors, go } = pages;
  return (
    <div className="mt-3 flex gap-2">
      {cursors.length > 0 && (
        <Button variant="secondary" onClick={() => go(cursors.slice(0, -1))}>
          Previous
        </Button>
      )}
      {pageInfo?.hasNextPage && pageInfo.endCursor && (
        <Button variant="secondary" onClick={() => go([...cursors, pageInfo.endCursor!])}>
          Next
        </Button>
      )}
    </div>
  );
}
