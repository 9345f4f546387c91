/**
 * A document's file as a Blob, fetched with the session's token (`GET {url}?token=`, the files
 * route), for what an <img> cannot do: showing a PDF in a frame and downloading a file. Both go
 * through a `blob:` URL, because a frame's or a download's request is a navigation, which the mock
 * backend's service worker does not answer, and an <object> is barred by the app's CSP.
 */
import { useEffect, useState } from 'react';
import { authenticatedFileUrl } from '../../../app/session';

/** Fetches the file at `url` (a document's `url`). Throws an Error naming the HTTP status when refused. */
export async function fetchDocumentFile(url: string): Promise<Blob> {
  const response = await fetch(authenticatedFileUrl(url));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.blob();
}

/** Downloads the file at `url` as `fileName` (through a temporary `blob:` link). */
export async function downloadDocumentFile(url: string, fileName: string): Promise<void> {
  const objectUrl = URL.createObjectURL(await fetchDocumentFile(url));
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000);
}

/** The file at `url` as a `blob:` URL while mounted (revoked after), or the error that prevented it. */
export function useDocumentObjectUrl(url: string): { objectUrl?: string; error?: Error } {
  const [state, setState] = useState<{ url: string; objectUrl?: string; error?: Error }>({ url });
  useEffect(() => {
    let cancelled = false;
    let created: string | undefined;
    fetchDocumentFile(url)
      .then((blob) => {
        if (cancelled) return;
        created = URL.createObjectURL(blob);
        setState({ url, objectUrl: created });
      })
      .catch((error: unknown) => {
        if (!cancelled) setState({ url, error: error instanceof Error ? error : new Error(String(error)) });
      });
    return () => {
      cancelled = true;
      if (created) URL.revokeObjectURL(created);
    };
  }, [url]);
  return state.url === url ? { objectUrl: state.objectUrl, error: state.error } : {};
}
