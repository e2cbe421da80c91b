export const taskTypeLabel: Record<string, string> = {
  TOKEN_CLASSIFICATION: 'Token classification',
  TEXT_CLASSIFICATION: 'Text classification',
  TABULAR: 'Tabular',
  CORPUS: 'Corpus',
};

export const columnTypes = ['NUMERIC', 'CATEGORICAL', 'TEXT', 'IGNORE'] as const;

export function formatCount(n: number) {
  return n.toLocaleString('en-US');
}

export function formatSize(bytes: number) {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}
