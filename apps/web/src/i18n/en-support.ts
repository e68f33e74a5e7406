/** English texts of the support section's frame (its tabs). Each part has its own file. */
export const enSupport = {
  nav: { label: 'Support sections', inbox: 'Case inbox', handoffs: 'Between departments', kpis: 'KPIs', settings: 'Setup' },
};
