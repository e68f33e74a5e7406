import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataDir } from './server.js';

describe('the embedded data directory lock', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fp-lock-'));
  const file = path.join(dir, 'footprint.lock');
  afterEach(() => rmSync(file, { force: true }));

  it('refuses a second holder while the first lives, and frees on release', () => {
    const release = lockDataDir(dir, 'first');
    expect(() => lockDataDir(dir, 'second')).toThrow(/in use/);
    release();
    expect(existsSync(file)).toBe(false);
    lockDataDir(dir, 'third')();
  });

  it('takes over a stale lock: from a process that is gone, or from its own reused pid', () => {
    writeFileSync(file, JSON.stringify({ pid: 2 ** 22 + 12345, purpose: 'crashed' }));
    lockDataDir(dir, 'after crash')();
    writeFileSync(file, JSON.stringify({ pid: process.pid, purpose: 'me, before a restart' }));
    lockDataDir(dir, 'restarted')();
  });

  it('treats an unreadable lock as held rather than deleting it', () => {
    writeFileSync(file, '{"pid": 12');
    expect(() => lockDataDir(dir, 'x')).toThrow(/in use/);
    expect(existsSync(file)).toBe(true);
  });
});
