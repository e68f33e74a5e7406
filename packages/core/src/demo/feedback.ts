import type { Answers, SurveyLanguage } from '../feedback/survey.js';
import type { SurveyTemplateKey } from '../feedback/templates.js';
import type { DemoMessage } from './footprints.js';
import { Rng } from './random.js';
import { STORE_DISTRICTS } from './vietnam.js';

/** The chain's surveys: which template, at which of its touchpoints (by name). */
export interface DemoSurvey {
  template: SurveyTemplateKey;
  name: string;
  touchpoints: readonly string[];
}

export const DEMO_SURVEYS: readonly DemoSurvey[] = [
  { template: 'post_purchase_nps', name: 'NPS sau mua hàng', touchpoints: ['Đặt hàng online', 'Mua tại cửa hàng'] },
  { template: 'delivery_csat', name: 'Mức hài lòng khi nhận hàng (CSAT)', touchpoints: ['Giao hàng'] },
  { template: 'support_ces', name: 'Độ dễ dàng khi gọi tổng đài (CES)', touchpoints: ['Tổng đài chăm sóc khách hàng'] },
  { template: 'store_smiley', name: 'Mặt cười tại cửa hàng', touchpoints: ['Ghé cửa hàng'] },
];

export interface DemoStore {
  name: string;
  province: string;
  address: string;
}

/** The chain's stores: one per district the footprints visit, named as the footprints name them. */
export function demoStores(): DemoStore[] {
  return Object.entries(STORE_DISTRICTS).flatMap(([province, districts]) =>
    districts.map((district, i) => ({ name: `Cửa hàng ${district}, ${province}`, province, address: `${12 + i * 37} đường Trần Hưng Đạo, ${district}, ${province}` })),
  );
}

export interface DemoResponse {
  /** Deterministic: loading the demo again adds nothing. */
  id: string;
  survey: SurveyTemplateKey;
  touchpoint: string;
  channel: 'link' | 'qr' | 'kiosk' | 'email';
  store: string | null;
  userId: string | null;
  anonymousId: string | null;
  language: SurveyLanguage;
  answers: Answers;
  completedAt: string;
}

const PRAISE = [
  'Nhân viên tư vấn nhiệt tình, giải thích rõ ràng.',
  'Giao hàng nhanh, đóng gói cẩn thận.',
  'Giá tốt, có trả góp 0% rất tiện.',
  'Đặt hàng trên app dễ, thanh toán MoMo nhanh.',
  'Cửa hàng sạch sẽ, máy lạnh mát, nhân viên dễ thương.',
  'Hàng chính hãng, bảo hành rõ ràng nên yên tâm.',
];
const MIDDLING = [
  'Sản phẩm ổn nhưng phải chờ thanh toán hơi lâu.',
  'Giá chưa rẻ bằng chỗ khác, mong có thêm khuyến mãi.',
  'Website hơi chậm lúc thanh toán.',
  'Nhân viên ổn, nhưng ít người nên phải đợi.',
];
const COMPLAINTS = [
  'Giao hàng trễ 3 ngày mà không ai báo trước.',
  'Gọi tổng đài chờ quá lâu, chuyển máy nhiều lần.',
  'Hàng bị móp hộp, phải đổi lại mất công.',
  'Nhân viên giao hàng thái độ không tốt.',
  'Hết hàng dù website báo còn, đến nơi mới biết.',
  'Trả góp thủ tục rườm rà, giấy tờ nhiều.',
  'Máy lạnh lắp xong bị chảy nước, gọi bảo hành chưa thấy ai đến.',
];

/** A UUID (version 7 layout) from a time and a name: the same inputs give the same id on every machine. */
export function demoUuid(at: number, name: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  const hex = (n: number, len: number) => (n >>> 0).toString(16).padStart(len, '0').slice(-len);
  const ms = at.toString(16).padStart(12, '0').slice(-12);
  const r = hex(h1, 8) + hex(h2, 8) + hex(Math.imul(h1 ^ h2, 0x27d4eb2d), 8);
  return `${ms.slice(0, 8)}-${ms.slice(8)}-7${r.slice(0, 3)}-${((parseInt(r[3]!, 16) & 0x3) | 0x8).toString(16)}${r.slice(4, 7)}-${r.slice(7, 19)}`;
}

const eventAt = (m: DemoMessage) => Date.parse(m.timestamp);

