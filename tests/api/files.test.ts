import { describe, expect, it } from 'vitest';
import { getMockDb } from '../../mocks/db';
import { maskPhone } from '../../src/domain/personalData';
import type { ClaimDocument, Policy } from '../../src/domain/records';
import { call, listQuery, send, setupMockApi, API, tokenFor, USERS } from './helpers';

setupMockApi();

/** The image as an <img> loads it: the token in the query (an <img> cannot send headers). */
async function svgOf(documentId: string): Promise<{ status: number; type: string | null; text: string }> {
  const response = await fetch(`${API}/files/${documentId}?token=${encodeURIComponent(await tokenFor(USERS.manager))}`);
  return { status: response.status, type: response.headers.get('Content-Type'), text: await response.text() };
}

describe('GET /api/files/:documentId', () => {
  it('serves every seeded document as an SVG image of the recorded size', async () => {
    const { body: documents } = await call<ClaimDocument[]>(`/documents${listQuery({ range: [0, 199] })}`);
    expect(documents.length).toBeGreaterThan(60);
    for (const document of documents) {
      const { status, type, text } = await svgOf(document.id);
      expect(status).toBe(200);
      expect(type).toBe('image/svg+xml; charset=utf-8');
      expect(text.startsWith('<?xml')).toBe(true);
      expect(text).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
      expect(new TextEncoder().encode(text).length).toBe(document.size);
      expect(document.url).toBe(`/api/files/${document.id}`);
      expect(document.mimeType).toBe('image/svg+xml');
    }
  });

  it('draws the repair estimate with shop, date, model, IMEI, phone and amount, the IMEI and phone masked', async () => {
    // Anyone who may read the document (a manager too) sees the image: personal data is printed
    // masked as the API answers it; the full values only through the audited reveal.
    const policy = getMockDb().policies.get('p-0001') as Policy;
    const { body: [estimate] } = await call<ClaimDocument[]>(`/documents${listQuery({ filter: { claimId: 'c-0001', kind: 'repair_estimate' } })}`);
    const maskedImei = `***********${policy.device.imei.slice(-4)}`;
    expect(estimate?.figures).toMatchObject({ amount: 99_000, imei: maskedImei, shop: 'スマホ修理工房 渋谷店' });
    const { text } = await svgOf(estimate?.id ?? '');
    for (const expected of ['修理見積書', 'スマホ修理工房 渋谷店', '2026年6月4日', 'iPhone 11 Pro Max', maskedImei, maskPhone(policy.holder.phone), '¥99,000']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain(policy.device.imei);
    expect(text).not.toContain(policy.holder.phone);
  });

  it('never prints a full phone number or IMEI on any seeded document image', async () => {
    const db = getMockDb();
    const { body: documents } = await call<ClaimDocument[]>(`/documents${listQuery({ range: [0, 199] })}`);
    for (const document of documents) {
      const policy = db.policies.get(document.policyId) as Policy;
      const stored = db.documents.get(document.id);
      const { text } = await svgOf(document.id);
      for (const secret of [policy.holder.phone, policy.device.imei, stored?.figures.imei].filter((v): v is string => v !== undefined)) {
        expect(text, `${document.id} (${document.kind})`).not.toContain(secret);
      }
    }
  });

  it('draws the receipt, the photos and the police report', async () => {
    const kinds = async (claimId: string) => (await call<ClaimDocument[]>(`/documents${listQuery({ filter: { claimId } })}`)).body;
    const [photo, , receipt] = await kinds('c-0001');
    expect((await svgOf(receipt?.id ?? '')).text).toContain('領収書');
    expect((await svgOf(photo?.id ?? '')).text).toContain('破損');
    const theft = await kinds('c-0005');
    const police = theft.find((d) => d.kind === 'police_report');
    expect(police?.figures.policeReportNumber).toMatch(/^\d{4}-\d{6}$/);
    const policeSvg = (await svgOf(police?.id ?? '')).text;
    expect(policeSvg).toContain('盗難届');
    expect(policeSvg).toContain(police?.figures.policeReportNumber ?? '?');
    const enrollment = theft.find((d) => d.kind === 'enrollment_photo');
    expect((await svgOf(enrollment?.id ?? '')).text).toContain('IMEI');
  });

  it('escapes text written into the SVG', async () => {
    await send('PUT', '/policies/p-0001', { holder: { name: '<script>alert("x")</script> & 山田', kana: 'ヤマダ', phone: '090-1111-2222', email: 'a@example.jp' } });
    const { body: [estimate] } = await call<ClaimDocument[]>(`/documents${listQuery({ filter: { claimId: 'c-0001', kind: 'repair_estimate' } })}`);
    const { text } = await svgOf(estimate?.id ?? '');
    expect(text).not.toContain('<script>');
    expect(text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 山田');
  });

  it('answers 404 JSON for an unknown document', async () => {
    const { status, body } = await call('/files/d-9999');
    expect(status).toBe(404);
    expect(body).toEqual({ message: expect.any(String) });
  });

  it('takes the token from the Authorization header or ?token=, and answers 401 without one', async () => {
    expect((await fetch(`${API}/files/d-0002`)).status).toBe(401);
    expect((await fetch(`${API}/files/d-0002?token=mock.sato.x.forged`)).status).toBe(401);
    const withHeader = await fetch(`${API}/files/d-0002`, { headers: { Authorization: `Bearer ${await tokenFor(USERS.adjuster)}` } });
    expect(withHeader.status).toBe(200);
    expect((await svgOf('d-0002')).status).toBe(200);
  });
});
