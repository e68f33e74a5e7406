import { JOURNEY_KINDS, type Journey, type JourneyKind } from '@footprint/core';
import { ActionIcon, Alert, Anchor, Button, Group, Menu, SegmentedControl, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconArrowForwardUp, IconArrowLeft, IconDownload, IconFileTypePdf, IconHistory, IconPhoto, IconPlus, IconShare } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConfirmModal } from '../../../../components/confirm-modal';
import { FormSkeleton, QueryError } from '../../../../components/query-state';
import { isApiError } from '../../../../lib/api';
import { useErrorMessage } from '../../../../lib/errors';
import { useUnsavedGuard } from '../../../feedback';
import { departmentName, useDepartments, useFormat } from '../../../workspace';
import { JourneyLiveActions, JourneyLivePanel, useLiveView } from '../../live';
import { journeyPdfPath } from '../../paths-live';
import { ConflictDialog } from '../components/conflict-dialog';
import { HistoryDrawer } from '../components/history-drawer';
import { JourneyGrid } from '../components/journey-grid';
import { KindBadge } from '../components/kind-badge';
import { LanesMenu } from '../components/lanes-menu';
import { ShareDialog } from '../components/share-dialog';
import { useCanEditJourney, useJourney, usePersonaRefs, useWorkspaceTouchpoints } from '../hooks';
import { addStage } from '../lib/doc-ops';
import { useClock } from '../lib/clock';
import { downloadPng, fileName } from '../lib/export-png';
import { useMapEditor, type SaveState } from '../lib/use-map-editor';
import { MAPS_PATH, mapPath } from '../paths';

const isKind = (v: string | null): v is JourneyKind => JOURNEY_KINDS.some((k) => k === v);

/** /journeys/maps/:id — the map editor. */
export function MapEditorPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const journey = useJourney(id);
  if (journey.isError) {
    return (
      <Stack gap="md">
        <BackLink />
        {isApiError(journey.error) && journey.error.status === 404 ? (
          <Alert color="yellow" variant="light">
            {t('journeyMaps.editor.notFound')}
          </Alert>
        ) : (
          <QueryError error={journey.error} onRetry={() => void journey.refetch()} />
        )}
      </Stack>
    );
  }
  if (journey.isPending) return <FormSkeleton fields={6} />;
  return <Editor key={journey.data.id} journey={journey.data} />;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={MAPS_PATH} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('journeyMaps.editor.back')}
      </Group>
    </Anchor>
  );
}

