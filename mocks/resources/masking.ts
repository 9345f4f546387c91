/**
 * Personal data in API answers (APPI; shared/spec/product.md, "Personal data"): every phone number,
 * e-mail address and IMEI linked to a policyholder is answered masked (src/domain/personalData.ts):
 * a policy's `holder.phone`, `holder.email` and `device.imei`, a claim's `estimateImei`, a
 * document's `figures.imei`, the same fields inside an audit event's `before` / `after`, and the
 * network-use restriction answer's `imei`. The full value only through the audited reveal
 * endpoints (`POST /api/policies/:id/reveal`, `POST /api/claims/:id/reveal`).
 *
 * Writes: an edit form sends back what it read, masked. {@link keepUnlessChanged} turns a masked
 * value equal to the mask of the stored one back into the stored value (unchanged); any other value
 * holding the mask character is refused (400), so a masked string is never stored as data.
 */
import { isMasked, maskEmail, maskImei, maskPhone } from '../../src/domain/personalData';
import type { AuditEvent, Claim, ClaimDocument, Policy } from '../../src/domain/records';
import { badRequest } from '../http/errors';
import type { JsonObject } from './resource';

/** `policy` with its holder's phone and e-mail and its device's IMEI masked (a new object). */
export function maskPolicy<P extends Pick<Policy, 'holder' | 'device'>>(policy: P): P {
  return {
    ...policy,
    holder: { ...policy.holder, phone: maskPhone(policy.holder.phone), email: maskEmail(policy.holder.email) },
    device: { ...policy.device, imei: maskImei(policy.device.imei) },
  };
}

/** `claim` with its `estimateImei` masked (a new object; unchanged when it has none). */
export function maskClaim<C extends Pick<Claim, 'estimateImei'>>(claim: C): C {
  return claim.estimateImei === undefined ? { ...claim } : { ...claim, estimateImei: maskImei(claim.estimateImei) };
}

/** `document` with its `figures.imei` masked (a new object). */
export function maskDocument<D extends Pick<ClaimDocument, 'figures'>>(document: D): D {
  return document.figures.imei === undefined ? { ...document } : { ...document, figures: { ...document.figures, imei: maskImei(document.figures.imei) } };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An audit payload (`before` / `after`: a stored record of any resource, or a small object such as
 * `{ field }`) with the personal-data fields masked wherever they appear: `holder.phone`,
 * `holder.email`, `device.imei`, `estimateImei`, `figures.imei`. Other values are returned as they are.
 */
export function maskAuditPayload(payload: unknown): unknown {
  if (!isObject(payload)) return payload;
  let masked: Record<string, unknown> = payload;
  const copy = () => (masked === payload ? (masked = { ...payload }) : masked);
  if (typeof payload.estimateImei === 'string') copy().estimateImei = maskImei(payload.estimateImei);
  const { holder, device, figures } = payload;
  if (isObject(holder)) {
    copy().holder = {
      ...holder,
      ...(typeof holder.phone === 'string' ? { phone: maskPhone(holder.phone) } : {}),
      ...(typeof holder.email === 'string' ? { email: maskEmail(holder.email) } : {}),
    };
  }
  if (isObject(device) && typeof device.imei === 'string') copy().device = { ...device, imei: maskImei(device.imei) };
  if (isObject(figures) && typeof figures.imei === 'string') copy().figures = { ...figures, imei: maskImei(figures.imei) };
  return masked;
}

/** `event` with its `before` and `after` masked (see {@link maskAuditPayload}). */
export function maskAuditEvent(event: AuditEvent): JsonObject {
  return { ...event, before: maskAuditPayload(event.before), after: maskAuditPayload(event.after) };
}

/**
 * The value to store for a personal-data field a write sent as `sent` (dotted `field` names it in
 * errors): the stored value when `sent` is the mask of it (an edit form sending back what it read),
 * `sent` itself when it holds no mask character, otherwise a 400 `{ errors: { [field] } }`.
 * Anything but a string is returned as is (the record's schema reports it).
 */
export function keepUnlessChanged(field: string, sent: unknown, stored: string | undefined, mask: (value: string) => string): unknown {
  if (typeof sent !== 'string' || !isMasked(sent)) return sent;
  if (stored !== undefined && sent === mask(stored)) return stored;
  throw badRequest(`Invalid ${field}: a masked value can only be sent back unchanged`, {
    [field]: 'Masked: send the full value (reveal it first) or the masked value unchanged',
  });
}

/** The PUT body of a policy with masked holder phone / e-mail and device IMEI put back to the stored values (see {@link keepUnlessChanged}); `stored` undefined for a POST (a masked value is then refused). */
export function unmaskPolicyBody(body: JsonObject, stored: Policy | undefined): JsonObject {
  const { holder, device } = body;
  const next: JsonObject = { ...body };
  if (isObject(holder)) {
    next.holder = { ...holder };
    const h = next.holder as Record<string, unknown>;
    if ('phone' in holder) h.phone = keepUnlessChanged('holder.phone', holder.phone, stored?.holder.phone, maskPhone);
    if ('email' in holder) h.email = keepUnlessChanged('holder.email', holder.email, stored?.holder.email, maskEmail);
  }
  if (isObject(device) && 'imei' in device) next.device = { ...device, imei: keepUnlessChanged('device.imei', device.imei, stored?.device.imei, maskImei) };
  return next;
}

/** The PUT body of a claim with a masked `estimateImei` put back to the stored one (see {@link keepUnlessChanged}). */
export function unmaskClaimBody(body: JsonObject, stored: Claim | undefined): JsonObject {
  if (!('estimateImei' in body)) return body;
  return { ...body, estimateImei: keepUnlessChanged('estimateImei', body.estimateImei, stored?.estimateImei, maskImei) };
}

/** The PUT body of a document with a masked `figures.imei` put back to the stored one (see {@link keepUnlessChanged}). */
export function unmaskDocumentBody(body: JsonObject, stored: ClaimDocument | undefined): JsonObject {
  const { figures } = body;
  if (!isObject(figures) || !('imei' in figures)) return body;
  return { ...body, figures: { ...figures, imei: keepUnlessChanged('figures.imei', figures.imei, stored?.figures.imei, maskImei) } };
}
