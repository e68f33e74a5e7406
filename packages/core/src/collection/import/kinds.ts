/**
 * What an offline file can hold. Each kind names its event and channel the way the tracking API and
 * the demo do, so an imported store visit and one sent live by a POS look the same.
 */
export const IMPORT_KINDS = ['store_visit', 'hotline_call', 'delivery', 'pos_sale', 'custom'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface KindDefaults {
  /** The event name; null for `custom`, whose names come from a column. */
  event: string | null;
  /** context.channel of every event of the file. */
  channel: string;
}

export const KIND_DEFAULTS: Record<ImportKind, KindDefaults> = {
  store_visit: { event: 'Ghé cửa hàng', channel: 'store' },
  hotline_call: { event: 'Gọi tổng đài', channel: 'hotline' },
  delivery: { event: 'Giao hàng thành công', channel: 'delivery' },
  pos_sale: { event: 'Đặt hàng', channel: 'store' },
  custom: { event: null, channel: 'offline' },
};

/** A template file per kind: Vietnamese headers and two example rows (dd/MM/yyyy HH:mm, VND). */
export const KIND_TEMPLATES: Record<ImportKind, { headers: string[]; rows: string[][] }> = {
  store_visit: {
    headers: ['Mã KH', 'Họ tên', 'Số điện thoại', 'Thời gian', 'Cửa hàng', 'Ghi chú'],
    rows: [
      ['KH000123', 'Nguyễn Văn An', '0912345678', '20/11/2025 09:30', 'Cửa hàng Quận 1, TP. Hồ Chí Minh', 'Xem tivi'],
      ['', 'Trần Thị Bình', '0987654321', '20/11/2025 14:05', 'Cửa hàng Cầu Giấy, Hà Nội', ''],
    ],
  },
  hotline_call: {
    headers: ['Mã KH', 'Họ tên', 'Số điện thoại', 'Thời gian', 'Lý do', 'Nhân viên', 'Mã đơn hàng'],
    rows: [
      ['KH000123', 'Nguyễn Văn An', '0912345678', '21/11/2025 08:15', 'Giao hàng trễ', 'Lê Thu Hà', 'DH0001234'],
      ['', 'Phạm Minh Đức', '0903111222', '21/11/2025 10:40', 'Hỏi bảo hành', 'Lê Thu Hà', ''],
    ],
  },
  delivery: {
    headers: ['Mã KH', 'Số điện thoại', 'Thời gian', 'Mã đơn hàng', 'Đơn vị vận chuyển', 'Ghi chú'],
    rows: [
      ['KH000123', '0912345678', '22/11/2025 16:20', 'DH0001234', 'GHN', ''],
      ['KH000456', '', '22/11/2025 17:05', 'DH0001240', 'Viettel Post', 'Giao lần 2'],
    ],
  },
  pos_sale: {
    headers: ['Mã KH', 'Họ tên', 'Số điện thoại', 'Thời gian', 'Cửa hàng', 'Mã đơn hàng', 'Tổng tiền', 'Thanh toán'],
    rows: [
      ['KH000123', 'Nguyễn Văn An', '0912345678', '20/11/2025 10:02', 'Cửa hàng Quận 1, TP. Hồ Chí Minh', 'HD-0001', '1.290.000 ₫', 'Thẻ ATM'],
      ['', 'Trần Thị Bình', '0987654321', '20/11/2025 14:30', 'Cửa hàng Cầu Giấy, Hà Nội', 'HD-0002', '22.990.000', 'Trả góp'],
    ],
  },
  custom: {
    headers: ['Mã KH', 'Số điện thoại', 'Sự kiện', 'Thời gian', 'Ghi chú'],
    rows: [
      ['KH000123', '0912345678', 'Tham gia hội thảo', '23/11/2025 09:00', 'Hội thảo điện máy xanh'],
      ['', '0987654321', 'Đổi quà tích điểm', '23/11/2025 15:45', ''],
    ],
  },
};