function Editor({ journey }: { journey: Journey }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const canEdit = useCanEditJourney();
  const ed = useMapEditor(journey, canEdit);
  const [language, setLanguage] = useState<'vi' | 'en'>(fmt.locale);
  const [historyOpen, history] = useDisclosure(false);
  const [shareOpen, share] = useDisclosure(false);
  const gridRef = useRef<HTMLDivElement>(null);
  const [exporting, setExporting] = useState(false);
  const guard = useUnsavedGuard(ed.dirty && canEdit);
  // The PDF prints what is on screen: with the live layer on, its period's figures too.
  const { view: liveView } = useLiveView();
  const tps = useWorkspaceTouchpoints();
  const deps = useDepartments();
  const personas = usePersonaRefs();
  const touchpoints = useMemo(() => (tps.data?.items ?? []).map((x) => ({ id: x.id, name: x.name, channel: x.channel })), [tps.data]);
  const departments = useMemo(() => (deps.data ?? []).map((d) => ({ id: d.id, name: departmentName(d, fmt.locale) })), [deps.data, fmt.locale]);
  const { draft } = ed;

  // Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) undo and redo, except while typing in a field.
  useEffect(() => {
    if (!canEdit) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const el = e.target instanceof HTMLElement ? e.target : null;
      if (el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) ed.undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') ed.redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canEdit, ed]);

  const exportPng = async () => {
    if (!gridRef.current) return;
    setExporting(true);
    try {
      await downloadPng(gridRef.current, draft.name);
    } catch (e) {
      notifications.show({ color: 'red', message: t('journeyMaps.editor.exportFailed', { message: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setExporting(false);
    }
  };
  const n = draft.doc.stages.length + 1;

  return (
    <Stack gap="sm">
      <BackLink />
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
        <Stack gap={6} style={{ flex: '1 1 420px', minWidth: 0 }}>
          {canEdit ? (
            <TextInput
              aria-label={t('journeyMaps.editor.name')}
              value={draft.name}
              maxLength={120}
              onChange={(e) => ed.change({ name: e.currentTarget.value }, 'name')}
              variant="unstyled"
              styles={{ input: { fontSize: 'var(--mantine-h2-font-size)', fontWeight: 700, height: 'auto', lineHeight: 1.3 } }}
              error={!draft.name.trim() ? t('validation.required') : undefined}
            />
          ) : (
            <Text component="h1" fz="h2" fw={700} m={0} style={{ overflowWrap: 'anywhere' }}>
              {draft.name}
            </Text>
          )}
          <Group gap="sm" wrap="wrap">
            {canEdit ? (
              <Select
                aria-label={t('journeyMaps.editor.kind')}
                size="xs"
                w={200}
                allowDeselect={false}
                value={draft.kind}
                onChange={(v) => isKind(v) && ed.change({ kind: v })}
                data={JOURNEY_KINDS.map((k) => ({ value: k, label: t(`journeyMaps.kinds.${k}`) }))}
              />
            ) : (
              <KindBadge kind={draft.kind} />
            )}
            <Select
              aria-label={t('journeyMaps.editor.persona')}
              size="xs"
              w={220}
              placeholder={t('journeyMaps.editor.personaPlaceholder')}
              clearable
              searchable
              disabled={!canEdit}
              value={draft.personaId}
              onChange={(v) => ed.change({ personaId: v })}
              data={[
                ...(personas.data ?? []).map((p) => ({ value: p.id, label: p.name })),
                // The map's persona stays named even when the list has not loaded (or is not readable).
                ...(journey.persona && !(personas.data ?? []).some((p) => p.id === journey.persona?.id) ? [{ value: journey.persona.id, label: journey.persona.name }] : []),
              ]}
            />
            {journey.currentState && (
              <Text size="sm" c="dimmed">
                {t('journeyMaps.editor.futureOf')}{' '}
                <Anchor component={Link} to={mapPath(journey.currentState.id)}>
                  {journey.currentState.name}
                </Anchor>
              </Text>
            )}
            {journey.futureStates.length > 0 && (
              <Text size="sm" c="dimmed">
                {t('journeyMaps.editor.futureStates')}:{' '}
                {journey.futureStates.map((f, i) => (
                  <span key={f.id}>
                    {i > 0 && ', '}
                    <Anchor component={Link} to={mapPath(f.id)}>
                      {f.name}
                    </Anchor>
                  </span>
                ))}
              </Text>
            )}
          </Group>
        </Stack>
        {canEdit && <SaveStatus state={ed.state} onRetry={ed.retry} />}
      </Group>

      {!canEdit && (
        <Alert variant="light" color="gray">
          {t('journeyMaps.editor.readOnly')}
        </Alert>
      )}

      <Group gap="xs" wrap="wrap" role="toolbar" aria-label={draft.name}>
        {canEdit && (
          <>
            <Tooltip label={t('journeyMaps.editor.undo')}>
              <ActionIcon variant="default" size="lg" aria-label={t('journeyMaps.editor.undo')} disabled={!ed.canUndo} onClick={ed.undo}>
                <IconArrowBackUp size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('journeyMaps.editor.redo')}>
              <ActionIcon variant="default" size="lg" aria-label={t('journeyMaps.editor.redo')} disabled={!ed.canRedo} onClick={ed.redo}>
                <IconArrowForwardUp size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              disabled={draft.doc.stages.length >= 20}
              onClick={() => ed.change({ doc: addStage(draft.doc, { vi: `Giai đoạn ${n}`, en: `Stage ${n}` }) })}
            >
              {t('journeyMaps.editor.addStage')}
            </Button>
            <LanesMenu doc={draft.doc} language={language} onChange={(doc) => ed.change({ doc })} />
          </>
        )}
        <SegmentedControl
          size="xs"
          aria-label={t('journeyMaps.editor.stageLanguage')}
          value={language}
          onChange={(v) => setLanguage(v === 'en' ? 'en' : 'vi')}
          data={[
            { value: 'vi', label: 'Tiếng Việt' },
            { value: 'en', label: 'English' },
          ]}
        />
        <Button variant="default" size="xs" leftSection={<IconHistory size={14} aria-hidden />} onClick={history.open}>
          {t('journeyMaps.editor.history')}
        </Button>
        {canEdit && (
          <Button variant="default" size="xs" leftSection={<IconShare size={14} aria-hidden />} onClick={share.open}>
            {t('journeyMaps.editor.share')}
          </Button>
        )}
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button variant="default" size="xs" leftSection={<IconDownload size={14} aria-hidden />} loading={exporting}>
              {t('journeyMaps.editor.export')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconPhoto size={16} aria-hidden />} onClick={() => void exportPng()}>
              {t('journeyMaps.editor.exportPng')}
            </Menu.Item>
            <Menu.Item leftSection={<IconFileTypePdf size={16} aria-hidden />} component="a" href={journeyPdfPath(journey.id, language, liveView.on ? { from: liveView.from, to: liveView.to, personaId: liveView.personaId } : null)} download={fileName(draft.name, 'pdf')}>
              {t('journeyMaps.editor.exportPdf')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
        <JourneyLiveActions journey={journey} />
      </Group>

      <JourneyLivePanel
        journey={{ id: journey.id, doc: draft.doc }}
        renderGrid={(live) => (
          <JourneyGrid
            doc={draft.doc}
            language={language}
            editable={canEdit}
            onChange={(doc) => ed.change({ doc })}
            touchpoints={touchpoints}
            departments={departments}
            gridRef={gridRef}
            {...live}
          />
        )}
      />

      <HistoryDrawer
        opened={historyOpen}
        onClose={history.close}
        journeyId={journey.id}
        currentVersion={ed.version}
        canRestore={canEdit}
        dirty={ed.dirty}
        language={language}
        touchpoints={touchpoints}
        departments={departments}
        onRestored={ed.load}
      />
      {canEdit && <ShareDialog opened={shareOpen} onClose={share.close} journeyId={journey.id} />}
      <ConflictDialog latest={ed.conflict} onLoadTheirs={() => ed.conflict && ed.load(ed.conflict)} onKeepMine={ed.keepMine} />
      <ConfirmModal opened={guard.pending !== null} title={t('journeyMaps.editor.leaveTitle')} confirmLabel={t('journeyMaps.editor.leave')} onClose={guard.stay} onConfirm={guard.leave}>
        {t('journeyMaps.editor.leaveBody')}
      </ConfirmModal>
    </Stack>
  );
}

function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation();
  const clock = useClock();
  const message = useErrorMessage();
  const text =
    state.kind === 'saved'
      ? t('journeyMaps.editor.savedAt', { time: clock.time(state.at) })
      : state.kind === 'saving'
        ? t('journeyMaps.editor.saving')
        : state.kind === 'pending'
          ? t('journeyMaps.editor.unsaved')
          : state.kind === 'error'
            ? t('journeyMaps.editor.saveFailed', { message: message(state.error) })
            : t('journeyMaps.editor.invalid', { message: state.message });
  const bad = state.kind === 'error' || state.kind === 'invalid';
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" c={bad ? 'red.7' : state.kind === 'saved' ? 'dimmed' : 'orange.8'} role="status" aria-live="polite" data-testid="save-state">
        {text}
      </Text>
      {state.kind === 'error' && (
        <Button size="compact-xs" variant="light" color="red" onClick={onRetry}>
          {t('journeyMaps.editor.retry')}
        </Button>
      )}
    </Group>
  );
}
