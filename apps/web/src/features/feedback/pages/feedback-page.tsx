import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { PageLoader } from '../../../components/query-state';

/** Phản hồi: surveys for now; channels and scores join them here. */
export function FeedbackPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.feedback')} />
      <Suspense fallback={<PageLoader />}>
        <Outlet />
      </Suspense>
    </>
  );
}
