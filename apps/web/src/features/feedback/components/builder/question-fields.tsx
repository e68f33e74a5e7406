import { CONTACT_FIELDS, CSAT_STYLES, type Question, type SurveyLanguage } from '@footprint/core';
import { Checkbox, Group, NumberInput, SegmentedControl, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { cleanLocalized } from '../../lib/builder-model';
import { ItemList } from './item-list';
import { LocalizedInput } from './localized-input';

interface Props<Q extends Question = Question> {
  question: Q;
  languages: readonly SurveyLanguage[];
  onChange: (q: Q) => void;
}

/** The settings that depend on the question's type: scale labels, styles, options, attributes, fields. */
export function QuestionFields({ question: q, languages, onChange }: Props) {
  const { t } = useTranslation();
  const labels = (qq: Extract<Question, { type: 'nps' | 'ces' }>, set: (x: typeof qq) => void) => (
    <Stack gap="xs">
      <LocalizedInput label={t('feedback.question.lowLabel')} languages={languages} value={qq.lowLabel} maxLength={80} onChange={(l) => set({ ...qq, lowLabel: l.vi || l.en ? cleanLocalized(l) : undefined })} />
      <LocalizedInput label={t('feedback.question.highLabel')} languages={languages} value={qq.highLabel} maxLength={80} onChange={(l) => set({ ...qq, highLabel: l.vi || l.en ? cleanLocalized(l) : undefined })} />
    </Stack>
  );
  const style = <S extends string>(value: S, styles: readonly S[], set: (s: S) => void) => (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('feedback.question.style')}
      </Text>
      <SegmentedControl
        value={value}
        onChange={(v) => set(styles.find((s) => s === v) ?? value)}
        data={styles.map((s) => ({ value: s, label: t(`feedback.question.styles.${s as 'numbers'}`) }))}
        style={{ alignSelf: 'flex-start' }}
      />
    </Stack>
  );
  switch (q.type) {
    case 'nps':
      return labels(q, onChange);
    case 'ces':
      return labels(q, onChange);
    case 'csat':
      return style(q.style, CSAT_STYLES, (s) => onChange({ ...q, style: s }));
    case 'rating':
      return (
        <Group align="flex-end" gap="md">
          {style(q.style, ['numbers', 'stars'] as const, (s) => onChange({ ...q, style: s }))}
          <NumberInput label={t('feedback.question.max')} min={3} max={10} value={q.max} onChange={(v) => typeof v === 'number' && onChange({ ...q, max: Math.min(10, Math.max(3, v)) })} w={140} />
        </Group>
      );
    case 'single':
    case 'multiple':
      return (
        <Stack gap="xs">
          <ItemList
            title={t('feedback.question.options')}
            items={q.options}
            keyOf={(o) => o.id}
            min={2}
            max={20}
            languages={languages}
            itemLabel={(n) => t('feedback.question.option', { n })}
            addLabel={t('feedback.question.addOption')}
            removeLabel={(n) => t('feedback.question.removeOption', { n })}
            make={(id, label) => ({ id, label })}
            baseKey="option"
            onChange={(options) => onChange({ ...q, options })}
          />
          {q.type === 'single' ? (
            <Switch label={t('feedback.question.allowOther')} checked={q.allowOther} onChange={(e) => onChange({ ...q, allowOther: e.currentTarget.checked })} />
          ) : (
            <NumberInput
              label={t('feedback.question.maxChoices')}
              placeholder={t('feedback.question.maxChoicesAny')}
              min={1}
              max={q.options.length}
              value={q.maxChoices ?? ''}
              onChange={(v) => onChange({ ...q, maxChoices: typeof v === 'number' && v >= 1 ? v : undefined })}
              w={200}
            />
          )}
        </Stack>
      );
    case 'csi':
      return (
        <ItemList
          title={t('feedback.question.attributes')}
          items={q.attributes}
          keyOf={(a) => a.key}
          min={1}
          max={12}
          languages={languages}
          itemLabel={(n) => t('feedback.question.attribute', { n })}
          addLabel={t('feedback.question.addAttribute')}
          removeLabel={(n) => t('feedback.question.removeAttribute', { n })}
          make={(key, label) => ({ key, label, weight: 1 })}
          baseKey="attribute"
          extra={(a, set, n) => (
            <NumberInput
              label={t('feedback.question.weight')}
              aria-label={`${t('feedback.question.weight')} — ${t('feedback.question.attribute', { n })}`}
              min={0.1}
              max={100}
              step={0.5}
              decimalScale={2}
              value={a.weight}
              onChange={(v) => typeof v === 'number' && v > 0 && set({ ...a, weight: v })}
              w={110}
            />
          )}
          onChange={(attributes) => onChange({ ...q, attributes })}
        />
      );
    case 'text':
      return (
        <Group align="flex-start" gap="md" grow>
          <LocalizedInput label={t('feedback.question.placeholder')} languages={languages} value={q.placeholder} maxLength={200} onChange={(l) => onChange({ ...q, placeholder: l.vi || l.en ? cleanLocalized(l) : undefined })} />
          <NumberInput label={t('feedback.question.maxLength')} min={10} max={5000} value={q.maxLength} onChange={(v) => typeof v === 'number' && onChange({ ...q, maxLength: Math.min(5000, Math.max(10, v)) })} maw={180} />
        </Group>
      );
    case 'contact':
      return (
        <Stack gap="xs">
          <Checkbox.Group
            label={t('feedback.question.fields')}
            value={q.fields}
            onChange={(v) => {
              const fields = CONTACT_FIELDS.filter((f) => v.includes(f));
              if (fields.length > 0) onChange({ ...q, fields });
            }}
          >
            <Group gap="md" mt={4}>
              {CONTACT_FIELDS.map((f) => (
                <Checkbox key={f} value={f} label={t(`feedback.question.fieldNames.${f}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <LocalizedInput label={t('feedback.question.consent')} languages={languages} value={q.consent} multiline required maxLength={500} onChange={(l) => onChange({ ...q, consent: cleanLocalized(l) })} />
        </Stack>
      );
  }
}
