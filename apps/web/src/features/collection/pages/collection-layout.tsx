import { IconActivityHeartbeat, IconFileImport, IconListDetails, IconMapPin, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SectionLayout } from '../../../components/section-layout';

const SECTIONS = [
  { key: 'customers', icon: IconUsers },
  { key: 'live', icon: IconActivityHeartbeat },
  { key: 'events', icon: IconListDetails },
  { key: 'touchpoints', icon: IconMapPin },
  { key: 'imports', icon: IconFileImport },
] as const;

/** Thu thập: customers, the live view for people installing the SDK, the raw event list and offline imports. */
export function CollectionLayout() {
  const { t } = useTranslation();
  return (
    <SectionLayout
      base="/collection"
      title={t('nav.collection')}
      description={t('collection.intro')}
      navLabel={t('collection.sections')}
      sections={SECTIONS.map((s) => ({ ...s, label: s.key === 'imports' ? t('imports.nav') : t(`collection.nav.${s.key}`) }))}
    />
  );
}
