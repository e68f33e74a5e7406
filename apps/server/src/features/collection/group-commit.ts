import { AppError } from '../../platform/errors.js';

interface Waiter<T> {
  rows: T[];
  resolve: () => void;
  reject: (err: unknown) => void;
}

export interface GroupCommitOptions {
  /** Rows in one statement at most; a larger backlog goes out in several. */
  maxRowsPerCommit?: number;
  /** Rows waiting at most; beyond it, requests are refused with 503 rather than buffered. */
  maxPendingRows?: number;
  /**
   * Statements in flight at once. Two let the next group be prepared and sent while the previous
   * one waits for its commit to reach the disk, instead of the CPU idling on the flush.
   */
  concurrency?: number;
}

/**
 * Group commit: concurrent requests hand over their rows and wait; whenever no write is running,
 * everything waiting goes to the database in one statement. Each request is answered only after
 * the statement holding its rows has committed — durability is never traded for speed; the speed
 * comes from many requests sharing one round trip and one commit. No timer: an idle server writes
 * at once, a busy one batches naturally.
 */
export class GroupCommitter<T> {
  private queue: Waiter<T>[] = [];
  private pendingRows = 0;
  private writers = 0;
  private readonly maxRows: number;
  private readonly maxPending: number;
  private readonly concurrency: number;

  constructor(
    private readonly write: (rows: T[]) => Promise<unknown>,
    opts: GroupCommitOptions = {},
  ) {
    this.maxRows = opts.maxRowsPerCommit ?? 5000;
    this.maxPending = opts.maxPendingRows ?? 50_000;
    this.concurrency = opts.concurrency ?? 2;
  }

  /** Rows waiting for a commit now: the backlog that overload protection watches. */
  get backlog(): number {
    return this.pendingRows;
  }

  submit(rows: T[]): Promise<void> {
    if (rows.length === 0) return Promise.resolve();
    if (this.pendingRows + rows.length > this.maxPending) {
      return Promise.reject(
        new AppError(503, 'overloaded', 'The server is busy writing; retry shortly', undefined, { 'retry-after': '1' }),
      );
    }
    this.pendingRows += rows.length;
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ rows, resolve, reject });
      if (this.writers < this.concurrency) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writers++;
    try {
      while (this.queue.length > 0) {
        const group: Waiter<T>[] = [];
        let count = 0;
        while (this.queue.length > 0 && (count === 0 || count + this.queue[0]!.rows.length <= this.maxRows)) {
          const w = this.queue.shift()!;
          group.push(w);
          count += w.rows.length;
        }
        try {
          await this.write(group.flatMap((w) => w.rows));
          for (const w of group) w.resolve();
        } catch (err) {
          for (const w of group) w.reject(err);
        } finally {
          this.pendingRows -= count;
        }
      }
    } finally {
      this.writers--;
    }
  }
}
