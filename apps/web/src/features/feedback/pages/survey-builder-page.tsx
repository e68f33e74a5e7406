import { ZSurveyDefinition, type Survey } from '@footprint/core';
import { Alert, Anchor, Button, Grid, Group, List, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConfirmModal } from '../../../components/confirm-modal';
import { FormSkeleton, QueryError } from '../../../components/query-state';
import { isApiError } from '../../../lib/api';
import { useErrorMessage, validationIssues } from '../../../lib/errors';
import { QuestionList } from '../components/builder/question-list';
import { ScreensPanel } from '../components/builder/screens-panel';
import { SettingsPanel } from '../components/builder/settings-panel';
import { WidgetPanel } from '../components/widget/widget-panel';
import { SurveyPreview } from '../components/survey-preview';
import { SurveyStatusBadge } from '../components/survey-status-badge';
import { useCanManageSurveys, usePatchSurvey, useSurvey } from '../hooks';
import { isDirty, patchOf, problemKey, problemsOf, toDraft, type Draft, type Problem } from '../lib/draft';
import { useUnsavedGuard } from '../lib/use-unsaved-guard';
import { SURVEYS_PATH } from '../paths';

/** /feedback/surveys/:id — the survey builder. */
export function SurveyBuilderPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const survey = useSurvey(id);
  if (survey.isError) {
    return (
      <Stack gap="md">
        <BackLink />
        {isApiError(survey.error) && survey.error.status === 404 ? (
          <Alert color="yellow" variant="light">
            {t('feedback.builder.notFound')}
          </Alert>
        ) : (
          <QueryError error={survey.error} onRetry={() => void survey.refetch()} />
        )}
      </Stack>
    );
  }
  if (survey.isPending) return <FormSkeleton fields={6} />;
  // A new survey (or one reloaded from the server) starts a fresh draft.
  return <Builder key={survey.data.id} survey={survey.data} />;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={SURVEYS_PATH} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('feedback.builder.back')}
      </Group>
    </Anchor>
  );
}

/** The survey's current version, as a version_conflict error reports it. */
const newerVersion = (details: unknown): number | null => {
  const v = typeof details === 'object' && details !== null && 'version' in details ? details.version : null;
  return typeof v === 'number' ? v : null;
};