/**
 * What one customer said, given their footprints: some answer the NPS survey after buying (by email
 * for online orders, by the receipt's QR code in a store), rate the delivery from the SMS link (a late
 * delivery is rated low), rate the hotline call, and tap the smiley tablet when visiting a store.
 * Scores follow the experience, so the weak touchpoints in the demo are the ones that hurt.
 */
export function customerResponses(seed: number, index: number, footprints: readonly DemoMessage[], now: Date): DemoResponse[] {
  const rng = new Rng(seed * 15_485_863 + index * 32_452_843 + 17);
  const out: DemoResponse[] = [];
  const userId = footprints.find((m) => m.userId)?.userId ?? null;
  const anonymousId = footprints[0]?.anonymousId ?? `demo-${seed}-${index}`;
  const late = footprints.some((m) => m.event === 'Giao hàng thành công' && m.properties?.late === true);
  const called = footprints.some((m) => m.event === 'Gọi tổng đài');
  const push = (r: Omit<DemoResponse, 'id' | 'anonymousId' | 'language' | 'userId' | 'completedAt'>, after: DemoMessage, withUser = true) => {
    const at = Math.min(now.getTime() - 60_000, eventAt(after) + rng.int(10, 72 * 60) * 60_000);
    if (at <= eventAt(after)) return;
    out.push({ ...r, id: demoUuid(at, `demo-${seed}-${index}-${out.length}`), anonymousId: withUser ? anonymousId : null, userId: withUser ? userId : null, language: rng.next() < 0.06 ? 'en' : 'vi', completedAt: new Date(at).toISOString() });
  };
  const text = (pool: readonly string[]) => ({ text: rng.pick(pool) });

  for (const m of footprints) {
    if (m.event === 'Đặt hàng' && rng.next() < 0.35) {
      const inStore = m.context.channel === 'store';
      const nps = late || called ? rng.weighted([[rng.int(0, 6), 6], [rng.int(7, 8), 3], [rng.int(9, 10), 1]] as const) : rng.weighted([[rng.int(0, 6), 2], [rng.int(7, 8), 3], [rng.int(9, 10), 5]] as const);
      const answers: Answers = { nps };
      if (rng.next() < 0.55) {
        if (nps <= 6) answers.why_low = text(COMPLAINTS);
        else if (nps <= 8) answers.why_mid = text(MIDDLING);
        else answers.why_high = text(PRAISE);
      }
      push({ survey: 'post_purchase_nps', touchpoint: inStore ? 'Mua tại cửa hàng' : 'Đặt hàng online', channel: inStore ? 'qr' : 'email', store: inStore ? String(m.properties?.store ?? '') || null : null, answers }, m);
    } else if (m.event === 'Giao hàng thành công' && rng.next() < 0.4) {
      const wasLate = m.properties?.late === true;
      const csat = wasLate ? rng.weighted([[1, 4], [2, 3], [3, 2], [4, 1]] as const) : rng.weighted([[2, 1], [3, 2], [4, 4], [5, 6]] as const);
      const answers: Answers = { csat };
      if (csat <= 3) answers.issue = wasLate ? ['late'] : [rng.pick(['damaged', 'wrong_item', 'courier'] as const)];
      if (rng.next() < 0.35) answers.comment = text(csat <= 3 ? COMPLAINTS : PRAISE);
      push({ survey: 'delivery_csat', touchpoint: 'Giao hàng', channel: 'link', store: null, answers }, m);
    } else if (m.event === 'Gọi tổng đài' && rng.next() < 0.5) {
      const ces = rng.weighted([[rng.int(1, 3), 4], [4, 2], [rng.int(5, 7), 3]] as const);
      const resolved = ces >= 5 ? 'yes' : rng.pick(['partly', 'no'] as const);
      push({ survey: 'support_ces', touchpoint: 'Tổng đài chăm sóc khách hàng', channel: 'link', store: null, answers: { ces, resolved } }, m);
    } else if (m.event === 'Ghé cửa hàng' && rng.next() < 0.3) {
      const csat = rng.weighted([[1, 1], [2, 1], [3, 2], [4, 4], [5, 5]] as const);
      const answers: Answers = { csat };
      if (csat <= 2) answers.reason = rng.pick(['wait', 'staff', 'stock', 'price'] as const);
      // A kiosk does not know who tapped it.
      push({ survey: 'store_smiley', touchpoint: 'Ghé cửa hàng', channel: 'kiosk', store: String(m.properties?.store ?? '') || null, answers }, m, false);
    }
  }
  return out;
}
