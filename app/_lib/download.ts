/** Saves `href` (a blob: or data: URL) as `filename` through the browser's download. */
export function download(filename: string, href: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  a.click();
  // Some browsers start the download after the click returns.
  if (href.startsWith('blob:')) setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** Saves text as a file of this media type. */
export const downloadText = (filename: string, text: string, type: string) =>
  download(filename, URL.createObjectURL(new Blob([text], { type })));
