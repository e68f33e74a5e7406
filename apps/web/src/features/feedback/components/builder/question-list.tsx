import { QUESTION_TYPES, type QuestionType, type SurveyDefinition } from '@footprint/core';
import { Button, Menu, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { moveQuestion, newQuestion, removeQuestion } from '../../lib/builder-model';
import { QuestionCard } from './question-card';

interface Props {
  definition: SurveyDefinition;
  /** Problems by 1-based question number. */
  problems: Map<number, string[]>;
  onChange: (d: SurveyDefinition) => void;
}

/** The questions in order, with add (any of the nine types), reorder and remove. */
export function QuestionList({ definition: d, problems, onChange }: Props) {
  const { t } = useTranslation();
  const apply = ({ definition, dropped }: { definition: SurveyDefinition; dropped: number }) => {
    onChange(definition);
    if (dropped > 0) notifications.show({ color: 'yellow', message: t('feedback.question.logicDropped', { count: dropped }) });
  };
  const add = (type: QuestionType) => onChange({ ...d, questions: [...d.questions, newQuestion(type, d)] });
  return (
    <Stack gap="md">
      {d.questions.map((q, i) => (
        <QuestionCard
          key={q.id}
          definition={d}
          index={i}
          problems={problems.get(i + 1) ?? []}
          onChange={onChange}
          onMove={(by) => apply(moveQuestion(d, i, by))}
          onRemove={() => apply(removeQuestion(d, i))}
        />
      ))}
      <Menu position="bottom-start">
        <Menu.Target>
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} rightSection={<IconChevronDown size={14} aria-hidden />} style={{ alignSelf: 'flex-start' }} disabled={d.questions.length >= 50}>
            {t('feedback.question.add')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown aria-label={t('feedback.question.addOfType')}>
          {QUESTION_TYPES.map((type) => (
            <Menu.Item key={type} onClick={() => add(type)}>
              {t(`feedback.types.${type}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </Stack>
  );
}
