'use client';

export type UploadPhase =
  { phase: 'sending'; sent: number; total: number } | { phase: 'parsing'; bytes: number; rows: number; total: number };

export interface UploadedFile {
  id: string;
  rowCount: number;
}

/** The server's own words: they name the line and column at fault. */
export class UploadError extends Error {}

/**
 * Posts a file to the upload endpoint. XMLHttpRequest, unlike fetch, reports bytes sent; the answer streams
 * NDJSON progress lines while the server parses, then the upload or the error.
 */
export function uploadDataset(file: File, team: string, onProgress: (phase: UploadPhase) => void): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/datasets/uploads');
    xhr.setRequestHeader('x-phaselab-team', team);
    xhr.setRequestHeader('accept', 'application/x-ndjson');
    xhr.upload.onprogress = (e) => onProgress({ phase: 'sending', sent: e.loaded, total: e.total || file.size });
    let seen = 0;
    let last: Record<string, any> | null = null;
    const readLines = () => {
      const text = xhr.responseText;
      const end = text.lastIndexOf('\n');
      if (end < seen) return;
      for (const line of text.slice(seen, end).split('\n')) {
        if (!line.trim()) continue;
        last = JSON.parse(line);
        if (last!.progress) onProgress({ phase: 'parsing', ...last!.progress, total: file.size });
      }
      seen = end + 1;
    };
    xhr.onprogress = readLines;
    xhr.onload = () => {
      try {
        readLines();
        if (xhr.responseText.slice(seen).trim()) last = JSON.parse(xhr.responseText.slice(seen));
      } catch {
        return reject(new UploadError(`The server answered ${xhr.status}`));
      }
      const answer = last as { upload?: UploadedFile; error?: { message: string } } | null;
      if (answer?.upload) resolve(answer.upload);
      else reject(new UploadError(answer?.error?.message ?? `The server answered ${xhr.status}`));
    };
    xhr.onerror = () => reject(new UploadError('The upload was interrupted: check your connection and try again.'));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