function Builder({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const canManage = useCanManageSurveys();
  const message = useErrorMessage();
  const patch = usePatchSurvey();
  const fresh = useSurvey(survey.id);
  const [saved, setSaved] = useState<Draft>(() => toDraft(survey));
  const [draft, setDraft] = useState<Draft>(saved);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  /** The version the edits are based on; a save from an older one is refused by the server. */
  const [version, setVersion] = useState(survey.version);
  /** Someone else saved meanwhile: the newest version number, until this person chooses what to keep. */
  const [conflict, setConflict] = useState<number | null>(null);
  const dirty = isDirty(draft, saved);
  const load = (s: Survey) => {
    setSaved(toDraft(s));
    setDraft(toDraft(s));
    setVersion(s.version);
    setConflict(null);
  };
  // Changed elsewhere (live update) while nothing is being edited here: show the new version.
  const [seen, setSeen] = useState(survey.updatedAt);
  if (survey.updatedAt !== seen) {
    setSeen(survey.updatedAt);
    if (!dirty) load(survey);
  }
  const guard = useUnsavedGuard(dirty && canManage);

  const words = (p: Problem) => {
    const parts = p.parts.map((x) => (typeof x === 'number' ? String(x) : x in PATH_WORDS ? t(`feedback.paths.${x as PathWord}`) : x));
    const where = [p.question ? t('feedback.paths.question', { n: p.question }) : null, ...parts].filter(Boolean).join(' › ');
    const key = problemKey(p.message);
    const what = key ? t(`feedback.problems.${key}`) : p.message;
    return where ? `${where}: ${what}` : what;
  };
  const byQuestion = new Map<number, string[]>();
  for (const p of problems) if (p.question) byQuestion.set(p.question, [...(byQuestion.get(p.question) ?? []), words(p)]);

  const save = (basedOn = version) => {
    setFailure(null);
    setConflict(null);
    const checked = ZSurveyDefinition.safeParse(draft.definition);
    if (!checked.success || !draft.name.trim()) {
      setProblems([...(checked.success ? [] : problemsOf(checked.error.issues)), ...(draft.name.trim() ? [] : [{ parts: ['name'], message: t('validation.required') }])]);
      return;
    }
    setProblems([]);
    patch.mutate(
      { id: survey.id, patch: { ...patchOf({ ...draft, definition: checked.data }, saved), version: basedOn } },
      {
        onSuccess: (s) => {
          load(s);
          notifications.show({ color: 'green', message: t('feedback.builder.saved') });
        },
        onError: (err) => {
          const issues = validationIssues(err);
          if (issues.length > 0) setProblems(problemsOf(issues.map((i) => ({ path: i.field, message: i.message }))));
          else if (isApiError(err) && err.code === 'version_conflict') setConflict(newerVersion(err.details) ?? version + 1);
          else if (isApiError(err) && err.status === 409) setFailure(t('feedback.builder.conflict'));
          else if (isApiError(err) && err.status === 404) setFailure(t('feedback.builder.notFound'));
          else setFailure(message(err));
        },
      },
    );
  };
  const setDefinition = (definition: Draft['definition']) => setDraft((d) => ({ ...d, definition }));

  return (
    <Stack gap="md">
      <BackLink />
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={1} fz="h2" style={{ overflowWrap: 'anywhere' }}>
              {draft.name || survey.name}
            </Title>
            <SurveyStatusBadge status={draft.status} />
          </Group>
          {canManage && (
            <Text size="sm" c={dirty ? 'orange.8' : 'dimmed'} role="status" aria-live="polite">
              {dirty ? t('feedback.builder.unsaved') : t('feedback.builder.allSaved')}
            </Text>
          )}
        </Stack>
        {canManage && (
          <Button leftSection={<IconDeviceFloppy size={16} aria-hidden />} onClick={() => save()} loading={patch.isPending} disabled={!dirty}>
            {t('common.save')}
          </Button>
        )}
      </Group>
      {!canManage && (
        <Alert variant="light" color="gray">
          {t('feedback.builder.readOnly')}
        </Alert>
      )}
      {failure && (
        <Alert color="red" variant="light" role="alert">
          {failure}
        </Alert>
      )}
      {conflict !== null && (
        <Alert color="orange" variant="light" role="alert" title={t('feedback.builder.versionConflictTitle')}>
          <Stack gap="sm">
            <Text size="sm">{t('feedback.builder.versionConflict')}</Text>
            <Group gap="sm">
              <Button size="xs" variant="default" loading={fresh.isFetching} onClick={() => void fresh.refetch().then((r) => r.data && load(r.data))}>
                {t('feedback.builder.loadTheirs')}
              </Button>
              <Button size="xs" color="orange" onClick={() => save(conflict)}>
                {t('feedback.builder.keepMine')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {problems.length > 0 && (
        <Alert color="red" variant="light" role="alert" title={t('feedback.builder.invalidTitle')}>
          <List size="sm">
            {problems.map((p, i) => (
              <List.Item key={i}>{words(p)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <fieldset disabled={!canManage} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
            <Tabs defaultValue="questions" keepMounted={false}>
              <Tabs.List mb="md">
                <Tabs.Tab value="questions">{t('feedback.builder.tabs.questions')}</Tabs.Tab>
                <Tabs.Tab value="screens">{t('feedback.builder.tabs.screens')}</Tabs.Tab>
                <Tabs.Tab value="settings">{t('feedback.builder.tabs.settings')}</Tabs.Tab>
                <Tabs.Tab value="widget">{t('widget.tab')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="questions">
                <QuestionList definition={draft.definition} problems={byQuestion} onChange={setDefinition} />
              </Tabs.Panel>
              <Tabs.Panel value="screens">
                <ScreensPanel definition={draft.definition} onChange={setDefinition} />
              </Tabs.Panel>
              <Tabs.Panel value="settings">
                <SettingsPanel draft={draft} surveyId={survey.id} publicId={survey.publicId} saved={survey.touchpoints} onChange={setDraft} />
              </Tabs.Panel>
              <Tabs.Panel value="widget">
                <WidgetPanel survey={survey} />
              </Tabs.Panel>
            </Tabs>
          </fieldset>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <div style={{ position: 'sticky', top: 'calc(var(--app-shell-header-offset, 0rem) + 16px)' }}>
            <SurveyPreview definition={draft.definition} />
          </div>
        </Grid.Col>
      </Grid>
      <ConfirmModal opened={guard.pending !== null} title={t('feedback.builder.leaveTitle')} confirmLabel={t('feedback.builder.leave')} onClose={guard.stay} onConfirm={guard.leave}>
        {t('feedback.builder.leaveBody')}
      </ConfirmModal>
    </Stack>
  );
}

const PATH_WORDS = {
  title: 1, description: 1, options: 1, label: 1, attributes: 1, showIf: 1, rules: 1, welcome: 1, thankYou: 1, brand: 1, consent: 1, lowLabel: 1, highLabel: 1, vi: 1, en: 1, name: 1,
} as const;
type PathWord = keyof typeof PATH_WORDS;
