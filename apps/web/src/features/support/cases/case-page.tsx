import { canSeeAllCases, canWorkCases, ZCase, type Case, type CaseAuditEntry, type CasePatch } from '@footprint/core';
import { Anchor, Badge, Button, Card, EmptyState, Grid, Group, Kbd, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconCheck, IconFileUnknown } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-state';
import { isApiError } from '../../../lib/api';
import { useErrorMessage } from '../../../lib/errors';
import { useFormat, useSession } from '../../workspace';
import { inboxPath } from '../paths';
import { listAudit } from './api';
import { conflictChanges } from './lib/conflict';
import { AuditCard } from './components/audit-card';
import { PriorityBadge, StatusBadge } from './components/case-badges';
import { CaseControls } from './components/case-controls';
import { Composer, type ComposerMode } from './components/composer';
import { ConflictDialog } from './components/conflict-dialog';
import { Conversation } from './components/conversation';
import { CustomerPanel } from './components/customer-panel';
import { FeedbackCard } from './components/feedback-card';
import { HandoffsPanel } from './components/handoffs-panel';
import { SlaCountdown } from './components/sla-countdown';
import { SubjectEditor } from './components/subject-editor';
import { useCase, usePatchCase } from './hooks';
import { useHotkeys } from './lib/use-hotkeys';
import { useNow } from './lib/use-now';
import { sk } from './query-keys';

/** /support/cases/:id — one case: its controls, conversation, hand-offs, history, source feedback and customer. */
export function CasePage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const c = useCase(id);
  const back = (
    <Anchor component={Link} to={inboxPath} size="sm" mb="sm" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
      <IconArrowLeft size={14} aria-hidden />
      {t('supportInbox.case.back')}
    </Anchor>
  );
  if (c.isError) {
    const missing = isApiError(c.error) && (c.error.code === 'not_found' || c.error.code === 'validation_failed' || c.error.status === 404 || c.error.status === 400);
    return (
      <Stack gap="sm" align="flex-start">
        {back}
        {missing ? (
          <Card withBorder padding="xl" w="100%">
            <EmptyState icon={<IconFileUnknown size={28} aria-hidden />} title={t('supportInbox.case.notFound')} description={t('supportInbox.case.notFoundBody')} py="lg">
              <EmptyState.Actions>
                <Button component={Link} to={inboxPath} variant="light">
                  {t('supportInbox.case.back')}
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          </Card>
        ) : (
          <QueryError error={c.error} onRetry={() => void c.refetch()} />
        )}
      </Stack>
    );
  }
  if (c.isPending) {
    return (
      <Stack gap="lg" aria-busy="true" aria-label={t('common.loading')}>
        {back}
        <Skeleton height={32} width={360} />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Skeleton height={360} radius="lg" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Skeleton height={360} radius="lg" />
          </Grid.Col>
        </Grid>
      </Stack>
    );
  }
  return (
    <>
      {back}
      <CaseView key={c.data.id} c={c.data} />
    </>
  );
}

