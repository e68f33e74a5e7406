import type { Handoff } from '@footprint/core';
import { Badge, Button, Card, Group, NumberInput, Paper, Select, Skeleton, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowRight, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../../components/query-state';
import { useErrorMessage } from '../../../../lib/errors';
import { departmentName, useDepartments, useFormat, useSession } from '../../../workspace';
import { useCancelHandoff, useCaseHandoffs, useCreateHandoff, useMyDepartmentId } from '../hooks';
import { HandoffAnswer } from './handoff-answer';
import { SlaCountdown } from './sla-countdown';

const STATUS_COLOR = { open: 'grape', answered: 'teal', cancelled: 'gray' } as const;

/** One request between departments: who asked whom, what, by when, and the answer. */
export function HandoffItem({ h, now, canAnswer, canCancel, showCase }: { h: Handoff; now: number; canAnswer: boolean; canCancel: boolean; showCase?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const message = useErrorMessage();
  const cancel = useCancelHandoff();
  const from = h.fromDepartment ? departmentName(h.fromDepartment, fmt.locale) : t('supportInbox.handoffs.someone');
  return (
    <Paper withBorder p="sm" radius="md" data-handoff={h.status} style={h.overdue ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Group gap={6} wrap="wrap">
            <Text size="sm" fw={600}>
              {from}
            </Text>
            <IconArrowRight size={14} aria-label={t('supportInbox.handoffs.asks')} />
            <Text size="sm" fw={600}>
              {departmentName(h.toDepartment, fmt.locale)}
            </Text>
            <Badge size="sm" variant="light" color={STATUS_COLOR[h.status]} tt="none">
              {t(`supportInbox.handoffs.status.${h.status}`)}
            </Badge>
            {h.overdue && (
              <Badge size="sm" color="red" tt="none">
                {t('supportInbox.handoffs.overdue')}
              </Badge>
            )}
          </Group>
          {h.status === 'open' && <SlaCountdown dueAt={h.dueAt} doneAt={null} now={now} />}
        </Group>
        {showCase && (
          <Text size="xs" c="dimmed">
            #{h.case.number} — {h.case.subject}
          </Text>
        )}
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {h.request}
        </Text>
        <Text size="xs" c="dimmed">
          {t('supportInbox.handoffs.askedBy', { name: h.requestedBy?.name ?? t('supportInbox.audit.system'), at: fmt.dateTime(h.createdAt), due: fmt.dateTime(h.dueAt) })}
        </Text>
        {h.status === 'answered' && h.answer && (
          <Paper p="xs" radius="sm" bg="var(--mantine-color-teal-light)">
            <Text size="xs" fw={600}>
              {t('supportInbox.handoffs.answerBy', { name: h.answeredBy?.name ?? t('supportInbox.audit.system'), at: h.answeredAt ? fmt.dateTime(h.answeredAt) : '' })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {h.answer}
            </Text>
          </Paper>
        )}
        {h.status === 'open' && canAnswer && <HandoffAnswer h={h} />}
        {h.status === 'open' && canCancel && (
          <Group justify="flex-end">
            <Button
              size="xs"
              variant="subtle"
              color="gray"
              loading={cancel.isPending}
              onClick={() => cancel.mutate(h.id, { onError: (e) => notifications.show({ color: 'red', message: message(e) }) })}
            >
              {t('supportInbox.handoffs.cancel')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** The case's requests to other departments, and a form to ask one. */
export function HandoffsPanel({ caseId, caseDepartmentId, canWork, canSeeAll, now }: { caseId: string; caseDepartmentId: string | null; canWork: boolean; canSeeAll: boolean; now: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const message = useErrorMessage();
  const handoffs = useCaseHandoffs(caseId);
  const { me } = useSession();
  const departments = useDepartments();
  const create = useCreateHandoff(caseId);
  const [asking, setAsking] = useState(false);
  const [to, setTo] = useState<string | null>(null);
  const [request, setRequest] = useState('');
  const [hours, setHours] = useState<number>(4);
  const myDepartment = useMyDepartmentId(me.user.id);
  const submit = () => {
    if (!to || !request.trim()) return;
    create.mutate(
      { toDepartmentId: to, request, dueInHours: hours },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('supportInbox.handoffs.asked') });
          setAsking(false);
          setTo(null);
          setRequest('');
          setHours(4);
        },
        onError: (e) => notifications.show({ color: 'red', message: message(e) }),
      },
    );
  };
  return (
    <Card withBorder padding="md">
      <Group justify="space-between" mb="sm">
        <Title order={3} fz="h5">
          {t('supportInbox.handoffs.title')}
        </Title>
        {canWork && !asking && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setAsking(true)}>
            {t('supportInbox.handoffs.ask')}
          </Button>
        )}
      </Group>
      <Stack gap="sm">
        {asking && (
          <Paper withBorder p="sm" radius="md">
            <Stack gap="xs">
              <Select
                label={t('supportInbox.handoffs.toDepartment')}
                required
                value={to}
                onChange={setTo}
                data={(departments.data ?? []).filter((d) => d.id !== caseDepartmentId).map((d) => ({ value: d.id, label: departmentName(d, fmt.locale) }))}
              />
              <Textarea label={t('supportInbox.handoffs.request')} placeholder={t('supportInbox.handoffs.requestPlaceholder')} required autosize minRows={2} maxLength={2000} value={request} onChange={(e) => setRequest(e.currentTarget.value)} />
              <NumberInput label={t('supportInbox.handoffs.dueIn')} description={t('supportInbox.handoffs.dueInHint')} min={0.25} max={720} step={0.5} decimalScale={2} value={hours} onChange={(v) => setHours(typeof v === 'number' ? v : Number(v) || 4)} w={220} />
              <Group justify="flex-end">
                <Button variant="default" size="xs" onClick={() => setAsking(false)}>
                  {t('common.cancel')}
                </Button>
                <Button size="xs" disabled={!to || !request.trim()} loading={create.isPending} onClick={submit}>
                  {t('supportInbox.handoffs.send')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        )}
        {handoffs.isError ? (
          <QueryError error={handoffs.error} onRetry={() => void handoffs.refetch()} />
        ) : handoffs.isPending ? (
          <Skeleton height={60} radius="md" />
        ) : handoffs.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('supportInbox.handoffs.none')}
          </Text>
        ) : (
          handoffs.data.map((h) => (
            <HandoffItem
              key={h.id}
              h={h}
              now={now}
              canAnswer={canWork && (canSeeAll || h.toDepartment.id === myDepartment)}
              canCancel={canWork && (canSeeAll || h.fromDepartment?.id === myDepartment)}
            />
          ))
        )}
      </Stack>
    </Card>
  );
}
