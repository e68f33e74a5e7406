import type { Channel } from '../collection/touchpoints.js';
import type { JourneyCell, JourneyDoc, JourneyKind, OpportunityStatus, PainSeverity, TouchpointTarget } from '../journeys/contracts.js';
import { journeyTemplate } from '../journeys/templates.js';
import type { DepartmentKey } from './team.js';

/** How the demo maps name what lives in the workspace: touchpoints by their demo name, departments by key. */
export interface DemoJourneyRefs {
  touchpoint(name: string): string | null;
  department(key: DepartmentKey): string | null;
}

export interface DemoJourney {
  name: string;
  description: string;
  kind: JourneyKind;
  /** A future state names its current-state map (by name). */
  currentState: string | null;
  doc: JourneyDoc;
}

interface StagePlan {
  actions?: string[];
  questions?: string[];
  /** Linked demo touchpoints by name, or unlinked ideas ({ idea }). */
  touchpoints?: { name?: string; idea?: string; channel: Channel; mode: 'online' | 'offline'; owner?: DepartmentKey; target?: TouchpointTarget }[];
  thoughts?: string[];
  emotion?: [number, string];
  pains?: [string, PainSeverity][];
  opportunities?: [string, string, OpportunityStatus][];
}

const cell = (c: Partial<JourneyCell>): JourneyCell => ({ notes: [], touchpoints: [], pains: [], opportunities: [], emotion: null, ...c });

/** A retail-template map filled stage by stage; item ids are stable (stage + lane + index), so loading again finds the same map. */
function retailMap(kind: JourneyKind, plan: StagePlan[], refs: DemoJourneyRefs): JourneyDoc {
  const doc = journeyTemplate('retail', kind);
  doc.stages.forEach((stage, i) => {
    const p = plan[i] ?? {};
    const id = (lane: string, k: number) => `${stage.id}-${lane}${k + 1}`;
    const notes = (lane: string, list: string[] | undefined) => cell({ notes: (list ?? []).map((text, k) => ({ id: id(lane, k), text })) });
    stage.cells = {
      'ln-actions': notes('a', p.actions),
      'ln-questions': notes('q', p.questions),
      'ln-thoughts': notes('t', p.thoughts),
      'ln-touchpoints': cell({
        touchpoints: (p.touchpoints ?? []).map((t, k) => ({
          id: id('tp', k),
          touchpointId: t.name ? refs.touchpoint(t.name) : null,
          name: t.idea ?? t.name ?? '',
          channel: t.channel,
          mode: t.mode,
          departmentId: t.owner ? refs.department(t.owner) : null,
          target: t.target ?? null,
        })),
      }),
      'ln-emotions': cell({ emotion: p.emotion ? { value: p.emotion[0], note: p.emotion[1] } : null }),
      'ln-pains': cell({ pains: (p.pains ?? []).map(([text, severity], k) => ({ id: id('p', k), text, severity })) }),
      'ln-opportunities': cell({ opportunities: (p.opportunities ?? []).map(([text, owner, status], k) => ({ id: id('o', k), text, owner, status })) }),
    };
  });
  return doc;
}

export const DEMO_CURRENT_JOURNEY = 'Hành trình mua hàng bán lẻ';
export const DEMO_FUTURE_JOURNEY = 'Hành trình mua hàng — tương lai';

