import { Button, Code, EmptyState, Text } from '@mantine/core';
import { IconActivityHeartbeat, IconUserSearch, IconUsers } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** No customers yet: how they appear (identify from the SDK or the API); or nothing matched. */
export function CustomersEmpty({ searched }: { searched: boolean }) {
  const { t } = useTranslation();
  if (searched) {
    return (
      <EmptyState
        icon={<IconUserSearch size={28} aria-hidden />}
        title={t('collection.customers.noMatch')}
        description={t('collection.customers.noMatchHint')}
        py="xl"
      />
    );
  }
  return (
    <EmptyState
      icon={<IconUsers size={28} aria-hidden />}
      variant="light"
      title={t('collection.customers.emptyTitle')}
      description={
        <Text size="sm" c="dimmed" component="span">
          <Trans i18nKey="collection.customers.emptyBody" components={{ code: <Code /> }} />
        </Text>
      }
      py="xl"
      maw={640}
      mx="auto"
    >
      <EmptyState.Actions>
        <Button component={Link} to="/collection/live" variant="light" leftSection={<IconActivityHeartbeat size={16} aria-hidden />}>
          {t('collection.customers.emptyAction')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