function CaseView({ c }: { c: Case }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { actor } = useSession();
  const qc = useQueryClient();
  const message = useErrorMessage();
  const canWork = canWorkCases(actor);
  const canSeeAll = canSeeAllCases(actor);
  const patch = usePatchCase(c.id);
  const now = useNow();
  const [mode, setMode] = useState<ComposerMode>('reply');
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [conflict, setConflict] = useState<{ current: Case; changes: CaseAuditEntry[] } | null>(null);

  const onPatch = (p: Omit<CasePatch, 'version'>, onSuccess?: () => void) =>
    patch.mutate(
      { ...p, version: c.version },
      {
        onSuccess,
        onError: (e) => {
          if (isApiError(e) && e.code === 'version_conflict') {
            const current = ZCase.safeParse((e.details as { current?: unknown } | undefined)?.current);
            const latest = current.success ? current.data : c;
            // What differs from the version on screen, each with who made its latest change (from the audit).
            void listAudit(c.id)
              .catch(() => [])
              .then((audit) => setConflict({ current: latest, changes: conflictChanges(c, latest, audit) }));
            return;
          }
          notifications.show({ color: 'red', message: message(e) });
        },
      },
    );
  const reload = () => {
    if (conflict) qc.setQueryData(sk.one(c.id), conflict.current);
    void qc.invalidateQueries({ queryKey: sk.one(c.id) });
    setConflict(null);
  };
  const focusComposer = (m: ComposerMode) => {
    setMode(m);
    window.requestAnimationFrame(() => textRef.current?.focus());
  };
  const resolved = c.status === 'resolved' || c.status === 'closed';
  useHotkeys(
    {
      r: () => focusComposer('reply'),
      n: () => focusComposer('note'),
      e: () => !resolved && onPatch({ status: 'resolved' }),
    },
    canWork,
  );

  return (
    <Stack gap="lg">
      <PageHeader
        title={`#${c.number} · ${c.subject}`}
        actions={
          canWork && (
            <SubjectEditor
              subject={c.subject}
              busy={patch.isPending}
              onSave={(subject, done) =>
                onPatch({ subject }, () => {
                  done();
                  notifications.show({ color: 'teal', message: t('supportInbox.case.renamed') });
                })
              }
            />
          )
        }
      />
      <Group gap="sm" wrap="wrap" mt={-8}>
        <StatusBadge status={c.status} />
        <PriorityBadge priority={c.priority} />
        <SlaCountdown dueAt={c.firstResponseDueAt} doneAt={c.firstResponseAt} now={now} label={t('supportInbox.sla.first')} />
        <SlaCountdown dueAt={c.resolutionDueAt} doneAt={c.resolvedAt} now={now} label={t('supportInbox.sla.resolution')} />
        {c.waitingOn.map((d) => (
          <Badge key={d.id} color="grape" variant="dot" tt="none">
            {t('supportInbox.table.waitingOn', { name: fmt.locale === 'en' ? d.nameEn || d.nameVi : d.nameVi })}
          </Badge>
        ))}
        {c.reopenedCount > 0 && (
          <Badge color="orange" variant="light" tt="none">
            {t('supportInbox.case.reopened', { count: c.reopenedCount })}
          </Badge>
        )}
        <Text size="xs" c="dimmed">
          {t('supportInbox.case.createdBy', { at: fmt.dateTime(c.createdAt), by: c.createdBy?.name ?? t(`supportInbox.source.${c.source}`) })}
        </Text>
        {canWork && !resolved && (
          <Button size="xs" variant="light" color="teal" leftSection={<IconCheck size={14} aria-hidden />} loading={patch.isPending} onClick={() => onPatch({ status: 'resolved' })} ml="auto">
            {t('supportInbox.case.resolve')} <Kbd ml={6} size="xs">e</Kbd>
          </Button>
        )}
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <Card withBorder padding="md">
              <Title order={3} fz="h5" mb="xs">
                {t('supportInbox.case.description')}
              </Title>
              <Text size="sm" c={c.description ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {c.description || t('supportInbox.case.noDescription')}
              </Text>
            </Card>
            <Card withBorder padding="md">
              <Title order={3} fz="h5" mb="sm">
                {t('supportInbox.conversation.title')}
              </Title>
              <Stack gap="md">
                <Conversation caseId={c.id} />
                {canWork && <Composer caseId={c.id} mode={mode} onMode={setMode} hasEmail={Boolean(c.customer?.email)} textRef={textRef} />}
              </Stack>
            </Card>
            <HandoffsPanel caseId={c.id} caseDepartmentId={c.department?.id ?? null} canWork={canWork} canSeeAll={canSeeAll} now={now} />
            <AuditCard caseId={c.id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <Card withBorder padding="md">
              <CaseControls c={c} canWork={canWork} busy={patch.isPending} onPatch={onPatch} />
              {c.touchpoint || c.channel ? (
                <Group gap="xs" mt="sm">
                  {c.touchpoint && (
                    <Badge variant="outline" color="gray" tt="none">
                      {c.touchpoint.name}
                    </Badge>
                  )}
                  {c.channel && (
                    <Badge variant="outline" color="gray" tt="none">
                      {t(`supportInbox.channel.${c.channel}`)}
                    </Badge>
                  )}
                </Group>
              ) : null}
            </Card>
            <FeedbackCard c={c} />
            <CustomerPanel c={c} />
          </Stack>
        </Grid.Col>
      </Grid>
      <ConflictDialog current={conflict?.current ?? null} changes={conflict?.changes ?? []} onReload={reload} />
    </Stack>
  );
}
