import { CASE_CHANNELS, CASE_PRIORITIES, CASE_STATUSES } from '@footprint/core';
import { Button, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { forwardRef, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMemberRefs, useTouchpointRefs } from '../cases/hooks';
import type { FilterKey, InboxFilters } from './filters';

interface Props {
  filters: InboxFilters;
  onChange: (key: FilterKey, value: string | undefined) => void;
  onClear: () => void;
  narrowed: boolean;
}

/** The inbox's filters; the search box is a ref so "/" can focus it. Text is sent as typed: the server ignores diacritics. */
export const InboxFilterBar = forwardRef<HTMLInputElement, Props>(function InboxFilterBar({ filters, onChange, onClear, narrowed }, searchRef) {
  const { t } = useTranslation();
  const members = useMemberRefs();
  const touchpoints = useTouchpointRefs();
  const [q, setQ] = useState(filters.q ?? '');
  const [tag, setTag] = useState(filters.tag ?? '');
  // A view or a queue picked elsewhere replaces what is in the boxes.
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);
  useEffect(() => setTag(filters.tag ?? ''), [filters.tag]);
  useEffect(() => {
    const h = window.setTimeout(() => {
      if ((filters.q ?? '') !== q.trim()) onChange('q', q.trim() || undefined);
    }, 300);
    return () => window.clearTimeout(h);
  }, [q, filters.q, onChange]);
  const list = (v: string | undefined) => (v ? v.split(',') : []);
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        ref={searchRef}
        label={t('supportInbox.filters.search')}
        placeholder={t('supportInbox.filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        type="search"
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        style={{ flex: '1 1 240px' }}
      />
      <MultiSelect
        label={t('supportInbox.filters.status')}
        placeholder={list(filters.status).length ? undefined : t('supportInbox.filters.openStatuses')}
        clearable
        value={list(filters.status)}
        onChange={(v) => onChange('status', v.join(',') || undefined)}
        data={CASE_STATUSES.map((s) => ({ value: s, label: t(`supportInbox.status.${s}`) }))}
        w={{ base: '100%', xs: 220 }}
      />
      <MultiSelect
        label={t('supportInbox.filters.priority')}
        placeholder={list(filters.priority).length ? undefined : t('supportInbox.filters.any')}
        clearable
        value={list(filters.priority)}
        onChange={(v) => onChange('priority', v.join(',') || undefined)}
        data={CASE_PRIORITIES.map((p) => ({ value: p, label: t(`supportInbox.priority.${p}`) }))}
        w={{ base: '100%', xs: 180 }}
      />
      <Select
        label={t('supportInbox.filters.assignee')}
        placeholder={t('supportInbox.filters.any')}
        clearable
        searchable
        value={filters.assigneeId ?? null}
        onChange={(v) => onChange('assigneeId', v ?? undefined)}
        data={(members.data ?? []).map((m) => ({ value: m.userId, label: m.name }))}
        w={{ base: '100%', xs: 180 }}
      />
      <Select
        label={t('supportInbox.filters.touchpoint')}
        placeholder={t('supportInbox.filters.any')}
        clearable
        searchable
        value={filters.touchpointId ?? null}
        onChange={(v) => onChange('touchpointId', v ?? undefined)}
        data={(touchpoints.data ?? []).map((tp) => ({ value: tp.id, label: tp.name }))}
        w={{ base: '100%', xs: 180 }}
      />
      <Select
        label={t('supportInbox.filters.channel')}
        placeholder={t('supportInbox.filters.any')}
        clearable
        value={filters.channel ?? null}
        onChange={(v) => onChange('channel', v ?? undefined)}
        data={CASE_CHANNELS.map((c) => ({ value: c, label: t(`supportInbox.channel.${c}`) }))}
        w={{ base: '100%', xs: 150 }}
      />
      <TextInput
        label={t('supportInbox.filters.tag')}
        value={tag}
        maxLength={40}
        onChange={(e) => setTag(e.currentTarget.value)}
        onBlur={() => onChange('tag', tag.trim() || undefined)}
        onKeyDown={(e) => e.key === 'Enter' && onChange('tag', tag.trim() || undefined)}
        w={{ base: '100%', xs: 130 }}
      />
      {narrowed && (
        <Button variant="subtle" color="gray" onClick={onClear}>
          {t('supportInbox.filters.clear')}
        </Button>
      )}
    </Group>
  );
});
