/** Labels of a document for people: its kind in the UI language, its file name, its upload time in Japan time. */
import { useCallback } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import type { ClaimDocument } from '../../../domain/records';
import { formatJstInstant } from '../../../ui/format';

/** `kind(document)`: 修理見積書; `name(document)`: 修理見積書（repair-estimate.svg）; `uploaded(document)`: 受領 2026/03/10 10:00. */
export function useDocumentLabels() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const kind = useCallback((document: Pick<ClaimDocument, 'kind'>) => translate(`app.document_kind.${document.kind}`), [translate]);
  const name = useCallback(
    (document: Pick<ClaimDocument, 'kind' | 'fileName'>) => translate('app.documents.open', { kind: kind(document), file: document.fileName }),
    [translate, kind],
  );
  const uploaded = useCallback(
    (document: Pick<ClaimDocument, 'uploadedAt'>) => translate('app.documents.uploaded_at', { time: formatJstInstant(document.uploadedAt, locale) }),
    [translate, locale],
  );
  return { kind, name, uploaded, locale };
}
