import { localized, type Condition, type Question } from '@footprint/core';
import { Group, MultiSelect, NumberInput, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../workspace';
import { defaultCondition, scoreRange, withOp } from '../../lib/builder-model';

type Op = Condition['op'];
const SCORE_OPS: Op[] = ['lte', 'gte', 'eq', 'in', 'answered', 'not_answered'];
const CHOICE_OPS: Op[] = ['eq', 'in', 'answered', 'not_answered'];
const OTHER_OPS: Op[] = ['answered', 'not_answered'];

/** The operators that make sense for a question: comparisons for scores, options for choices. */
export function opsFor(q: Question | undefined): Op[] {
  if (!q) return OTHER_OPS;
  if (scoreRange(q)) return SCORE_OPS;
  return q.type === 'single' || q.type === 'multiple' ? CHOICE_OPS : OTHER_OPS;
}

/** The value of a condition in words: numbers as they are, options by their label. */
export function valueWords(c: Condition, q: Question | undefined, lang: 'vi' | 'en'): string {
  if (c.op === 'answered' || c.op === 'not_answered' || c.value === undefined) return '';
  const values = Array.isArray(c.value) ? c.value : [c.value];
  const name = (v: string | number) => {
    if (q && (q.type === 'single' || q.type === 'multiple')) {
      const o = q.options.find((x) => x.id === v);
      if (o) return localized(o.label, lang);
    }
    return String(v);
  };
  return values.map(name).join(', ');
}

/** Which earlier question, how, and what value: the parts of a condition. */
export function ConditionFields({ condition: c, questions, onChange }: { condition: Condition; questions: Question[]; onChange: (c: Condition) => void }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const source = questions.find((q) => q.id === c.question);
  const range = source ? scoreRange(source) : null;
  const ops = opsFor(source);
  const options = source && (source.type === 'single' || source.type === 'multiple') ? source.options.map((o) => ({ value: o.id, label: localized(o.label, locale) || o.id })) : [];
  const scores = range ? Array.from({ length: range.max - range.min + 1 }, (_, i) => String(range.min + i)) : [];
  const list = Array.isArray(c.value) ? c.value.map(String) : c.value === undefined ? [] : [String(c.value)];

  let value = null;
  if (c.op === 'in') {
    value = (
      <MultiSelect
        label={t('feedback.logic.values')}
        data={range ? scores : options}
        value={list}
        onChange={(v) => onChange({ ...c, value: range ? v.map(Number) : v })}
        miw={200}
        style={{ flex: 1 }}
      />
    );
  } else if (c.op !== 'answered' && c.op !== 'not_answered') {
    value = range ? (
      <NumberInput label={t('feedback.logic.value')} min={range.min} max={range.max} value={typeof c.value === 'number' ? c.value : ''} onChange={(v) => typeof v === 'number' && onChange({ ...c, value: v })} w={110} />
    ) : (
      <Select label={t('feedback.logic.value')} data={options} value={typeof c.value === 'string' ? c.value : null} allowDeselect={false} onChange={(v) => v && onChange({ ...c, value: v })} w={200} />
    );
  }
  return (
    <Group align="flex-end" gap="xs" wrap="wrap">
      <Select
        label={t('feedback.logic.question')}
        data={questions.map((q) => ({ value: q.id, label: `${t('feedback.question.number', { n: questions.indexOf(q) + 1 })} · ${localized(q.title, locale)}` }))}
        value={c.question}
        allowDeselect={false}
        onChange={(id) => {
          const q = questions.find((x) => x.id === id);
          if (q) onChange(defaultCondition(q));
        }}
        w={240}
      />
      <Select
        label={t('feedback.logic.op')}
        data={ops.map((op) => ({ value: op, label: t(`feedback.logic.ops.${op}`) }))}
        value={c.op}
        allowDeselect={false}
        onChange={(op) => {
          const next = ops.find((o) => o === op);
          if (!next) return;
          const shaped = withOp(c, next);
          // An option question compared by "=" needs an option id, not a leftover number.
          if (!range && next === 'eq' && typeof shaped.value !== 'string' && options[0]) onChange({ ...shaped, value: options[0].value });
          else onChange(shaped);
        }}
        w={200}
      />
      {value}
    </Group>
  );
}
