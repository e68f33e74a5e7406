import { type Question, type SurveyDefinition } from '@footprint/core';
import { ActionIcon, Badge, Card, Divider, Group, Stack, Switch, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { cleanLocalized } from '../../lib/builder-model';
import { LocalizedInput } from './localized-input';
import { LogicEditor } from './logic-editor';
import { QuestionFields } from './question-fields';

interface Props {
  definition: SurveyDefinition;
  index: number;
  /** Problems the last check found in this question, in words. */
  problems: string[];
  onChange: (d: SurveyDefinition) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}

/** One question of the builder: its texts, its type's settings and its logic. */
export function QuestionCard({ definition: d, index, problems, onChange, onMove, onRemove }: Props) {
  const { t } = useTranslation();
  const q = d.questions[index]!;
  const n = index + 1;
  const set = (next: Question) => onChange({ ...d, questions: d.questions.map((x, i) => (i === index ? next : x)) });
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={`q-${q.id}-heading`} style={problems.length ? { borderColor: 'var(--mantine-color-red-5)' } : undefined}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Text fw={700} id={`q-${q.id}-heading`}>
              {t('feedback.question.number', { n })}
            </Text>
            <Badge variant="light" tt="none">
              {t(`feedback.types.${q.type}`)}
            </Badge>
            <Text size="xs" c="dimmed" ff="monospace">
              {q.id}
            </Text>
          </Group>
          <Group gap={2} wrap="nowrap">
            <ActionIcon variant="subtle" color="gray" aria-label={t('feedback.question.moveUp', { n })} disabled={index === 0} onClick={() => onMove(-1)}>
              <IconArrowUp size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon variant="subtle" color="gray" aria-label={t('feedback.question.moveDown', { n })} disabled={index === d.questions.length - 1} onClick={() => onMove(1)}>
              <IconArrowDown size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon variant="subtle" color="red" aria-label={t('feedback.question.remove', { n })} disabled={d.questions.length <= 1} title={d.questions.length <= 1 ? t('feedback.question.removeLast') : undefined} onClick={onRemove}>
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        </Group>
        <LocalizedInput label={t('feedback.question.title')} languages={d.languages} value={q.title} required maxLength={300} onChange={(l) => set({ ...q, title: cleanLocalized(l) })} />
        <LocalizedInput
          label={t('feedback.question.description')}
          languages={d.languages}
          value={q.description}
          maxLength={500}
          onChange={(l) => set({ ...q, description: l.vi || l.en ? cleanLocalized(l) : undefined })}
        />
        <Switch label={t('feedback.question.required')} checked={q.required} onChange={(e) => set({ ...q, required: e.currentTarget.checked })} />
        <QuestionFields question={q} languages={d.languages} onChange={set} />
        <Divider label={t('feedback.logic.title')} labelPosition="left" />
        <LogicEditor definition={d} index={index} onChange={onChange} />
        {problems.length > 0 && (
          <Stack gap={2} role="alert">
            {problems.map((p) => (
              <Text key={p} size="sm" c="red">
                {p}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
