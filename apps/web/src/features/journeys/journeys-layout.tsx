import { IconRoute, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SectionLayout } from '../../components/section-layout';

const SECTIONS = [
  { key: 'maps', icon: IconRoute },
  { key: 'personas', icon: IconUsers },
] as const;

/** Hành trình: journey maps and the personas they are drawn for. */
export function JourneysLayout() {
  const { t } = useTranslation();
  return <SectionLayout base="/journeys" title={t('nav.journeys')} navLabel={t('personas.journeyNav.label')} sections={SECTIONS.map((s) => ({ ...s, label: t(`personas.journeyNav.${s.key}`) }))} />;
}
