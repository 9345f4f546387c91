import { describe, expect, it, vi } from 'vitest';
import type { Change } from '../collection';
import { WriteBehind, type RecordWrite, type Scheduler } from './writeBehind';

/** A scheduler the test fires by hand. */
function manualScheduler() {
  const queued: (() => void)[] = [];
  const scheduler: Scheduler = {
    schedule(run) {
      queued.push(run);
      return () => queued.splice(queued.indexOf(run), 1);
    },
  };
  return { scheduler, queued, fire: () => queued.splice(0).forEach((run) => run()) };
}

const insert = (id: string, n = 0): Change => ({ collection: 'claims', op: 'insert', id, after: { id, n } });
const replace = (id: string, n: number): Change => ({ collection: 'claims', op: 'replace', id, before: { id }, after: { id, n } });
const remove = (id: string): Change => ({ collection: 'claims', op: 'remove', id, before: { id } });

function recorder() {
  const batches: (readonly RecordWrite[])[] = [];
  return { batches, write: async (batch: readonly RecordWrite[]) => void batches.push(batch) };
}

describe('WriteBehind', () => {
  it('writes nothing until its timer fires, then one batch of what changed', async () => {
    const { scheduler, queued, fire } = manualScheduler();
    const { batches, write } = recorder();
    const writer = new WriteBehind(write, { scheduler });
    writer.record(insert('c-1'));
    writer.record(insert('c-2'));
    expect(queued).toHaveLength(1); // one timer per batch, not per change
    expect(batches).toHaveLength(0);
    fire();
    await writer.flush();
    expect(batches).toEqual([
      [
        { collection: 'claims', id: 'c-1', record: { id: 'c-1', n: 0 } },
        { collection: 'claims', id: 'c-2', record: { id: 'c-2', n: 0 } },
      ],
    ]);
  });

  it('keeps only the last write of a record, and a removal as a delete', async () => {
    const { scheduler } = manualScheduler();
    const { batches, write } = recorder();
    const writer = new WriteBehind(write, { scheduler });
    writer.record(insert('c-1'));
    writer.record(replace('c-1', 1));
    writer.record(replace('c-1', 2));
    writer.record(insert('c-2'));
    writer.record(remove('c-2'));
    expect(writer.pendingCount).toBe(2);
    await writer.flush();
    expect(batches).toEqual([
      [
        { collection: 'claims', id: 'c-1', record: { id: 'c-1', n: 2 } },
        { collection: 'claims', id: 'c-2', record: null },
      ],
    ]);
  });

  it('keeps the same id of two collections apart', async () => {
    const { batches, write } = recorder();
    const writer = new WriteBehind(write, { scheduler: manualScheduler().scheduler });
    writer.record(insert('x-1'));
    writer.record({ collection: 'auditEvents', op: 'insert', id: 'x-1', after: { id: 'x-1' } });
    await writer.flush();
    expect(batches[0]?.map((w) => w.collection)).toEqual(['claims', 'auditEvents']);
  });

  it('writes one batch at a time, in order', async () => {
    const order: string[] = [];
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const writer = new WriteBehind(
      async (batch) => {
        order.push(`start ${batch[0]?.id}`);
        if (batch[0]?.id === 'c-1') await slow;
        order.push(`end ${batch[0]?.id}`);
      },
      { scheduler: manualScheduler().scheduler },
    );
    writer.record(insert('c-1'));
    const first = writer.flush();
    writer.record(insert('c-2'));
    const second = writer.flush();
    await Promise.resolve();
    expect(order).toEqual(['start c-1']);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['start c-1', 'end c-1', 'start c-2', 'end c-2']);
  });

  it('reports a failed batch and goes on with the next', async () => {
    const onError = vi.fn();
    const { batches, write } = recorder();
    let fail = true;
    const writer = new WriteBehind(
      async (batch) => {
        if (fail) {
          fail = false;
          throw new Error('quota');
        }
        await write(batch);
      },
      { scheduler: manualScheduler().scheduler, onError },
    );
    writer.record(insert('c-1'));
    await writer.flush();
    writer.record(insert('c-2'));
    await writer.flush();
    expect(onError).toHaveBeenCalledOnce();
    expect(batches.map((b) => b.map((w) => w.id))).toEqual([['c-2']]);
  });

  it('drops pending writes on discard and cancels the timer', async () => {
    const { scheduler, queued } = manualScheduler();
    const { batches, write } = recorder();
    const writer = new WriteBehind(write, { scheduler });
    writer.record(insert('c-1'));
    await writer.discard();
    expect(queued).toHaveLength(0);
    await writer.flush();
    expect(batches).toHaveLength(0);
  });

  it('flushes by itself with real timers', async () => {
    vi.useFakeTimers();
    try {
      const { batches, write } = recorder();
      const writer = new WriteBehind(write, { delayMs: 50 });
      writer.record(insert('c-1'));
      await vi.advanceTimersByTimeAsync(49);
      expect(batches).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(1);
      expect(batches).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
