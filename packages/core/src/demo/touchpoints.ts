import type { Channel, TouchpointRulesInput } from '../collection/touchpoints.js';

export interface DemoTouchpoint {
  name: string;
  description: string;
  channel: Channel;
  rules: TouchpointRulesInput;
}

/** The demo chain's touchpoints, in placement order, matching what customerFootprints sends. */
export const DEMO_TOUCHPOINTS: readonly DemoTouchpoint[] = [
  { name: 'Trang chủ website', description: 'Lần đầu ghé website hoặc ứng dụng.', channel: 'web', rules: { types: ['page'], urlPattern: '/' } },
  { name: 'Tìm kiếm sản phẩm', description: 'Khách tìm sản phẩm trên website hoặc ứng dụng.', channel: 'web', rules: { events: ['Tìm kiếm'] } },
  { name: 'Trang sản phẩm', description: 'Xem chi tiết một sản phẩm.', channel: 'web', rules: { urlPattern: '/san-pham/*' } },
  { name: 'Giỏ hàng', description: 'Thêm sản phẩm vào giỏ.', channel: 'web', rules: { events: ['Thêm vào giỏ'] } },
  { name: 'Đặt hàng online', description: 'Đặt hàng trên website hoặc ứng dụng.', channel: 'web', rules: { events: ['Đặt hàng'], channels: ['web', 'app'] } },
  { name: 'Ghé cửa hàng', description: 'Khách đến cửa hàng.', channel: 'store', rules: { events: ['Ghé cửa hàng'] } },
  { name: 'Mua tại cửa hàng', description: 'Thanh toán tại quầy.', channel: 'store', rules: { events: ['Đặt hàng'], channels: ['store'] } },
  { name: 'Giao hàng', description: 'Đơn hàng đến tay khách.', channel: 'delivery', rules: { events: ['Giao hàng thành công'] } },
  { name: 'Tổng đài chăm sóc khách hàng', description: 'Khách gọi tổng đài.', channel: 'hotline', rules: { channels: ['hotline'] } },
];
