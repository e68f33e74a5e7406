import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startServerProcess } from './test/processes.js';

describe('footprint CLI on a fresh embedded data directory', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'fp-cli-'));
    env = { FOOTPRINT_DATA_DIR: path.join(dir, 'data') };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  let workspaceId = '';

  it('creates a workspace and its owner, migrating first, with --json output', async () => {
    const r = await runCli(['workspace', 'create', '--name', 'Nhà thuốc Long Châu Quận 3', '--owner-email', 'duoc.si@example.vn', '--owner-password', 'mật-khẩu-dài-dài', '--json'], env);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { workspaceId: string; ownerId: string };
    expect(out.workspaceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(out.ownerId).toMatch(/^[0-9a-f-]{36}$/);
    workspaceId = out.workspaceId;
  });

  it('creates write and secret keys', async () => {
    const w = await runCli(['key', 'create', '--workspace', workspaceId, '--type', 'write', '--json'], env);
    expect(w.code).toBe(0);
    expect(JSON.parse(w.stdout).key).toMatch(/^fp_w_/);
    const s = await runCli(['key', 'create', '--workspace', workspaceId, '--type', 'secret', '--scope', 'read', '--json'], env);
    expect(JSON.parse(s.stdout)).toMatchObject({ key: expect.stringMatching(/^fp_s_/), scope: 'read' });
  });

  it('creates a user in a workspace, loads the demo, and migrates idempotently', async () => {
    const u = await runCli(['user', 'create', '--email', 'phan.tich@example.vn', '--password', 'mật-khẩu-dài-dài', '--name', 'Võ Thị Phân', '--workspace', workspaceId, '--role', 'analyst', '--json'], env);
    expect(u.code).toBe(0);
    expect(JSON.parse(u.stdout).userId).toMatch(/^[0-9a-f-]{36}$/);
    const d = await runCli(['demo', 'load', '--workspace', workspaceId, '--customers', '300', '--json'], env);
    expect(d.code).toBe(0);
    expect(JSON.parse(d.stdout)).toMatchObject({ workspaceId, members: expect.any(Number), departments: 5 });
    expect(JSON.parse(d.stdout).responses).toBeGreaterThan(0);
    expect((await runCli(['migrate', '--json'], env)).stdout.trim()).toBe('{"ok":true}');
  });

  it('answers bad input with exit code 2 and a JSON error', async () => {
    const bad = await runCli(['key', 'create', '--workspace', workspaceId, '--type', 'admin', '--json'], env);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stderr)).toMatchObject({ error: { code: 'usage' } });
    const unknownWs = await runCli(['key', 'create', '--workspace', '01a20a46-e55d-73c6-9ec3-5a46de524374', '--type', 'write', '--json'], env);
    expect(unknownWs.code).toBe(2);
    expect(JSON.parse(unknownWs.stderr)).toMatchObject({ error: { code: 'not_found' } });
    const wrongOwner = await runCli(['workspace', 'create', '--name', 'Chi nhánh 2', '--owner-email', 'duoc.si@example.vn', '--owner-password', 'mật-khẩu-khác-hẳn', '--json'], env);
    expect(wrongOwner.code).toBe(2);
    expect(JSON.parse(wrongOwner.stderr)).toMatchObject({ error: { code: 'email_taken' } });
    const badName = await runCli(['user', 'create', '--email', 'ten.xau@example.vn', '--password', 'mật-khẩu-dài-dài', '--name', 'a\u0001b', '--json'], env);
    expect(badName.code).toBe(2);
    const dup = await runCli(['user', 'create', '--email', 'phan.tich@example.vn', '--password', 'mật-khẩu-dài-dài', '--json'], env);
    expect(JSON.parse(dup.stderr)).toMatchObject({ error: { code: 'email_taken' } });
  });

  let demoSignIn = { email: '', password: '' };
  it('loads the demo without a workspace: creates the demo workspace and prints a fresh sign-in', async () => {
    const r = await runCli(['demo', 'load', '--customers', '500', '--json'], env);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { workspaceId: string; members: number; signIn: { email: string; password: string } };
    expect(out.workspaceId).not.toBe(workspaceId);
    expect(out.members).toBeGreaterThan(10);
    expect(out.signIn.email).toBe('demo@footprint.local');
    demoSignIn = out.signIn;
  });

  it('says clearly when a running server holds the data directory', async () => {
    const server = await startServerProcess(env);
    try {
      const login = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(demoSignIn),
      });
      expect(login.status).toBe(200);
      const r = await runCli(['key', 'create', '--workspace', workspaceId, '--type', 'write', '--json'], env);
      expect(r.code).toBe(2);
      const err = JSON.parse(r.stderr) as { error: { code: string; message: string } };
      expect(err.error.code).toBe('data_dir_locked');
      expect(err.error.message).toContain(String(server.child.pid));
      expect(err.error.message).toContain('DATABASE_URL');
    } finally {
      await server.stop();
    }
    // Released on shutdown.
    expect((await runCli(['migrate', '--json'], env)).code).toBe(0);
  });
});
