/** The departments every new workspace starts with; owners rename, add or remove them. */
export const DEFAULT_DEPARTMENTS = [
  { key: 'sales', nameVi: 'Bán hàng', nameEn: 'Sales' },
  { key: 'warehouse', nameVi: 'Kho', nameEn: 'Warehouse' },
  { key: 'shipping', nameVi: 'Vận chuyển', nameEn: 'Shipping' },
  { key: 'technical', nameVi: 'Kỹ thuật', nameEn: 'Technical' },
  { key: 'care', nameVi: 'Chăm sóc khách hàng', nameEn: 'Customer care' },
] as const;
