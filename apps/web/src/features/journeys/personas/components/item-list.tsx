import { ActionIcon, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A short list of sentences (goals, an empathy quadrant…): add with Enter, remove with ×. */
export function ItemList({ label, items, onChange, disabled, description }: { label: string; items: string[]; onChange: (items: string[]) => void; disabled?: boolean; description?: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const add = () => {
    const v = text.trim();
    if (!v || items.length >= 20) return;
    onChange([...items, v.slice(0, 300)]);
    setText('');
  };
  return (
    <Stack gap={6}>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('personas.lists.empty')}
        </Text>
      ) : (
        <List size="sm" spacing={4} aria-label={label}>
          {items.map((item, i) => (
            <List.Item key={`${i}-${item}`}>
              <Group gap={4} wrap="nowrap" align="flex-start">
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {item}
                </Text>
                {!disabled && (
                  <ActionIcon size="xs" variant="subtle" color="gray" aria-label={t('personas.lists.remove', { item })} onClick={() => onChange(items.filter((_, j) => j !== i))}>
                    <IconX size={12} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {!disabled && (
        <TextInput
          size="xs"
          aria-label={`${label}: ${t('personas.lists.add')}`}
          description={description}
          placeholder={t('personas.lists.addPlaceholder')}
          value={text}
          maxLength={300}
          onChange={(e) => setText(e.currentTarget.value)}
          onBlur={add}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
      )}
    </Stack>
  );
}
