export { supportKpisLive, supportKpiKeys, useSupportKpis } from './hooks';
export { useKpiFormat } from './format';
