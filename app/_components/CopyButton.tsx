'use client';

import { useState } from 'react';
import { Button } from './ui';

/** Copies `text` to the clipboard, for values shown once (tokens, invitation and share links); says when it did. */
export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <Button
      type="button"
      variant="secondary"
      className="px-2 py-0.5 text-xs"
      onClick={() =>
        navigator.clipboard.writeText(text).then(
          () => setCopied(true),
          () => setCopied(false),
        )
      }
    >
      {copied ? 'Copied' : label}
    </Button>
  );
}
