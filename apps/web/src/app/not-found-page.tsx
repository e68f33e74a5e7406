import { Button, Card, EmptyState } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="xl" mt="lg">
      <EmptyState icon={<IconMapOff size={32} aria-hidden />} title={t('notFound.title')} description={t('notFound.body')} py="xl">
        <EmptyState.Actions>
          <Button component={Link} to="/">
            {t('notFound.home')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    </Card>
  );
}
