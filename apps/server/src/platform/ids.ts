import { randomFillSync } from 'node:crypto';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const pool = Buffer.alloc(4096);
let offset = pool.length;
let lastMs = 0;
let counter = 0;

/**
 * Time-ordered UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Inserts append to
 * the index instead of scattering across it. Random bytes come from a pooled buffer: ingestion makes
 * one id per event, and a system call per id would cost more than the rest of the work.
 * Within one millisecond the 12 bits after the version are a counter (RFC 9562, method 1), so ids
 * made in order sort in order, as rows inserted together expect.
 */
export function newId(): string {
  if (offset + 10 > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  let ms = Date.now();
  if (ms <= lastMs) {
    ms = lastMs;
    if (++counter > 0xfff) {
      ms = ++lastMs; // the counter ran out: borrow the next millisecond
      counter = pool[offset]! & 0x3ff;
    }
  } else {
    lastMs = ms;
    counter = ((pool[offset]! << 8) | pool[offset + 1]!) & 0x3ff; // random start, room to count up
  }
  const hi = Math.floor(ms / 0x10000); // top 32 bits of the 48-bit time
  const lo = ms & 0xffff;
  const r = offset;
  offset += 10;
  return (
    HEX[(hi >>> 24) & 0xff]! + HEX[(hi >>> 16) & 0xff]! + HEX[(hi >>> 8) & 0xff]! + HEX[hi & 0xff]! + '-' +
    HEX[lo >>> 8]! + HEX[lo & 0xff]! + '-' +
    HEX[0x70 | (counter >>> 8)]! + HEX[counter & 0xff]! + '-' +
    HEX[0x80 | (pool[r + 2]! & 0x3f)]! + HEX[pool[r + 3]!]! + '-' +
    HEX[pool[r + 4]!]! + HEX[pool[r + 5]!]! + HEX[pool[r + 6]!]! + HEX[pool[r + 7]!]! + HEX[pool[r + 8]!]! + HEX[pool[r + 9]!]!
  );
}
