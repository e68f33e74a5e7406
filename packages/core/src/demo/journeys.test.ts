import { describe, expect, it } from 'vitest';
import { stageTouchpoints, ZJourneyDoc } from '../journeys/contracts.js';
import { DEFAULT_DEPARTMENTS } from '../workspace/departments.js';
import { DEMO_CURRENT_JOURNEY, demoJourneys } from './journeys.js';
import { DEMO_TOUCHPOINTS } from './touchpoints.js';

describe('the demo chain’s journey maps', () => {
  // Stand-in ids: a touchpoint's or department's position, written as a UUID.
  const uuid = (n: number) => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;
  const tps = DEMO_TOUCHPOINTS.map((t) => t.name);
  const depts: string[] = DEFAULT_DEPARTMENTS.map((d) => d.key);
  const refs = { touchpoint: (name: string) => uuid(tps.indexOf(name)), department: (key: string) => uuid(100 + depts.indexOf(key)) };
  const tpName = (id: string) => tps[Number(id.slice(-12))]!;
  const dept = (key: string) => uuid(100 + depts.indexOf(key));

  it('places the demo touchpoints stage by stage, each by a name the demo has', () => {
    const [current, future] = demoJourneys(refs);
    const doc = ZJourneyDoc.parse(current!.doc);
    const byStage = Object.fromEntries(stageTouchpoints(doc).map((s, i) => [doc.stages[i]!.name.vi, s.touchpointIds.map(tpName)]));
    expect(byStage['Tìm kiếm']).toEqual(['Trang chủ website', 'Tìm kiếm sản phẩm']);
    expect(byStage['So sánh']).toEqual(['Trang sản phẩm']);
    expect(byStage['Mua hàng']).toEqual(['Giỏ hàng', 'Đặt hàng online', 'Ghé cửa hàng', 'Mua tại cửa hàng']);
    expect(byStage['Giao hàng']).toEqual(['Giao hàng']);
    expect(byStage['Hỗ trợ']).toEqual(['Tổng đài chăm sóc khách hàng']);
    const names = new Set(DEMO_TOUCHPOINTS.map((t) => t.name));
    expect(Object.values(byStage).flat().every((n) => names.has(n))).toBe(true);
    expect(future).toMatchObject({ kind: 'future', currentState: DEMO_CURRENT_JOURNEY });
  });

  it('owns touchpoints by the demo team’s departments, with targets, a designed emotion per stage, and an unlinked Zalo idea in the future', () => {
    const [current, future] = demoJourneys(refs).map((j) => ZJourneyDoc.parse(j.doc));
    const delivery = current!.stages.find((s) => s.name.vi === 'Giao hàng')!;
    expect(delivery.cells['ln-touchpoints']!.touchpoints[0]).toMatchObject({ departmentId: dept('shipping'), target: { metric: 'csat', min: 80 } });
    expect(delivery.cells['ln-pains']!.pains[0]!.text).toMatch(/trễ/);
    expect(current!.stages.every((s) => s.cells['ln-emotions']!.emotion !== null)).toBe(true);
    const keys = new Set(depts.map(dept));
    const owners = current!.stages.flatMap((s) => s.cells['ln-touchpoints']!.touchpoints.map((t) => t.departmentId));
    expect(owners.every((o) => o !== null && keys.has(o))).toBe(true);
    const zalo = future!.stages.flatMap((s) => s.cells['ln-touchpoints']!.touchpoints).find((t) => t.channel === 'zalo');
    expect(zalo).toMatchObject({ touchpointId: null, name: 'Theo dõi đơn hàng qua Zalo OA' });
  });
});
