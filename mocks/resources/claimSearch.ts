/**
 * The claims' full-text search (`filter.q`, contracts item 6): a claim matches when its normalized
 * search text (listQuery's `normalizeText`) contains the needle — its claim number and repair shop,
 * its policy's number, holder name and kana, and phone model — or when the needle is the last four
 * digits (or the whole) of its policy's IMEI or its estimate IMEI (mocks/resources/search.ts
 * `imeiMatcher`). Phone numbers, e-mail addresses and descriptions are not searched: `q` must not
 * let a caller probe personal data.
 *
 * Speed at 100,000 claims: every claim's normalized search text is precomputed in an index of flat
 * arrays, kept up to date write by write (a claim's slot when it is written, its policy's claims'
 * slots when the policy is), so a search is one `includes` per claim over plain strings. A single
 * claim (a list narrowed by other filters) reads its entry memoized like its presentation
 * (MockDb.memoForClaim, recomputed when the claim or anything of its policy changes).
 */
import { normalizeImei } from '../../src/domain/adjudication';
import type { Claim } from '../../src/domain/records';
import type { MockDb } from '../db';
import { normalizeText } from '../http/listQuery';
import { imeiMatcher } from './search';

/** What a claim is searched by. */
interface SearchEntry {
  /** The normalized texts, joined by U+0001 (which no needle contains). */
  text: string;
  /** The policy's IMEI and the estimate's, normalized ('' when there is none). */
  imeis: readonly [string, string];
}

/** The search entry of `claim` as the database has its policy now. */
function computeEntry(db: MockDb, claim: Claim): SearchEntry {
  const policy = db.policy(claim.policyId);
  const texts = [claim.claimNumber, claim.repairShop, policy?.policyNumber, policy?.holder.name, policy?.holder.kana, policy?.device.model];
  return {
    text: texts
      .filter((text): text is string => text !== undefined && text !== '')
      .map(normalizeText)
      .join('\u0001'),
    imeis: [normalizeImei(policy?.device.imei ?? ''), normalizeImei(claim.estimateImei ?? '')],
  };
}

/** {@link computeEntry}, memoized per stored claim until anything of its policy changes (MockDb.memoForClaim). */
function entryOf(db: MockDb, claim: Claim): SearchEntry {
  return db.memoForClaim(claim, 'search', () => computeEntry(db, claim));
}

/** The matcher of `needle` (normalized, non-empty) over search entries. */
function entryMatcher(needle: string): (entry: SearchEntry) => boolean {
  const imei = imeiMatcher(needle);
  return (entry) => entry.text.includes(needle) || imei(entry.imeis[0]) || imei(entry.imeis[1]);
}

/** True when `claim` matches the normalized `needle` (one claim: for a list narrowed by other filters). */
export function claimSearcher(db: MockDb, needle: string): (claim: Claim) => boolean {
  const matches = entryMatcher(needle);
  return (claim) => matches(entryOf(db, claim));
}

/**
 * The search entries of every claim, in flat arrays (one slot per claim), kept up to date from the
 * collections' write logs: a write to a claim recomputes its slot, a write to a policy the slots of
 * its claims; more writes than the log keeps (or a first search) rebuild it whole.
 */
class ClaimSearchIndex {
  private readonly slots = new Map<string, number>();
  private claims: (Claim | undefined)[] = [];
  private texts: string[] = [];
  private policyImeis: string[] = [];
  private estimateImeis: string[] = [];
  /** The last four digits of each IMEI, as flat strings compared with === (faster than endsWith). */
  private policyTails: string[] = [];
  private estimateTails: string[] = [];
  private claimsRevision = -1;
  private policiesRevision = -1;

  constructor(private readonly db: MockDb) {}

  private put(slot: number, claim: Claim | undefined): void {
    this.claims[slot] = claim;
    const entry = claim === undefined ? undefined : computeEntry(this.db, claim);
    this.texts[slot] = entry?.text ?? '';
    this.policyImeis[slot] = entry?.imeis[0] ?? '';
    this.estimateImeis[slot] = entry?.imeis[1] ?? '';
    this.policyTails[slot] = tailOf(entry?.imeis[0] ?? '');
    this.estimateTails[slot] = tailOf(entry?.imeis[1] ?? '');
  }

  private add(claim: Claim): void {
    const slot = this.slots.get(claim.id) ?? this.claims.length;
    this.slots.set(claim.id, slot);
    this.put(slot, claim);
  }

  private rebuild(): void {
    this.slots.clear();
    this.claims = [];
    this.texts = [];
    this.policyImeis = [];
    this.estimateImeis = [];
    this.policyTails = [];
    this.estimateTails = [];
    for (const claim of this.db.claims.values()) this.add(claim);
  }

  /** Brings the index up to date with the writes since it was last used. */
  sync(): void {
    const { claims, policies } = this.db;
    if (this.claimsRevision === claims.revision && this.policiesRevision === policies.revision) return;
    const claimWrites = this.claimsRevision < 0 ? undefined : claims.writesSince(this.claimsRevision);
    const policyWrites = this.policiesRevision < 0 ? undefined : policies.writesSince(this.policiesRevision);
    if (claimWrites === undefined || policyWrites === undefined) {
      this.rebuild();
    } else {
      for (const { before, after } of claimWrites) {
        if (after !== undefined) this.add(after);
        else if (before !== undefined) {
          const slot = this.slots.get(before.id);
          if (slot !== undefined) this.put(slot, undefined);
          this.slots.delete(before.id);
        }
      }
      const changed = new Set(policyWrites.map(({ before, after }) => (after ?? before)?.id));
      for (const policyId of changed) {
        if (policyId === undefined) continue;
        for (const claim of this.db.claimsOfPolicy(policyId)) this.add(claim);
      }
    }
    this.claimsRevision = claims.revision;
    this.policiesRevision = policies.revision;
  }

  /** Every claim matching the normalized `needle`, in slot order. */
  search(needle: string): Claim[] {
    const found: Claim[] = [];
    const { claims, texts } = this;
    // The IMEI rule of mocks/resources/search.ts `imeiMatcher`: the last four digits, or all fifteen.
    const tail = /^\d{4}$/.test(needle);
    const whole = /^\d{15}$/.test(needle);
    const imeis = tail ? [this.policyTails, this.estimateTails] : whole ? [this.policyImeis, this.estimateImeis] : undefined;
    const [first = [], second = []] = imeis ?? [];
    for (let i = 0; i < texts.length; i++) {
      if ((texts[i] as string).includes(needle) || (imeis !== undefined && (first[i] === needle || second[i] === needle))) {
        const claim = claims[i];
        if (claim !== undefined) found.push(claim);
      }
    }
    return found;
  }
}

/** The last four characters of an IMEI longer than four as a flat string, else ''. */
function tailOf(imei: string): string {
  return imei.length > 4 ? imei.slice(-4) : '';
}

const indexes = new WeakMap<MockDb, ClaimSearchIndex>();

/** Every claim matching the normalized `needle` (one pass over the search index, in no guaranteed order). */
export function searchAllClaims(db: MockDb, needle: string): Claim[] {
  let index = indexes.get(db);
  if (!index) indexes.set(db, (index = new ClaimSearchIndex(db)));
  index.sync();
  return index.search(needle);
}
