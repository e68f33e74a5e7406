import type { PersonaProfileInput, PersonaRuleInput } from '../journeys/personas.js';

export interface DemoPersona {
  name: string;
  avatar: string;
  profile: PersonaProfileInput;
  rule: PersonaRuleInput;
}

/**
 * The demo chain's personas, each tied to a rule over the demo customers' traits (gender and
 * province, as people.ts makes them; "seen" as footprints.ts spreads them over 90 days).
 */
export const DEMO_PERSONAS: readonly DemoPersona[] = [
  {
    name: 'Chị Lan — mẹ bỉm sữa bận rộn ở Hà Nội',
    avatar: 'mother',
    profile: {
      ageMin: 28,
      ageMax: 35,
      gender: 'Nữ',
      occupation: 'Nhân viên kế toán, đang nuôi con nhỏ',
      province: 'Hà Nội',
      incomeMin: 15_000_000,
      incomeMax: 25_000_000,
      family: 'Đã lập gia đình, 2 con nhỏ',
      goals: ['Mua đồ gia dụng bền, an toàn cho con', 'Tiết kiệm thời gian đi lại'],
      needs: ['Giao hàng nhanh trong ngày', 'Thanh toán khi nhận hàng', 'Lắp đặt tận nhà'],
      frustrations: ['Giao hàng trễ hẹn', 'Tổng đài phải chờ lâu', 'Thông tin khuyến mãi không rõ ràng'],
      behaviours: ['Mua sắm trên điện thoại vào buổi tối', 'Đọc đánh giá trong nhóm Facebook các mẹ', 'Hỏi tư vấn qua Zalo'],
      preferredChannels: ['app', 'zalo', 'facebook', 'delivery'],
      quote: 'Tôi không có thời gian ra cửa hàng, chỉ cần giao đúng hẹn là được.',
      empathy: {
        says: ['Giao giúp em trước 6 giờ chiều nhé', 'Có trả góp không ạ?'],
        thinks: ['Máy này có an toàn cho bé không?', 'Mua online liệu có bị hàng lỗi?'],
        does: ['So sánh giá trên nhiều trang', 'Chờ đợt khuyến mãi cuối tháng'],
        feels: ['Lo lắng khi đơn hàng chậm', 'Nhẹ nhõm khi được gọi xác nhận'],
      },
    },
    rule: { match: 'all', conditions: [{ field: 'province', op: 'eq', value: 'Hà Nội' }, { field: 'gender', op: 'eq', value: 'female' }] },
  },
  {
    name: 'Anh Minh — dân văn phòng mê công nghệ ở TP.HCM',
    avatar: 'office',
    profile: {
      ageMin: 25,
      ageMax: 34,
      gender: 'Nam',
      occupation: 'Kỹ sư phần mềm',
      province: 'TP. Hồ Chí Minh',
      incomeMin: 25_000_000,
      incomeMax: 45_000_000,
      family: 'Độc thân, sống cùng bạn',
      goals: ['Sở hữu điện thoại, tai nghe đời mới', 'Được giá tốt nhất'],
      needs: ['Thông số kỹ thuật đầy đủ', 'Ví điện tử, trả góp 0%', 'Đổi trả dễ dàng'],
      frustrations: ['Trang web chậm khi có khuyến mãi', 'Nhân viên tư vấn không nắm sản phẩm'],
      behaviours: ['Xem review trên YouTube trước khi mua', 'Mua trên web trong giờ nghỉ trưa'],
      preferredChannels: ['web', 'app', 'chat'],
      quote: 'Thông số rõ ràng, giá tốt, giao nhanh — vậy là tôi mua.',
      empathy: {
        says: ['Máy này có bản quốc tế không?', 'Có mã giảm giá không?'],
        thinks: ['Chờ thêm vài tuần có rẻ hơn không?'],
        does: ['Đặt hàng trên web lúc nửa đêm', 'Thanh toán bằng ví MoMo'],
        feels: ['Háo hức khi mở hộp', 'Khó chịu khi web báo lỗi thanh toán'],
      },
    },
    rule: { match: 'all', conditions: [{ field: 'province', op: 'contains', value: 'Hồ Chí Minh' }, { field: 'gender', op: 'eq', value: 'male' }] },
  },
  {
    name: 'Cô Hoa — khách quen mua tại cửa hàng',
    avatar: 'shopkeeper',
    profile: {
      ageMin: 45,
      ageMax: 60,
      gender: 'Nữ',
      occupation: 'Chủ tiệm tạp hoá',
      province: 'Đà Nẵng',
      incomeMin: 12_000_000,
      incomeMax: 20_000_000,
      family: 'Đã lập gia đình, con đã lớn',
      goals: ['Mua được hàng chính hãng, bảo hành chu đáo'],
      needs: ['Được xem và thử tận tay', 'Nhân viên quen, tư vấn tận tình'],
      frustrations: ['Phải xếp hàng lâu ở quầy thu ngân', 'Thủ tục bảo hành rườm rà'],
      behaviours: ['Ghé cửa hàng gần nhà vào cuối tuần', 'Gọi tổng đài khi cần hỗ trợ'],
      preferredChannels: ['store', 'hotline', 'pos'],
      quote: 'Tôi phải sờ tận tay, nghe nhân viên giải thích mới yên tâm.',
      empathy: {
        says: ['Cháu giới thiệu giúp cô cái nào bền nhất'],
        thinks: ['Mua ở chỗ quen thì yên tâm hơn'],
        does: ['Trả tiền mặt tại quầy', 'Giữ hoá đơn cẩn thận'],
        feels: ['Tin tưởng nhân viên quen', 'Bực khi phải chờ lâu'],
      },
    },
    rule: { match: 'all', conditions: [{ field: 'gender', op: 'eq', value: 'female' }, { field: 'firstSeen', op: 'gte', value: 60 }] },
  },
];