const CURRENT: StagePlan[] = [
  {
    actions: ['Thấy tủ lạnh cũ kêu to, tốn điện', 'Hỏi ý kiến người thân, xem quảng cáo trên Facebook'],
    questions: ['Có nên đổi máy mới lúc này không?'],
    thoughts: ['“Mùa hè sắp tới, cần mua sớm”'],
    emotion: [0, 'Băn khoăn'],
    pains: [['Quảng cáo nhiều, khó biết nguồn nào đáng tin', 'low']],
  },
  {
    actions: ['Tìm “tủ lạnh Inverter 300 lít” trên website', 'Lọc theo giá và hãng'],
    questions: ['Mẫu nào tiết kiệm điện?', 'Còn hàng ở cửa hàng gần nhà không?'],
    touchpoints: [
      { name: 'Trang chủ website', channel: 'web', mode: 'online', owner: 'technical' },
      { name: 'Tìm kiếm sản phẩm', channel: 'web', mode: 'online', owner: 'technical' },
    ],
    thoughts: ['“Nhiều lựa chọn quá”'],
    emotion: [1, 'Hào hứng'],
    pains: [['Tìm không dấu cho kết quả sai', 'medium']],
    opportunities: [['Gợi ý theo nhu cầu (số người trong nhà, diện tích bếp)', 'Phòng Kỹ thuật', 'planned']],
  },
  {
    actions: ['Đọc thông số, so sánh 2–3 mẫu', 'Đọc đánh giá của khách đã mua'],
    questions: ['Bảo hành bao lâu?', 'Có trả góp 0% không?'],
    touchpoints: [{ name: 'Trang sản phẩm', channel: 'web', mode: 'online', owner: 'sales' }],
    thoughts: ['“Giá online và tại cửa hàng có như nhau?”'],
    emotion: [0, 'Phân vân'],
    pains: [['Thông tin tồn kho không khớp giữa website và cửa hàng', 'high']],
    opportunities: [['Hiển thị tồn kho theo từng cửa hàng', 'Phòng Kho', 'in_progress']],
  },
  {
    actions: ['Thêm vào giỏ và đặt online', 'Hoặc ra cửa hàng xem tận mắt rồi mua'],
    questions: ['Đặt online có được giá như tại cửa hàng?'],
    touchpoints: [
      { name: 'Giỏ hàng', channel: 'web', mode: 'online', owner: 'technical' },
      { name: 'Đặt hàng online', channel: 'web', mode: 'online', owner: 'sales', target: { metric: 'nps', min: 30 } },
      { name: 'Ghé cửa hàng', channel: 'store', mode: 'offline', owner: 'sales', target: { metric: 'csat', min: 85 } },
      { name: 'Mua tại cửa hàng', channel: 'store', mode: 'offline', owner: 'sales', target: { metric: 'nps', min: 40 } },
    ],
    thoughts: ['“Nhân viên tư vấn nhiệt tình”'],
    emotion: [1, 'Yên tâm'],
    pains: [['Giờ cao điểm phải chờ nhân viên tư vấn', 'medium']],
    opportunities: [['Đặt lịch tư vấn trước qua website', 'Phòng Bán hàng', 'idea']],
  },
  {
    actions: ['Thanh toán MoMo hoặc thẻ; làm hồ sơ trả góp'],
    questions: ['Hồ sơ trả góp cần giấy tờ gì?'],
    thoughts: ['“Thủ tục trả góp hơi rườm rà”'],
    emotion: [-1, 'Sốt ruột'],
    pains: [['Thủ tục trả góp nhiều giấy tờ, mất 30 phút', 'medium']],
    opportunities: [['Duyệt trả góp online trước khi đến cửa hàng', 'Phòng Bán hàng', 'planned']],
  },
  {
    actions: ['Chờ giao hàng, gọi hỏi đơn hàng đang ở đâu'],
    questions: ['Khi nào hàng đến?', 'Có lắp đặt luôn không?'],
    touchpoints: [{ name: 'Giao hàng', channel: 'delivery', mode: 'offline', owner: 'shipping', target: { metric: 'csat', min: 80 } }],
    thoughts: ['“Hẹn thứ Bảy mà chưa thấy ai báo”'],
    emotion: [-2, 'Bực bội vì giao trễ'],
    pains: [
      ['Giao hàng trễ hẹn mà không báo trước', 'high'],
      ['Hộp bị móp khi nhận', 'medium'],
    ],
    opportunities: [['Báo trước giờ giao và cho theo dõi đơn hàng', 'Phòng Vận chuyển', 'in_progress']],
  },
  {
    actions: ['Dùng thử, xem hướng dẫn cài đặt'],
    questions: ['Chỉnh nhiệt độ thế nào cho tiết kiệm?'],
    thoughts: ['“Máy chạy êm, đáng tiền”'],
    emotion: [1, 'Hài lòng'],
    opportunities: [['Gửi video hướng dẫn sử dụng sau khi giao', 'Phòng Chăm sóc khách hàng', 'idea']],
  },
  {
    actions: ['Gọi tổng đài khi máy chảy nước', 'Chờ kỹ thuật viên đến'],
    questions: ['Bao giờ có người đến sửa?'],
    touchpoints: [{ name: 'Tổng đài chăm sóc khách hàng', channel: 'hotline', mode: 'offline', owner: 'care', target: { metric: 'ces', min: 5 } }],
    thoughts: ['“Chờ máy lâu, bị chuyển nhiều lần”'],
    emotion: [-1, 'Mệt mỏi'],
    pains: [['Chờ tổng đài lâu, chuyển máy nhiều lần', 'high']],
    opportunities: [['Gọi lại tự động thay vì chờ máy', 'Phòng Chăm sóc khách hàng', 'planned']],
  },
  {
    actions: ['Nhận ưu đãi thành viên, mua thêm máy lọc nước'],
    questions: ['Điểm thành viên dùng thế nào?'],
    thoughts: ['“Lần sau vẫn mua ở đây nếu giao đúng hẹn”'],
    emotion: [1, 'Tin tưởng'],
    opportunities: [['Ưu đãi riêng cho khách đã góp ý', 'Phòng Bán hàng', 'idea']],
  },
];

