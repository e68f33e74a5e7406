import { makePerson } from './people.js';
import { Rng } from './random.js';
import { STORE_DISTRICTS } from './vietnam.js';

const PRODUCTS = [
  ['DT-IP15', 'Điện thoại iPhone 15', 22_990_000],
  ['DT-A55', 'Điện thoại Galaxy A55', 9_490_000],
  ['TV-55', 'Tivi 55 inch 4K', 12_900_000],
  ['ML-INV', 'Máy lạnh Inverter 1.5 HP', 10_490_000],
  ['NC-10', 'Nồi cơm điện 1.8 lít', 1_290_000],
  ['TL-320', 'Tủ lạnh 320 lít', 8_990_000],
  ['TN-BT', 'Tai nghe Bluetooth', 790_000],
] as const;
const PAYMENTS = ['COD', 'Thẻ ATM', 'Ví MoMo', 'ZaloPay', 'Chuyển khoản', 'Trả góp'] as const;
const SOURCES = [['google', 'cpc'], ['facebook', 'social'], ['zalo', 'social'], ['tiktok', 'social'], [null, null]] as const;

export interface DemoMessage {
  type: 'identify' | 'track' | 'page';
  messageId: string;
  userId?: string;
  anonymousId: string;
  event?: string;
  name?: string;
  properties?: Record<string, unknown>;
  traits?: Record<string, unknown>;
  context: Record<string, unknown>;
  timestamp: string;
}

/**
 * One customer's footprints over the last 90 days: how they found the chain, what they looked at,
 * where they bought (web, app or a store), how it was paid and delivered, and whether they called
 * the hotline. Deterministic for (seed, index), so the demo can be loaded again without duplicates.
 */
export function customerFootprints(seed: number, index: number, now: Date): DemoMessage[] {
  const rng = new Rng(seed * 7919 + index * 104_729);
  const person = makePerson(rng, index);
  const userId = `KH${String(index + 1).padStart(6, '0')}`;
  const anonymousId = `demo-${seed}-${index}`;
  const out: DemoMessage[] = [];
  let t = now.getTime() - rng.int(1, 90) * 86_400_000 + rng.int(0, 86_399) * 1000;
  const push = (m: Omit<DemoMessage, 'messageId' | 'anonymousId' | 'timestamp'>) => {
    out.push({ ...m, messageId: `demo-${seed}-${index}-${out.length}`, anonymousId, timestamp: new Date(Math.min(t, now.getTime())).toISOString() });
    t += rng.int(20, 600) * 1000;
  };
  const channel = rng.weighted([['web', 5], ['app', 3], ['store', 3]] as const);
  const [source, medium] = rng.pick(SOURCES);
  const campaign = source ? { source, medium, name: rng.pick(['tet-2026', 'black-friday', 'sinh-nhat']) } : undefined;
  const province = person.province;
  const district = rng.pick(STORE_DISTRICTS[province] ?? ['Trung tâm']);
  const store = `Cửa hàng ${district}, ${province}`;
  const web = (path: string, title: string) => ({ page: { path, url: `https://dienmayanphat.vn${path}`, title }, ...(campaign ? { campaign } : {}), channel, locale: 'vi-VN' });
  const product = rng.pick(PRODUCTS);

  if (channel === 'store') {
    push({ type: 'track', event: 'Ghé cửa hàng', properties: { store, province }, context: { channel: 'store' } });
  } else {
    push({ type: 'page', name: 'Trang chủ', properties: {}, context: web('/', 'Điện máy An Phát') });
    push({ type: 'track', event: 'Tìm kiếm', properties: { query: product[1].split(' ').slice(0, 2).join(' ').toLowerCase() }, context: web('/tim-kiem', 'Tìm kiếm') });
    push({ type: 'track', event: 'Xem sản phẩm', properties: { sku: product[0], name: product[1], price: product[2], currency: 'VND' }, context: web(`/san-pham/${product[0].toLowerCase()}`, product[1]) });
  }
  const buys = rng.next() < 0.55;
  if (rng.next() < 0.7 || buys) {
    push({ type: 'identify', userId, traits: { name: person.name, email: person.email, phone: person.phone, gender: person.gender, province }, context: { channel } });
  }
  if (!buys) return out;
  if (channel !== 'store') push({ type: 'track', userId, event: 'Thêm vào giỏ', properties: { sku: product[0], price: product[2], currency: 'VND' }, context: web('/gio-hang', 'Giỏ hàng') });
  const orderId = `DH${seed % 100}${String(index).padStart(7, '0')}`;
  push({ type: 'track', userId, event: 'Đặt hàng', properties: { orderId, total: product[2], currency: 'VND', payment: rng.pick(PAYMENTS), ...(channel === 'store' ? { store } : {}) }, context: { channel } });
  if (channel !== 'store' || rng.next() < 0.4) {
    t += rng.int(1, 4) * 86_400_000;
    const late = rng.next() < 0.15;
    push({ type: 'track', userId, event: 'Giao hàng thành công', properties: { orderId, carrier: rng.pick(['GHN', 'GHTK', 'Viettel Post', 'Đội giao hàng An Phát']), late }, context: { channel: 'delivery' } });
    if (late && rng.next() < 0.6) push({ type: 'track', userId, event: 'Gọi tổng đài', properties: { orderId, reason: 'Giao hàng trễ' }, context: { channel: 'hotline' } });
  }
  return out;
}
