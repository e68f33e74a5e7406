import { Checkbox, Group, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSupportMembers } from '../hooks';
import type { PolicyDraft, SlaProblem, TargetDraft } from '../lib/sla-draft';
import { PriorityBadge } from './priority-badge';

function TargetInput({ label, value, onChange, disabled, error }: { label: string; value: TargetDraft; onChange: (v: TargetDraft) => void; disabled: boolean; error: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <NumberInput
        aria-label={t('supportSettings.sla.hoursOf', { what: label })}
        value={value.hours}
        onChange={(hours) => onChange({ ...value, hours })}
        min={0}
        max={60 * 24}
        allowDecimal={false}
        allowNegative={false}
        disabled={disabled}
        error={error}
        w={76}
        rightSection={<Text size="xs" c="dimmed">{t('supportSettings.sla.hours')}</Text>}
        rightSectionWidth={34}
        hideControls
      />
      <NumberInput
        aria-label={t('supportSettings.sla.minutesOf', { what: label })}
        value={value.minutes}
        onChange={(minutes) => onChange({ ...value, minutes })}
        min={0}
        max={59}
        allowDecimal={false}
        allowNegative={false}
        disabled={disabled}
        error={error}
        w={76}
        rightSection={<Text size="xs" c="dimmed">{t('supportSettings.sla.minutes')}</Text>}
        rightSectionWidth={34}
        hideControls
      />
    </Group>
  );
}

/** One row per priority: the first-response and resolution targets (business hours) and what happens on a breach. */
export function SlaPolicies({ policies, onChange, disabled, problem }: { policies: PolicyDraft[]; onChange: (p: PolicyDraft[]) => void; disabled: boolean; problem: SlaProblem | null }) {
  const { t } = useTranslation();
  const members = useSupportMembers();
  const people = (members.data?.items ?? []).filter((m) => m.role !== 'viewer').map((m) => ({ value: m.userId, label: m.name }));
  const set = (i: number, p: Partial<PolicyDraft>) => onChange(policies.map((x, j) => (j === i ? { ...x, ...p } : x)));
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" aria-label={t('supportSettings.sla.policies')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('supportSettings.sla.priority')}</Table.Th>
            <Table.Th>{t('supportSettings.sla.firstResponse')}</Table.Th>
            <Table.Th>{t('supportSettings.sla.resolution')}</Table.Th>
            <Table.Th>{t('supportSettings.sla.escalation')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {policies.map((p, i) => {
            const priority = t(`supportSettings.priorities.${p.priority}`);
            const wrong = (target: 'firstResponse' | 'resolution') =>
              problem !== null &&
              ((problem.kind === 'target' && problem.priority === p.priority && problem.target === target) ||
                (problem.kind === 'resolutionBeforeFirst' && problem.priority === p.priority && target === 'resolution'));
            const reassignable = p.escalation.reassignToId && !people.some((x) => x.value === p.escalation.reassignToId) ? [...people, { value: p.escalation.reassignToId, label: '—' }] : people;
            return (
              <Table.Tr key={p.priority} data-testid={`sla-policy-${p.priority}`}>
                <Table.Td>
                  <PriorityBadge priority={p.priority} />
                </Table.Td>
                <Table.Td>
                  <TargetInput
                    label={`${t('supportSettings.sla.firstResponse')} (${priority})`}
                    value={p.firstResponse}
                    onChange={(firstResponse) => set(i, { firstResponse })}
                    disabled={disabled}
                    error={wrong('firstResponse')}
                  />
                </Table.Td>
                <Table.Td>
                  <TargetInput
                    label={`${t('supportSettings.sla.resolution')} (${priority})`}
                    value={p.resolution}
                    onChange={(resolution) => set(i, { resolution })}
                    disabled={disabled}
                    error={wrong('resolution')}
                  />
                </Table.Td>
                <Table.Td>
                  <Stack gap={6}>
                    <Group gap="md">
                      <Checkbox
                        size="xs"
                        label={t('supportSettings.sla.notifyLead')}
                        checked={p.escalation.notifyLead}
                        disabled={disabled}
                        onChange={(e) => set(i, { escalation: { ...p.escalation, notifyLead: e.currentTarget.checked } })}
                        aria-label={`${t('supportSettings.sla.notifyLead')} (${priority})`}
                      />
                      <Checkbox
                        size="xs"
                        label={t('supportSettings.sla.raisePriority')}
                        checked={p.escalation.raisePriority}
                        disabled={disabled || p.priority === 'urgent'}
                        onChange={(e) => set(i, { escalation: { ...p.escalation, raisePriority: e.currentTarget.checked } })}
                        aria-label={`${t('supportSettings.sla.raisePriority')} (${priority})`}
                      />
                    </Group>
                    <Group gap={6} wrap="nowrap">
                      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                        {t('supportSettings.sla.reassign')}
                      </Text>
                      <Select
                        size="xs"
                        aria-label={`${t('supportSettings.sla.reassign')} (${priority})`}
                        placeholder={t('supportSettings.sla.keepAssignee')}
                        searchable
                        clearable
                        value={p.escalation.reassignToId}
                        disabled={disabled}
                        data={reassignable}
                        onChange={(reassignToId) => set(i, { escalation: { ...p.escalation, reassignToId } })}
                        w={200}
                      />
                    </Group>
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
