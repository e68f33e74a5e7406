import { foldForSearch } from '../../text/normalize.js';
import type { ImportMapping, PropertyMapping, PropertyType } from './contracts.js';
import { guessTimestampFormat } from './dates.js';
import type { ImportKind } from './kinds.js';

type Role = 'userId' | 'phone' | 'email' | 'name' | 'timestamp' | 'event';

/** Headers people write, folded (no diacritics, lower case). Longest match wins. */
const ROLE_HEADERS: Record<Role, string[]> = {
  userId: ['ma kh', 'ma khach hang', 'ma khach', 'id khach hang', 'ma thanh vien', 'ma the', 'customer id', 'customer code', 'user id', 'userid', 'member id'],
  phone: ['so dien thoai', 'dien thoai', 'sdt', 'so dt', 'dt', 'di dong', 'phone', 'phone number', 'mobile', 'tel'],
  email: ['email', 'e-mail', 'thu dien tu', 'mail'],
  name: ['ho ten', 'ho va ten', 'ten khach hang', 'ten khach', 'khach hang', 'ten', 'name', 'full name', 'customer name', 'customer'],
  timestamp: ['thoi gian', 'ngay', 'ngay gio', 'thoi diem', 'ngay mua', 'ngay giao', 'ngay goi', 'gio', 'time', 'date', 'datetime', 'timestamp', 'created at'],
  event: ['su kien', 'hoat dong', 'event', 'activity'],
};

/** Well-known properties: the names the tracking API and the demo use, so imported and live events match. */
const PROPERTY_HEADERS: Array<[string, PropertyType, string[]]> = [
  ['store', 'text', ['cua hang', 'ten cua hang', 'chi nhanh', 'diem ban', 'store', 'shop', 'branch']],
  ['orderId', 'text', ['ma don', 'ma don hang', 'so don hang', 'don hang', 'ma hoa don', 'so hoa don', 'hoa don', 'order id', 'order', 'invoice']],
  ['total', 'money', ['tong tien', 'thanh tien', 'so tien', 'tong', 'gia tri don', 'doanh thu', 'total', 'amount', 'revenue']],
  ['payment', 'text', ['thanh toan', 'hinh thuc thanh toan', 'phuong thuc thanh toan', 'payment', 'payment method']],
  ['reason', 'text', ['ly do', 'noi dung', 'van de', 'reason', 'topic']],
  ['agent', 'text', ['nhan vien', 'tong dai vien', 'agent', 'staff']],
  ['duration', 'number', ['thoi luong', 'so giay', 'duration']],
  ['carrier', 'text', ['don vi van chuyen', 'nha van chuyen', 'van chuyen', 'carrier', 'shipper']],
  ['province', 'text', ['tinh', 'tinh thanh', 'tinh/thanh', 'tinh thanh pho', 'thanh pho', 'province', 'city']],
  ['note', 'text', ['ghi chu', 'note', 'notes']],
];

const fold = (header: string) => foldForSearch(header).replace(/[^a-z0-9/ -]/g, ' ').replace(/\s+/g, ' ').trim();
/** Length of the longest pattern the header is, or starts with as whole words; 0 when none. */
function score(header: string, patterns: readonly string[]): number {
  let best = 0;
  for (const p of patterns) if ((header === p || header.startsWith(`${p} `)) && p.length > best) best = p.length;
  return best;
}

export interface SuggestInput {
  columns: readonly string[];
  /** Sample values per column (the preview rows). */
  samples: readonly (readonly string[])[];
}

/** A first mapping from the headers: identity, time and well-known properties found by name; the rest kept as text. */
export function suggestMapping({ columns, samples }: SuggestInput): ImportMapping {
  const folded = columns.map(fold);
  const roles = new Map<number, Role>();
  const taken = new Set<Role>();
  // Greedy by strength: the most specific header claims its role first.
  const candidates = folded.flatMap((h, i) =>
    (Object.keys(ROLE_HEADERS) as Role[]).map((role) => ({ i, role, s: score(h, ROLE_HEADERS[role]) })).filter((c) => c.s > 0),
  );
  candidates.sort((a, b) => b.s - a.s || a.i - b.i);
  for (const c of candidates) {
    if (roles.has(c.i) || taken.has(c.role)) continue;
    roles.set(c.i, c.role);
    taken.add(c.role);
  }
  const col = (role: Role) => [...roles].find(([, r]) => r === role)?.[0] ?? null;
  const properties: PropertyMapping[] = [];
  const used = new Set<string>();
  folded.forEach((h, i) => {
    if (roles.has(i) || !columns[i]?.trim()) return;
    const known = PROPERTY_HEADERS.map(([name, type, patterns]) => ({ name, type, s: score(h, patterns) })).sort((a, b) => b.s - a.s)[0];
    let name = known && known.s > 0 ? known.name : columns[i]!.normalize('NFC').trim().slice(0, 100);
    let type: PropertyType = known && known.s > 0 ? known.type : 'text';
    if (used.has(name)) {
      name = columns[i]!.normalize('NFC').trim().slice(0, 90);
      type = 'text';
      for (let n = 2; used.has(name); n++) name = `${columns[i]!.normalize('NFC').trim().slice(0, 90)} ${n}`;
    }
    used.add(name);
    properties.push({ column: i, name, type });
  });
  const timestamp = col('timestamp') ?? 0;
  const eventColumn = col('event');
  const names = new Set(properties.map((p) => p.name));
  const kind: ImportKind = eventColumn !== null
    ? 'custom'
    : names.has('total') || (names.has('orderId') && names.has('payment'))
      ? 'pos_sale'
      : names.has('carrier')
        ? 'delivery'
        : names.has('reason') || names.has('agent') || names.has('duration')
          ? 'hotline_call'
          : 'store_visit';
  return {
    kind,
    event: null,
    eventColumn,
    channel: null,
    userId: col('userId'),
    phone: col('phone'),
    email: col('email'),
    name: col('name'),
    timestamp,
    timestampFormat: guessTimestampFormat(samples.map((r) => r[timestamp] ?? '')),
    properties,
  };
}
