import { IMPORT_KINDS, KIND_DEFAULTS, PROPERTY_TYPES, TIMESTAMP_FORMATS, ZImportMapping, type Import, type ImportKind, type PropertyType, type TimestampFormat } from '@footprint/core';
import { Alert, Button, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconChecklist, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../lib/errors';
import { useSaveMapping } from './hooks';
import { COLUMN_ROLES, roleOf, setProperty, setRole, type ColumnRole, type Draft } from './mapping-model';
import { MappingPreview } from './mapping-preview';

const isOf = <T extends string>(all: readonly T[]) => (v: string | null): v is T => all.some((x) => x === v);
const isKind = isOf(IMPORT_KINDS);
const isFormat = isOf(TIMESTAMP_FORMATS);
const isRole = isOf(COLUMN_ROLES);
const isType = isOf(PROPERTY_TYPES);

/** Step 2: what each column is, with a live preview of the first rows as events; then the whole file is checked on the server. */
export function MappingStep({ imp, onChecked, onRemove, removing }: { imp: Import; onChecked: (imp: Import) => void; onRemove: () => void; removing: boolean }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [draft, setDraft] = useState<Draft>(imp.mapping);
  const save = useSaveMapping(imp.id);
  const header = (i: number) => imp.columns[i] || t('imports.mapping.blankHeader', { n: i + 1 });
  const defaultEvent = KIND_DEFAULTS[draft.kind].event;
  const valid = ZImportMapping.safeParse(draft);

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t('imports.mapping.kind')}
          allowDeselect={false}
          value={draft.kind}
          onChange={(v) => isKind(v) && setDraft({ ...draft, kind: v as ImportKind })}
          data={IMPORT_KINDS.map((k) => ({ value: k, label: t(`imports.kinds.${k}`) }))}
        />
        <TextInput
          label={t('imports.mapping.event')}
          placeholder={defaultEvent ? t('imports.mapping.eventPlaceholder', { name: defaultEvent }) : undefined}
          value={draft.event ?? ''}
          onChange={(e) => setDraft({ ...draft, event: e.currentTarget.value.trim() ? e.currentTarget.value : null })}
          maxLength={200}
        />
        <Select
          label={t('imports.mapping.timestampFormat')}
          allowDeselect={false}
          value={draft.timestampFormat}
          onChange={(v) => isFormat(v) && setDraft({ ...draft, timestampFormat: v as TimestampFormat })}
          data={TIMESTAMP_FORMATS.map((f) => ({ value: f, label: t(`imports.mapping.formats.${f}`) }))}
          description={t('imports.mapping.timeZoneHint', { timeZone: imp.timeZone })}
        />
      </SimpleGrid>

      <Stack gap="xs">
        <Title order={3} fz="h5">
          {t('imports.mapping.columns')}
        </Title>
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" aria-label={t('imports.mapping.columns')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('imports.mapping.colColumn')}</Table.Th>
                <Table.Th>{t('imports.mapping.colSample')}</Table.Th>
                <Table.Th w={220}>{t('imports.mapping.colRole')}</Table.Th>
                <Table.Th w={200}>{t('imports.mapping.colName')}</Table.Th>
                <Table.Th w={150}>{t('imports.mapping.colType')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {imp.columns.map((_, i) => {
                const role = roleOf(draft, i);
                const property = draft.properties.find((p) => p.column === i);
                const samples = imp.preview.slice(0, 3).map((r) => r.cells[i] ?? '').filter(Boolean);
                return (
                  <Table.Tr key={i}>
                    <Table.Td fw={500} style={{ overflowWrap: 'anywhere' }}>
                      {header(i)}
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                        {samples.join(' · ') || t('common.none')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={`${t('imports.mapping.colRole')}: ${header(i)}`}
                        allowDeselect={false}
                        size="xs"
                        value={role}
                        onChange={(v) => isRole(v) && setDraft(setRole(draft, i, v as ColumnRole, imp.columns[i] ?? ''))}
                        data={COLUMN_ROLES.map((r) => ({ value: r, label: t(`imports.mapping.roles.${r}`) }))}
                      />
                    </Table.Td>
                    <Table.Td>
                      {property && (
                        <TextInput
                          aria-label={`${t('imports.mapping.colName')}: ${header(i)}`}
                          size="xs"
                          value={property.name}
                          maxLength={100}
                          onChange={(e) => setDraft(setProperty(draft, i, { name: e.currentTarget.value }))}
                          error={!property.name.trim()}
                        />
                      )}
                    </Table.Td>
                    <Table.Td>
                      {property && (
                        <Select
                          aria-label={`${t('imports.mapping.colType')}: ${header(i)}`}
                          size="xs"
                          allowDeselect={false}
                          value={property.type}
                          onChange={(v) => isType(v) && setDraft(setProperty(draft, i, { type: v as PropertyType }))}
                          data={PROPERTY_TYPES.map((ty) => ({ value: ty, label: t(`imports.mapping.types.${ty}`) }))}
                        />
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>

      <MappingPreview imp={imp} draft={draft} />

      {save.isError && (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(save.error)}
        </Alert>
      )}
      <Group justify="space-between">
        <Button variant="subtle" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={onRemove} loading={removing}>
          {t('imports.mapping.remove')}
        </Button>
        <Button
          leftSection={<IconChecklist size={16} aria-hidden />}
          disabled={!valid.success}
          loading={save.isPending}
          onClick={() => valid.success && save.mutate(valid.data, { onSuccess: onChecked })}
        >
          {t('imports.mapping.validate')}
        </Button>
      </Group>
    </Stack>
  );
}
