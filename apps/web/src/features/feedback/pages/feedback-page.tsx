import { IconChartLine, IconClipboardList, IconDeviceTablet, IconMail, IconMessages } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SectionLayout } from '../../../components/section-layout';

const SECTIONS = [
  { key: 'surveys', icon: IconClipboardList },
  { key: 'responses', icon: IconMessages },
  { key: 'scores', icon: IconChartLine },
  { key: 'email', icon: IconMail },
  { key: 'kiosks', icon: IconDeviceTablet },
] as const;

/** Phản hồi: surveys, their responses and scores, and the channels that carry them. */
export function FeedbackPage() {
  const { t } = useTranslation();
  return <SectionLayout base="/feedback" title={t('nav.feedback')} navLabel={t('feedback.sections')} sections={SECTIONS.map((s) => ({ ...s, label: t(`feedback.nav.${s.key}`) }))} />;
}
