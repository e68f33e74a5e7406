import type { PersonaQuery, PersonaSummary } from '@footprint/core';
import { Anchor, Badge, Button, Card, EmptyState, Group, Modal, Pagination, Select, SimpleGrid, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconPlus, IconSearch, IconUsers, IconUserPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { QueryError } from '../../../../components/query-state';
import { SearchInput } from '../../../../components/search-input';
import { useErrorMessage } from '../../../../lib/errors';
import { useFormat } from '../../../workspace';
import { PersonaAvatar } from '../components/persona-avatar';
import { useCanManagePersonas, useCreatePersona, usePersonas } from '../hooks';

const PAGE_SIZE = 12;
const SORTS = [
  { id: 'updatedAtDesc', sort: 'updatedAt', order: 'desc' },
  { id: 'nameAsc', sort: 'name', order: 'asc' },
  { id: 'createdAtDesc', sort: 'createdAt', order: 'desc' },
] as const satisfies readonly { id: string; sort: PersonaQuery['sort']; order: 'asc' | 'desc' }[];
type SortChoice = (typeof SORTS)[number];

function PersonaCard({ p }: { p: PersonaSummary }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Card withBorder padding="md" radius="md" component="article" aria-label={p.name}>
      <Stack gap="sm" h="100%">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <PersonaAvatar name={p.name} photo={p.photo} avatar={p.avatar} size={56} />
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`/journeys/personas/${p.id}`} fw={600} style={{ overflowWrap: 'anywhere' }} aria-label={t('personas.list.open', { name: p.name })}>
              {p.name}
            </Anchor>
            {(p.occupation || p.province) && (
              <Text size="xs" c="dimmed">
                {[p.occupation, p.province].filter(Boolean).join(' · ')}
              </Text>
            )}
          </Stack>
        </Group>
        {p.quote && (
          <Text size="sm" fs="italic" lineClamp={3}>
            “{p.quote}”
          </Text>
        )}
        <Group justify="space-between" mt="auto" gap="xs">
          {p.customers === null ? (
            <Badge variant="light" color="gray">
              {t('personas.list.noRule')}
            </Badge>
          ) : (
            <Badge variant="light" color="teal" leftSection={<IconUsers size={12} aria-hidden />}>
              {t('personas.list.covered', { formatted: fmt.number(p.customers) })}
            </Badge>
          )}
          <Text size="xs" c="dimmed">
            {t('personas.list.updated', { date: fmt.date(p.updatedAt) })}
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}

function NewPersonaModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const navigate = useNavigate();
  const create = useCreatePersona();
  const [name, setName] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    create.mutate({ name }, { onSuccess: (p) => void navigate(`/journeys/personas/${p.id}`) });
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('personas.create.title')}>
      <form onSubmit={submit}>
        <Stack>
          <TextInput
            label={t('personas.create.name')}
            placeholder={t('personas.create.namePlaceholder')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            maxLength={120}
            data-autofocus
            error={create.error ? message(create.error) : undefined}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending}>
              {t('personas.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Chân dung khách hàng: every persona as a card (paged, sorted and searched on the server). */
export function PersonasPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const canManage = useCanManagePersonas();
  const [creating, { open, close }] = useDisclosure(false);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [sort, setSort] = useState<SortChoice>(SORTS[0]);
  const [page, setPage] = useState(1);
  const personas = usePersonas({ q: q || undefined, sort: sort.sort, order: sort.order, page, pageSize: PAGE_SIZE });
  const pages = personas.data ? Math.max(1, Math.ceil(personas.data.total / PAGE_SIZE)) : 1;

  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Text size="sm" c="dimmed" maw={680}>
            {t('personas.intro')}
          </Text>
          {canManage && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
              {t('personas.list.newPersona')}
            </Button>
          )}
        </Group>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <SearchInput
            label={t('personas.list.search')}
            placeholder={t('personas.list.searchPlaceholder')}
            value={search}
            onChange={(v) => {
              setSearch(v);
              setPage(1);
            }}
          />
          <Select
            label={t('personas.list.sortBy')}
            allowDeselect={false}
            value={sort.id}
            onChange={(v) => {
              setSort(SORTS.find((s) => s.id === v) ?? SORTS[0]);
              setPage(1);
            }}
            data={SORTS.map((s) => ({ value: s.id, label: t(`personas.list.sorts.${s.id}`) }))}
            w={{ base: '100%', xs: 200 }}
          />
        </Group>
        {personas.isError ? (
          <QueryError error={personas.error} onRetry={() => void personas.refetch()} />
        ) : personas.isPending ? (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} aria-busy="true">
            {Array.from({ length: 3 }, (_, i) => (
              <Skeleton key={i} height={150} radius="md" />
            ))}
          </SimpleGrid>
        ) : personas.data.items.length === 0 ? (
          q ? (
            <EmptyState icon={<IconSearch size={28} aria-hidden />} title={t('personas.list.noMatch')} py="xl" />
          ) : (
            <EmptyState icon={<IconUserPlus size={28} aria-hidden />} variant="light" title={t('personas.list.emptyTitle')} description={t('personas.list.emptyBody')} py="xl" maw={640} mx="auto">
              {canManage && <Button onClick={open}>{t('personas.list.createFirst')}</Button>}
            </EmptyState>
          )
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} style={{ opacity: personas.isFetching ? 0.7 : 1 }}>
            {personas.data.items.map((p) => (
              <PersonaCard key={p.id} p={p} />
            ))}
          </SimpleGrid>
        )}
        {personas.data && personas.data.total > 0 && (
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('personas.list.total', { formatted: fmt.number(personas.data.total) })}
            </Text>
            {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" />}
          </Group>
        )}
      </Stack>
      {canManage && <NewPersonaModal opened={creating} onClose={close} />}
    </Card>
  );
}
