import {
  NUMERIC_FIELDS, NUMERIC_OPS, PERSONA_FIELD_OPS, PERSONA_FIELDS, PROVINCES, ZPersonaRule,
  type PersonaCondition, type PersonaField, type PersonaOp, type PersonaRule,
} from '@footprint/core';
import { ActionIcon, Autocomplete, Button, Group, NumberInput, SegmentedControl, Select, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A condition as the form holds it: every kind of value kept, so switching the comparison loses nothing. */
export interface DraftCondition {
  field: PersonaField;
  key: string;
  op: PersonaOp;
  text: string;
  list: string[];
  num: number | string;
  flag: boolean;
}
export interface DraftRule {
  match: 'all' | 'any';
  conditions: DraftCondition[];
}

const isNumeric = (field: PersonaField, op: PersonaOp) => NUMERIC_OPS.includes(op) || (NUMERIC_FIELDS.includes(field) && (op === 'eq' || op === 'neq'));

export const blankCondition = (): DraftCondition => ({ field: 'province', key: '', op: 'eq', text: '', list: [], num: '', flag: true });

export function draftOf(rule: PersonaRule): DraftRule {
  return {
    match: rule.match,
    conditions: rule.conditions.map((c) => ({
      ...blankCondition(),
      field: c.field,
      key: c.key ?? '',
      op: c.op,
      text: typeof c.value === 'string' ? c.value : '',
      list: Array.isArray(c.value) ? c.value : [],
      num: typeof c.value === 'number' ? c.value : '',
      flag: typeof c.value === 'boolean' ? c.value : true,
    })),
  };
}

/** The rule the form describes, or null while a condition is unfinished. */
export function ruleOf(d: DraftRule): PersonaRule | null {
  const conditions = d.conditions.map((c) => {
    const value: PersonaCondition['value'] = c.op === 'exists' ? c.flag : c.op === 'in' ? c.list : isNumeric(c.field, c.op) ? (c.num === '' ? Number.NaN : Number(c.num)) : c.text;
    return { field: c.field, ...(c.field === 'trait' ? { key: c.key.trim() } : {}), op: c.op, value };
  });
  const parsed = ZPersonaRule.safeParse({ match: d.match, conditions });
  return parsed.success ? parsed.data : null;
}

const SUGGESTIONS: Partial<Record<PersonaField, string[]>> = {
  province: PROVINCES.map(([p]) => p),
  gender: ['female', 'male', 'Nữ', 'Nam'],
};

function ConditionRow({ c, onChange, onRemove, disabled, n }: { c: DraftCondition; onChange: (c: DraftCondition) => void; onRemove: () => void; disabled?: boolean; n: number }) {
  const { t } = useTranslation();
  const ops = PERSONA_FIELD_OPS[c.field];
  const setField = (field: PersonaField) => onChange({ ...c, field, op: PERSONA_FIELD_OPS[field].includes(c.op) ? c.op : PERSONA_FIELD_OPS[field][0]! });
  const label = (what: string) => `${what} ${n}`;
  let valueInput;
  if (c.op === 'exists') {
    valueInput = (
      <Select
        aria-label={label(t('personas.rule.value'))}
        allowDeselect={false}
        value={c.flag ? 'yes' : 'no'}
        onChange={(v) => onChange({ ...c, flag: v === 'yes' })}
        data={[
          { value: 'yes', label: t('personas.rule.has') },
          { value: 'no', label: t('personas.rule.hasNot') },
        ]}
        w={140}
        disabled={disabled}
      />
    );
  } else if (c.op === 'in') {
    valueInput = (
      <TagsInput
        aria-label={label(t('personas.rule.value'))}
        placeholder={t('personas.rule.valuesPlaceholder')}
        value={c.list}
        onChange={(list) => onChange({ ...c, list })}
        data={SUGGESTIONS[c.field] ?? []}
        style={{ flex: 1, minWidth: 200 }}
        disabled={disabled}
      />
    );
  } else if (isNumeric(c.field, c.op)) {
    valueInput = <NumberInput aria-label={label(t('personas.rule.value'))} value={c.num} onChange={(num) => onChange({ ...c, num })} w={140} disabled={disabled} thousandSeparator="." decimalSeparator="," />;
  } else {
    valueInput = (
      <Autocomplete
        aria-label={label(t('personas.rule.value'))}
        value={c.text}
        onChange={(text) => onChange({ ...c, text })}
        data={SUGGESTIONS[c.field] ?? []}
        maxLength={200}
        style={{ flex: 1, minWidth: 180 }}
        disabled={disabled}
      />
    );
  }
  return (
    <Group gap="xs" align="flex-end" wrap="wrap" data-testid="rule-condition">
      <Select
        aria-label={label(t('personas.rule.field'))}
        allowDeselect={false}
        value={c.field}
        onChange={(v) => v && setField(v as PersonaField)}
        data={PERSONA_FIELDS.map((f) => ({ value: f, label: t(`personas.rule.fields.${f}`) }))}
        w={230}
        disabled={disabled}
      />
      {c.field === 'trait' && (
        <TextInput
          aria-label={label(t('personas.rule.traitKey'))}
          placeholder={t('personas.rule.traitKeyPlaceholder')}
          value={c.key}
          onChange={(e) => onChange({ ...c, key: e.currentTarget.value })}
          maxLength={100}
          w={140}
          disabled={disabled}
        />
      )}
      <Select
        aria-label={label(t('personas.rule.op'))}
        allowDeselect={false}
        value={c.op}
        onChange={(v) => v && onChange({ ...c, op: v as PersonaOp })}
        data={ops.map((o) => ({ value: o, label: t(`personas.rule.ops.${o}`) }))}
        w={150}
        disabled={disabled}
      />
      {valueInput}
      {!disabled && (
        <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('personas.rule.removeCondition')} onClick={onRemove}>
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      )}
    </Group>
  );
}

/** The rule in plain words: "Customers matching all of the conditions: Province is Hà Nội …". */
export function RuleBuilder({ draft, onChange, disabled }: { draft: DraftRule; onChange: (d: DraftRule) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Text size="sm">{t('personas.rule.lead')}</Text>
        <SegmentedControl
          size="xs"
          value={draft.match}
          onChange={(v) => onChange({ ...draft, match: v === 'any' ? 'any' : 'all' })}
          data={[
            { value: 'all', label: t('personas.rule.matchAll') },
            { value: 'any', label: t('personas.rule.matchAny') },
          ]}
          disabled={disabled}
        />
      </Group>
      {draft.conditions.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('personas.rule.noConditions')}
        </Text>
      )}
      {draft.conditions.map((c, i) => (
        <ConditionRow
          key={i}
          n={i + 1}
          c={c}
          disabled={disabled}
          onChange={(next) => onChange({ ...draft, conditions: draft.conditions.map((x, j) => (j === i ? next : x)) })}
          onRemove={() => onChange({ ...draft, conditions: draft.conditions.filter((_, j) => j !== i) })}
        />
      ))}
      <Text size="xs" c="dimmed">
        {t('personas.rule.diacriticsHint')}
      </Text>
      {!disabled && draft.conditions.length < 20 && (
        <Group>
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => onChange({ ...draft, conditions: [...draft.conditions, blankCondition()] })}>
            {t('personas.rule.addCondition')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
