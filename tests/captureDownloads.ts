import { vi } from 'vitest';

export interface CapturedDownload {
  filename: string;
  type: string;
  text: () => Promise<string>;
}

/**
 * jsdom cannot save files: record what the app offers instead. Each download
 * is the blob behind an object URL that a link with `download` clicked.
 */
export function captureDownloads(): CapturedDownload[] {
  const downloads: CapturedDownload[] = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function click(this: HTMLAnchorElement) {
    const blob = blobs.get(this.getAttribute('href') ?? '');
    if (!blob || !this.download) throw new Error('A link was clicked that is not a download');
    downloads.push({ filename: this.download, type: blob.type, text: () => blob.text() });
  });
  return downloads;
}
