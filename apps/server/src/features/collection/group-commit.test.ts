import { describe, expect, it } from 'vitest';
import { GroupCommitter } from './group-commit.js';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('group commit', () => {
  it('writes at once when idle, and batches requests that arrive during a write', async () => {
    const writes: number[][] = [];
    let release: () => void = () => {};
    const gc = new GroupCommitter<number>(async (rows) => {
      writes.push(rows);
      await new Promise<void>((r) => (release = r));
    }, { concurrency: 1 });
    const first = gc.submit([1]);
    await tick();
    expect(writes).toEqual([[1]]);
    const rest = [gc.submit([2, 3]), gc.submit([4]), gc.submit([5])];
    await tick();
    release();
    await first;
    await tick();
    expect(writes).toEqual([[1], [2, 3, 4, 5]]);
    release();
    await Promise.all(rest);
  });

  it('answers a request only after its rows are written, and fails only the group that failed', async () => {
    let fail = true;
    const gc = new GroupCommitter<string>(async () => {
      await tick();
      if (fail) {
        fail = false;
        throw new Error('disk full');
      }
    });
    const a = gc.submit(['a']);
    await expect(a).rejects.toThrow('disk full');
    await expect(gc.submit(['b'])).resolves.toBeUndefined();
  });

  it('keeps at most `concurrency` statements in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const gc = new GroupCommitter<number>(async () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await tick();
      inFlight--;
    }, { concurrency: 2, maxRowsPerCommit: 1 });
    await Promise.all(Array.from({ length: 20 }, (_, i) => gc.submit([i])));
    expect(peak).toBe(2);
  });

  it('splits a large backlog by rows per commit, keeping each request whole', async () => {
    const sizes: number[] = [];
    const gc = new GroupCommitter<number>(async (rows) => {
      sizes.push(rows.length);
      await tick();
    }, { maxRowsPerCommit: 10 });
    await Promise.all(Array.from({ length: 10 }, (_, i) => gc.submit(Array.from({ length: 4 }, () => i))));
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(40);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(10);
  });

  it('refuses with 503 and Retry-After past the backlog bound, instead of buffering without end', async () => {
    const gc = new GroupCommitter<number>(() => new Promise(() => {}), { maxPendingRows: 5 });
    void gc.submit([1, 2, 3]);
    await expect(gc.submit([4, 5, 6])).rejects.toMatchObject({ status: 503, code: 'overloaded', headers: { 'retry-after': '1' } });
    expect(gc.backlog).toBe(3);
  });
});
