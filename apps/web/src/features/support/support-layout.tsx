import { IconAdjustments, IconArrowsExchange, IconChartBar, IconInbox } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SectionLayout } from '../../components/section-layout';

const SECTIONS = [
  { key: 'inbox', icon: IconInbox },
  { key: 'handoffs', icon: IconArrowsExchange },
  { key: 'kpis', icon: IconChartBar },
  { key: 'settings', icon: IconAdjustments },
] as const;

/** Hỗ trợ: the case inbox, requests between departments, the KPIs and how cases are routed. */
export function SupportLayout() {
  const { t } = useTranslation();
  return <SectionLayout base="/support" title={t('nav.support')} navLabel={t('support.nav.label')} sections={SECTIONS.map((s) => ({ ...s, label: t(`support.nav.${s.key}`) }))} />;
}
