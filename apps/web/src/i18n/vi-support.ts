/** Vietnamese texts of the support section's frame (its tabs). Each part has its own file. */
export const viSupport = {
  nav: { label: 'Các mục của Hỗ trợ', inbox: 'Hộp thư yêu cầu', handoffs: 'Liên phòng ban', kpis: 'Chỉ số KPI', settings: 'Thiết lập' },
};