/** The future state: the same stages with the improvements in place and the new touchpoints they add. */
function future(): StagePlan[] {
  const plan = CURRENT.map((s) => ({ ...s }));
  plan[2] = { ...plan[2]!, emotion: [1, 'Rõ ràng'], pains: [], opportunities: [['Tồn kho theo cửa hàng, cập nhật mỗi 5 phút', 'Phòng Kho', 'in_progress']] };
  plan[4] = { ...plan[4]!, emotion: [0, 'Nhanh gọn'], pains: [], thoughts: ['“Duyệt trả góp online xong trong 5 phút”'] };
  plan[5] = {
    actions: ['Nhận tin Zalo báo giờ giao, theo dõi đơn trên bản đồ'],
    questions: ['Có đổi được giờ giao không?'],
    touchpoints: [
      ...CURRENT[5]!.touchpoints!,
      { idea: 'Theo dõi đơn hàng qua Zalo OA', channel: 'zalo', mode: 'online', owner: 'shipping', target: { metric: 'csat', min: 85 } },
    ],
    thoughts: ['“Biết chính xác khi nào hàng đến”'],
    emotion: [1, 'An tâm'],
    opportunities: [['Cho khách tự đổi giờ giao trên Zalo', 'Phòng Vận chuyển', 'planned']],
  };
  plan[7] = {
    ...plan[7]!,
    touchpoints: [...CURRENT[7]!.touchpoints!, { idea: 'Chat hỗ trợ trên website', channel: 'chat', mode: 'online', owner: 'care' }],
    emotion: [0, 'Được lắng nghe'],
    pains: [['Vẫn cần kỹ thuật viên đến tận nhà cho lỗi phần cứng', 'low']],
  };
  return plan;
}

/** The demo chain's maps: its current retail journey and the future state that improves on it. */
export function demoJourneys(refs: DemoJourneyRefs): DemoJourney[] {
  return [
    {
      name: DEMO_CURRENT_JOURNEY,
      description: 'Khách mua đồ điện máy: từ lúc có nhu cầu, tìm trên website, so sánh, mua online hoặc tại cửa hàng, đến giao hàng, bảo hành và mua lại.',
      kind: 'current',
      currentState: null,
      doc: retailMap('current', CURRENT, refs),
    },
    {
      name: DEMO_FUTURE_JOURNEY,
      description: 'Hành trình sau cải tiến: tồn kho theo cửa hàng, trả góp duyệt online, theo dõi đơn qua Zalo, chat hỗ trợ.',
      kind: 'future',
      currentState: DEMO_CURRENT_JOURNEY,
      doc: retailMap('future', future(), refs),
    },
  ];
}
