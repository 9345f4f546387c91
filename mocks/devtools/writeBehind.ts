/**
 * Write-behind for the mock database: changes reported by `db.subscribe` are coalesced per record
 * (the last write of a record wins; a removal is a delete) and handed to the store in batches, at
 * most one batch in flight, so a write touches only the records that changed — never the whole
 * database, even at 100,000 claims.
 */
import type { Change, CollectionName } from '../collection';

/** One record to write: its latest value, or null to delete it. */
export interface RecordWrite {
  collection: CollectionName;
  id: string;
  record: { id: string } | null;
}

/** Writes a batch in one go (one IndexedDB transaction); rejects when it could not. */
export type BatchWriter = (batch: readonly RecordWrite[]) => Promise<void>;

/** Timers, replaceable in tests. */
export interface Scheduler {
  /** Runs `run` after `ms`; returns the function that cancels it. */
  schedule(run: () => void, ms: number): () => void;
}

/** setTimeout-based {@link Scheduler}. */
export const timerScheduler: Scheduler = {
  schedule(run, ms) {
    const handle = setTimeout(run, ms);
    return () => clearTimeout(handle);
  },
};

/** How a {@link WriteBehind} batches. */
export interface WriteBehindOptions {
  /** The longest a change waits before its batch is written (default 100 ms). */
  delayMs?: number;
  scheduler?: Scheduler;
  /** Told of a batch that failed (default: console.warn); later batches still go. */
  onError?: (error: unknown) => void;
}

/** Coalesces changes and writes them in batches. */
export class WriteBehind {
  private pending = new Map<string, RecordWrite>();
  private cancelTimer: (() => void) | undefined;
  private inFlight: Promise<void> = Promise.resolve();
  private readonly delayMs: number;
  private readonly scheduler: Scheduler;
  private readonly onError: (error: unknown) => void;

  constructor(
    private readonly write: BatchWriter,
    options: WriteBehindOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 100;
    this.scheduler = options.scheduler ?? timerScheduler;
    this.onError = options.onError ?? ((error) => console.warn('[mock persistence] a batch was not saved:', error));
  }

  /** Number of records waiting to be written. */
  get pendingCount(): number {
    return this.pending.size;
  }

  /** Queues `change` (a db.subscribe listener); the batch is written within `delayMs`. */
  record(change: Change): void {
    const record = change.op === 'remove' ? null : (change.after as { id: string } | undefined) ?? null;
    const key = `${change.collection}\u0000${change.id}`;
    this.pending.delete(key); // re-inserted last: batches keep the order of the latest writes
    this.pending.set(key, { collection: change.collection, id: change.id, record });
    this.cancelTimer ??= this.scheduler.schedule(() => {
      void this.flush();
    }, this.delayMs);
  }

  /** Writes what is pending now; resolves when it and every earlier batch are written (or failed). */
  flush(): Promise<void> {
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    if (this.pending.size > 0) {
      const batch = [...this.pending.values()];
      this.pending = new Map();
      this.inFlight = this.inFlight.then(() => this.write(batch)).catch(this.onError);
    }
    return this.inFlight;
  }

  /** Drops what is pending (the database is being replaced); resolves once the batch in flight settles. */
  discard(): Promise<void> {
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    this.pending = new Map();
    return this.inFlight;
  }
}
