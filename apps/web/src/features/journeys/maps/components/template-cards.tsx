import { JOURNEY_TEMPLATE_KEYS, TEMPLATE_INFO, TEMPLATE_STAGES, type JourneyTemplateKey } from '@footprint/core';
import { Badge, Group, SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';

/** The stage models as cards, each with its stages in order: a radio group. */
export function TemplateCards({ value, onChange, language, labelledBy }: { value: JourneyTemplateKey | null; onChange: (key: JourneyTemplateKey) => void; language: 'vi' | 'en'; labelledBy: string }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" role="radiogroup" aria-labelledby={labelledBy}>
      {JOURNEY_TEMPLATE_KEYS.map((key) => {
        const selected = value === key;
        const info = TEMPLATE_INFO[key];
        return (
          <UnstyledButton
            key={key}
            role="radio"
            aria-checked={selected}
            aria-label={info.name[language]}
            onClick={() => onChange(key)}
            p="sm"
            style={{
              borderRadius: 8,
              border: `${selected ? 2 : 1}px solid ${selected ? 'var(--mantine-primary-color-filled)' : 'var(--mantine-color-gray-3)'}`,
              background: selected ? 'var(--mantine-primary-color-light)' : undefined,
            }}
          >
            <Group gap={6} wrap="nowrap" justify="space-between">
              <Text fw={600} size="sm">
                {info.name[language]}
              </Text>
              {selected && <IconCheck size={16} aria-hidden />}
            </Group>
            <Text size="xs" c="dimmed" mt={4}>
              {info.description[language]}
            </Text>
            <Group gap={4} mt={8}>
              {TEMPLATE_STAGES[key].map((s, i) => (
                <Badge key={i} size="xs" variant="light" color="blue" tt="none">
                  {s[language]}
                </Badge>
              ))}
            </Group>
          </UnstyledButton>
        );
      })}
    </SimpleGrid>
  );
}
