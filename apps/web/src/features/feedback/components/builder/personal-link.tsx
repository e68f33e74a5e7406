import { canMakePersonalLinks, type PersonalLink } from '@footprint/core';
import { Alert, Button, Divider, Group, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconLink } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../../../components/copy-field';
import { useErrorMessage } from '../../../../lib/errors';
import { useSession } from '../../../workspace';
import { makePersonalLink, searchCustomers } from '../../email/api';

/**
 * A personal link for one customer, found by name, email or id (diacritics optional): answers
 * through it carry the customer and the touchpoint. Asking again for the same pair gives the same link.
 */
export function PersonalLinkGenerator({ surveyId, active, touchpoints }: { surveyId: string; active: boolean; touchpoints: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const { actor } = useSession();
  const message = useErrorMessage();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [userId, setUserId] = useState<string | null>(null);
  const [touchpointId, setTouchpointId] = useState<string | null>(null);
  const [link, setLink] = useState<PersonalLink | null>(null);
  const customers = useQuery({ queryKey: ['feedback', 'personal-link-customers', q], queryFn: () => searchCustomers(q), placeholderData: keepPreviousData });
  const make = useMutation({ mutationFn: () => makePersonalLink(surveyId, { userId: userId!, touchpointId }), onSuccess: setLink });
  if (!canMakePersonalLinks(actor)) return null;
  const options = (customers.data?.items ?? []).map((c) => ({ value: c.userId, label: [c.name ?? c.userId, c.email, c.name ? c.userId : null].filter(Boolean).join(' · ') }));
  return (
    <Stack gap="xs">
      <Divider my={4} />
      <Text size="sm" fw={600}>
        {t('email.personal.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('email.personal.hint')}
      </Text>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('email.personal.customer')}
          placeholder={t('email.personal.customerPlaceholder')}
          searchable
          clearable
          // The server searches (without diacritics); the list shows what it found.
          filter={({ options: o }) => o}
          searchValue={search}
          onSearchChange={setSearch}
          nothingFoundMessage={customers.isFetching ? t('common.loading') : t('email.personal.nothingFound')}
          data={options}
          value={userId}
          onChange={(v) => {
            setUserId(v);
            setLink(null);
          }}
          w={{ base: '100%', sm: 340 }}
        />
        <Select
          label={t('email.personal.touchpoint')}
          placeholder={t('feedback.builder.linkAll')}
          clearable
          data={touchpoints}
          value={touchpointId}
          onChange={(v) => {
            setTouchpointId(v);
            setLink(null);
          }}
          w={{ base: '100%', sm: 240 }}
        />
        <Button leftSection={<IconLink size={16} aria-hidden />} disabled={!userId} loading={make.isPending} onClick={() => make.mutate()} variant="light">
          {t('email.personal.make')}
        </Button>
      </Group>
      {make.isError && (
        <Alert color="red" variant="light" role="alert">
          {message(make.error)}
        </Alert>
      )}
      {link && (
        <Stack gap={4}>
          <CopyField label={t('email.personal.link', { name: link.customer.name ?? link.customer.userId })} value={link.url} href={link.url} />
          {link.answered && (
            <Text size="xs" c="teal.8">
              {t('email.personal.answered')}
            </Text>
          )}
          {!active && (
            <Text size="xs" c="yellow.8">
              {t('email.personal.notActive')}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
