/** Common Vietnamese family names with their rough share of the population. */
export const FAMILY_NAMES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 5], ['Huỳnh', 4], ['Phan', 4.5],
  ['Vũ', 3.9], ['Võ', 3], ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3],
  ['Dương', 1], ['Lý', 0.5], ['Đinh', 0.5], ['Trương', 0.5], ['Lâm', 0.3], ['Mai', 0.3],
];
export const MIDDLE_NAMES_MALE = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Công', 'Gia', 'Hoàng', 'Xuân'];
export const MIDDLE_NAMES_FEMALE = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Phương', 'Bảo', 'Kim', 'Mỹ', 'Hồng'];
export const GIVEN_NAMES_MALE = [
  'An', 'Bảo', 'Cường', 'Dũng', 'Đạt', 'Hải', 'Hiếu', 'Hùng', 'Huy', 'Khang', 'Khoa', 'Kiên', 'Long',
  'Minh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân', 'Sơn', 'Tài', 'Thắng', 'Thành', 'Tiến', 'Trung',
  'Tuấn', 'Việt', 'Vinh', 'Vũ', 'Đông',
];
export const GIVEN_NAMES_FEMALE = [
  'Anh', 'Chi', 'Diệp', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hoa', 'Hương', 'Lan', 'Linh', 'Mai',
  'My', 'Nga', 'Ngân', 'Nhung', 'Oanh', 'Phương', 'Quyên', 'Thảo', 'Thư', 'Trang', 'Trâm', 'Uyên',
  'Vân', 'Vy', 'Xuân', 'Yến', 'Ánh',
];

/** Provinces and cities where the demo retail chain has stores, weighted by rough market size. */
export const PROVINCES: readonly (readonly [string, number])[] = [
  ['TP. Hồ Chí Minh', 30], ['Hà Nội', 25], ['Đà Nẵng', 7], ['Hải Phòng', 6], ['Cần Thơ', 5],
  ['Bình Dương', 5], ['Đồng Nai', 5], ['Khánh Hòa', 3], ['Thừa Thiên Huế', 3], ['Quảng Ninh', 3],
  ['Nghệ An', 3], ['Lâm Đồng', 2],
];

export const STORE_DISTRICTS: Readonly<Record<string, readonly string[]>> = {
  'TP. Hồ Chí Minh': ['Quận 1', 'Quận 3', 'Quận 7', 'Bình Thạnh', 'Gò Vấp', 'Thủ Đức'],
  'Hà Nội': ['Hoàn Kiếm', 'Cầu Giấy', 'Đống Đa', 'Hai Bà Trưng', 'Long Biên'],
  'Đà Nẵng': ['Hải Châu', 'Sơn Trà'],
  'Hải Phòng': ['Lê Chân', 'Ngô Quyền'],
  'Cần Thơ': ['Ninh Kiều'],
  'Bình Dương': ['Thủ Dầu Một', 'Dĩ An'],
  'Đồng Nai': ['Biên Hòa'],
  'Khánh Hòa': ['Nha Trang'],
  'Thừa Thiên Huế': ['TP. Huế'],
  'Quảng Ninh': ['Hạ Long'],
  'Nghệ An': ['Vinh'],
  'Lâm Đồng': ['Đà Lạt'],
};

/** Mobile prefixes of Vietnam's carriers (Viettel, Vinaphone, Mobifone). */
export const PHONE_PREFIXES = ['032', '033', '034', '035', '036', '037', '038', '039', '086', '096', '097', '098', '088', '091', '094', '070', '076', '077', '078', '079', '089', '090', '093'];
