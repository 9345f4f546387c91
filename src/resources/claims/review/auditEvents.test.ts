import { describe, expect, it } from 'vitest';
import { eventSubject, NOTE_EXCERPT_LENGTH } from './auditEvents';

describe('eventSubject: what a document or note event on the timeline was about', () => {
  it('names the document added (kind and file name), or removed', () => {
    const document = { id: 'd-1', kind: 'repair_receipt', fileName: '領収書.png', mimeType: 'image/png' };
    expect(eventSubject('documents', null, document)).toEqual({ document: { kind: 'repair_receipt', fileName: '領収書.png' } });
    expect(eventSubject('documents', document, null)).toEqual({ document: { kind: 'repair_receipt', fileName: '領収書.png' } });
  });

  it("gives a short note whole and cuts a long one after the excerpt's length, never inside a character", () => {
    expect(eventSubject('notes', null, { text: '確認済み' })).toEqual({ note: '確認済み' });
    const long = '📱'.repeat(NOTE_EXCERPT_LENGTH + 5);
    const subject = eventSubject('notes', null, { text: long });
    expect(subject).toEqual({ note: `${'📱'.repeat(NOTE_EXCERPT_LENGTH)}…` });
  });

  it('is null for a claim event and for a side it cannot read', () => {
    expect(eventSubject('claims', null, { status: 'in_review' })).toBeNull();
    expect(eventSubject('documents', null, { kind: 'selfie', fileName: 'x' })).toBeNull();
    expect(eventSubject('notes', null, { text: 42 })).toBeNull();
    expect(eventSubject('notes', null, null)).toBeNull();
  });
});
