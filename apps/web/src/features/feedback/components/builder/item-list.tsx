import type { Localized, SurveyLanguage } from '@footprint/core';
import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { cleanLocalized, uniqueKey } from '../../lib/builder-model';
import { LocalizedInput } from './localized-input';

interface Props<T extends { label: Localized }> {
  title: string;
  items: T[];
  keyOf: (item: T) => string;
  min: number;
  max: number;
  languages: readonly SurveyLanguage[];
  itemLabel: (n: number) => string;
  addLabel: string;
  removeLabel: (n: number) => string;
  /** A new item with a free key. */
  make: (key: string, label: Localized) => T;
  baseKey: string;
  /** More fields on each row (a CSI attribute's weight). */
  extra?: (item: T, set: (item: T) => void, n: number) => ReactNode;
  onChange: (items: T[]) => void;
}

/** Options of a choice question or attributes of a CSI question: labelled rows to add and remove. */
export function ItemList<T extends { label: Localized }>({ title, items, keyOf, min, max, languages, itemLabel, addLabel, removeLabel, make, baseKey, extra, onChange }: Props<T>) {
  const set = (i: number, item: T) => onChange(items.map((x, j) => (j === i ? item : x)));
  const add = () => {
    const key = uniqueKey(`${baseKey}_${items.length + 1}`, items.map(keyOf));
    const label = languages.includes('en') ? { vi: '', en: '' } : { vi: '' };
    onChange([...items, make(key, label)]);
  };
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {title}
      </Text>
      {items.map((item, i) => (
        <Group key={keyOf(item)} align="flex-end" gap="xs" wrap="nowrap">
          <div style={{ flex: 1 }}>
            <LocalizedInput label={itemLabel(i + 1)} languages={languages} value={item.label} maxLength={200} onChange={(l) => set(i, { ...item, label: cleanLocalized(l) })} />
          </div>
          {extra?.(item, (x) => set(i, x), i + 1)}
          <ActionIcon variant="subtle" color="red" size="lg" mb={2} aria-label={removeLabel(i + 1)} disabled={items.length <= min} onClick={() => onChange(items.filter((_, j) => j !== i))}>
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={add} disabled={items.length >= max} style={{ alignSelf: 'flex-start' }}>
        {addLabel}
      </Button>
    </Stack>
  );
}
