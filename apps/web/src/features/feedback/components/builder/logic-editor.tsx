import { type Condition, type Question, type Rule, type SurveyDefinition } from '@footprint/core';
import { ActionIcon, Button, Group, Paper, Select, Stack, Switch, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../workspace';
import { defaultCondition, setRulesAfter } from '../../lib/builder-model';
import { ConditionFields, valueWords } from './condition-fields';

interface Props {
  definition: SurveyDefinition;
  index: number;
  onChange: (d: SurveyDefinition) => void;
}

/** "Ask only when…" on an earlier answer, and end/jump rules after this question. */
export function LogicEditor({ definition: d, index, onChange }: Props) {
  const { t } = useTranslation();
  const q = d.questions[index]!;
  const earlier = d.questions.slice(0, index);
  const later = d.questions.slice(index + 1);
  const rules = d.rules.filter((r) => r.after === q.id);
  const setQuestion = (next: Question) => onChange({ ...d, questions: d.questions.map((x, i) => (i === index ? next : x)) });
  const setRules = (next: Rule[]) => onChange(setRulesAfter(d, q.id, next));
  const words = useConditionWords(d.questions);

  return (
    <Stack gap="sm">
      {index === 0 ? (
        <Text size="sm" c="dimmed">
          {t('feedback.logic.firstHasNone')}
        </Text>
      ) : (
        <Stack gap="xs">
          <Switch
            label={t('feedback.logic.showIf')}
            checked={q.showIf !== undefined}
            onChange={(e) => setQuestion({ ...q, showIf: e.currentTarget.checked ? defaultCondition(earlier[earlier.length - 1]!) : undefined })}
          />
          {q.showIf && (
            <>
              <ConditionFields condition={q.showIf} questions={earlier} onChange={(c) => setQuestion({ ...q, showIf: c })} />
              <Text size="sm" c="blue.8" fw={500}>
                {t('feedback.logic.summary', words(q.showIf))}
              </Text>
            </>
          )}
        </Stack>
      )}
      <Stack gap="xs">
        <Text size="sm" fw={500}>
          {t('feedback.logic.rules')}
        </Text>
        {rules.map((r, i) => (
          <Paper key={i} withBorder p="xs" radius="sm">
            <Stack gap="xs">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <ConditionFields condition={r.when} questions={d.questions.slice(0, index + 1)} onChange={(when) => setRules(rules.map((x, j) => (j === i ? { ...x, when } : x)))} />
                <ActionIcon variant="subtle" color="red" aria-label={t('feedback.logic.removeRule', { n: i + 1 })} onClick={() => setRules(rules.filter((_, j) => j !== i))}>
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
              <Select
                label={t('feedback.logic.then')}
                allowDeselect={false}
                value={'end' in r.then ? 'end' : r.then.goTo}
                data={[
                  { value: 'end', label: t('feedback.logic.thenEnd') },
                  ...later.map((x) => ({ value: x.id, label: t('feedback.logic.thenGoTo', { n: d.questions.indexOf(x) + 1 }) })),
                ]}
                onChange={(v) => v && setRules(rules.map((x, j) => (j === i ? { ...x, then: v === 'end' ? { end: true as const } : { goTo: v } } : x)))}
                w={240}
              />
              <Text size="sm" c="blue.8" fw={500}>
                {t('feedback.logic.ruleSummary', {
                  ...words(r.when),
                  then: 'end' in r.then ? t('feedback.logic.thenEnd') : t('feedback.logic.thenGoTo', { n: d.questions.findIndex((x) => 'goTo' in r.then && x.id === r.then.goTo) + 1 }),
                })}
              </Text>
            </Stack>
          </Paper>
        ))}
        <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} aria-hidden />} style={{ alignSelf: 'flex-start' }} onClick={() => setRules([...rules, { after: q.id, when: defaultCondition(q), then: { end: true } }])}>
          {t('feedback.logic.addRule')}
        </Button>
      </Stack>
    </Stack>
  );
}

/** A condition's parts for the sentence "Chỉ hỏi khi câu 1 (NPS) ≤ 6". */
function useConditionWords(questions: Question[]) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  return (c: Condition) => {
    const n = questions.findIndex((x) => x.id === c.question);
    const q = questions[n];
    return {
      n: n + 1,
      type: q ? (['nps', 'csat', 'ces', 'csi'].includes(q.type) ? q.type.toUpperCase() : t(`feedback.types.${q.type}`)) : c.question,
      op: t(`feedback.logic.opWords.${c.op}`),
      value: valueWords(c, q, locale),
    };
  };
}
