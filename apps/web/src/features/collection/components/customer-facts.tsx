import { Card, DataList, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../workspace';
import { useValueFormat } from '../hooks/use-value-format';
import { valueText } from '../lib/values';
import type { Customer } from '../schemas';

const GENDERS: Record<string, 'male' | 'female' | 'other'> = {
  male: 'male',
  m: 'male',
  nam: 'male',
  female: 'female',
  f: 'female',
  nữ: 'female',
  nu: 'female',
  other: 'other',
  khác: 'other',
};

/** Contact traits and when the customer was first and last seen. */
export function CustomerFacts({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const f = useValueFormat();
  const gender = customer.gender ? GENDERS[customer.gender.trim().toLowerCase()] : undefined;
  const rows: [string, string | null][] = [
    [t('collection.profile.email'), customer.email],
    [t('collection.profile.phone'), customer.phone],
    [t('collection.profile.gender'), gender ? t(`collection.genders.${gender}`) : customer.gender],
    [t('collection.profile.birthday'), customer.birthday ? valueText(customer.birthday, f) : null],
    [t('collection.profile.province'), customer.province],
    [t('collection.profile.firstSeen'), fmt.dateTime(customer.firstSeen)],
    [t('collection.profile.lastSeen'), fmt.dateTime(customer.lastSeen)],
  ];
  return (
    <Card withBorder padding="lg">
      <Title order={3} fz="h5" mb="sm">
        {t('collection.profile.contact')}
      </Title>
      <DataList labelWidth="110px" gap="xs">
        {rows.map(([label, value]) => (
          <DataList.Item key={label}>
            <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
            <DataList.ItemValue style={{ overflowWrap: 'anywhere' }}>{value ?? t('common.none')}</DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
    </Card>
  );
}
