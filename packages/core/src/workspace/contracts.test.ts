import { describe, expect, it } from 'vitest';
import { ZApiKeyCreate, ZEmail, ZMemberQuery, zText } from './contracts.js';

describe('contracts', () => {
  it('turns typed text into trimmed NFC and refuses what cannot be stored', () => {
    const name = zText(50);
    expect(name.parse('  Trần Thị Bình '.normalize('NFD'))).toBe('Trần Thị Bình'.normalize('NFC'));
    expect(name.safeParse('a\u0000b').success).toBe(false);
    expect(name.safeParse('\uD800').success).toBe(false);
    expect(name.safeParse('   ').success).toBe(false);
    expect(name.parse('Cà phê ☕ 😀')).toBe('Cà phê ☕ 😀');
  });

  it('lower-cases emails and keeps scopes to secret keys', () => {
    expect(ZEmail.parse(' An.Nguyen@Example.VN ')).toBe('an.nguyen@example.vn');
    expect(ZApiKeyCreate.safeParse({ name: 'Web', type: 'write', scope: 'read' }).success).toBe(false);
    expect(ZApiKeyCreate.safeParse({ name: 'BI', type: 'secret', scope: 'read' }).success).toBe(true);
  });

  it('defaults and bounds list queries', () => {
    expect(ZMemberQuery.parse({})).toEqual({ sort: 'name', order: 'asc', page: 1, pageSize: 25 });
    expect(ZMemberQuery.safeParse({ pageSize: '500' }).success).toBe(false);
    expect(ZMemberQuery.safeParse({ q: 'a\u0000' }).success).toBe(false);
  });
});
