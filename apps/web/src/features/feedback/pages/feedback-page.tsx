import { IconMessageCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PartEmptyState } from '../../../components/part-empty-state';

export function FeedbackPage() {
  const { t } = useTranslation();
  return (
    <PartEmptyState
      title={t('nav.feedback')}
      heading={t('parts.feedback.title')}
      body={t('parts.feedback.body')}
      icon={<IconMessageCircle size={36} stroke={1.5} aria-hidden />}
    />
  );
}
