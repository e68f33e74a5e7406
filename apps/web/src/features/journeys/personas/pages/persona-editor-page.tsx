import {
  CHANNELS, EMPATHY_QUADRANTS, PERSONA_LISTS, ZPersonaProfile, type Channel, type Persona, type PersonaProfile,
} from '@footprint/core';
import { Alert, Anchor, Button, Card, Chip, Grid, Group, Modal, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconCopy, IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { FormSkeleton, QueryError } from '../../../../components/query-state';
import { isApiError } from '../../../../lib/api';
import { useErrorMessage } from '../../../../lib/errors';
import { CoverageFigures } from '../components/coverage-figures';
import { ItemList } from '../components/item-list';
import { isAvatarKey } from '../components/persona-avatar';
import { PhotoPicker } from '../components/photo-picker';
import { draftOf, RuleBuilder, ruleOf, type DraftRule } from '../components/rule-builder';
import { useCanManagePersonas, useDeletePersona, useDuplicatePersona, usePatchPersona, usePersona } from '../hooks';

interface Draft {
  name: string;
  photo: string | null;
  avatar: string;
  profile: PersonaProfile;
  rule: DraftRule | null;
}

const toDraft = (p: Persona): Draft => ({ name: p.name, photo: p.photo, avatar: p.avatar, profile: p.profile, rule: p.rule ? draftOf(p.rule) : null });
const same = (a: Draft, b: Draft) => JSON.stringify(a) === JSON.stringify(b);

/** The persona's current version, as a version_conflict error reports it. */
const newerVersion = (details: unknown): number | null => {
  const v = typeof details === 'object' && details !== null && 'version' in details ? details.version : null;
  return typeof v === 'number' ? v : null;
};

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/journeys/personas" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        {t('personas.editor.back')}
      </Group>
    </Anchor>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

function Editor({ persona }: { persona: Persona }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canManage = useCanManagePersonas();
  const message = useErrorMessage();
  const patch = usePatchPersona();
  const duplicate = useDuplicatePersona();
  const remove = useDeletePersona();
  const fresh = usePersona(persona.id);
  const [saved, setSaved] = useState<Draft>(() => toDraft(persona));
  const [draft, setDraft] = useState<Draft>(saved);
  const [version, setVersion] = useState(persona.version);
  const [conflict, setConflict] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const dirty = !same(draft, saved);
  const load = (p: Persona) => {
    setSaved(toDraft(p));
    setDraft(toDraft(p));
    setVersion(p.version);
    setConflict(null);
  };
  // Changed elsewhere (live update) while nothing is being edited here: show the new version.
  const [seen, setSeen] = useState(persona.updatedAt);
  if (persona.updatedAt !== seen) {
    setSeen(persona.updatedAt);
    if (!dirty) load(persona);
  }
  const setProfile = (p: Partial<PersonaProfile>) => setDraft((d) => ({ ...d, profile: { ...d.profile, ...p } }));
  const rule = draft.rule ? ruleOf(draft.rule) : null;

  const save = (basedOn = version) => {
    setFailure(null);
    setConflict(null);
    const profile = ZPersonaProfile.safeParse(draft.profile);
    if (!draft.name.trim()) return setFailure(t('validation.required'));
    if (!profile.success) return setFailure(profile.error.issues.map((i) => i.message).join('; '));
    if (draft.rule && !rule) return setFailure(t('personas.rule.invalid'));
    patch.mutate(
      { id: persona.id, patch: { name: draft.name, photo: draft.photo, avatar: isAvatarKey(draft.avatar) ? draft.avatar : '', profile: profile.data, rule, version: basedOn } },
      {
        onSuccess: (p) => {
          load(p);
          notifications.show({ color: 'green', message: t('personas.editor.saved') });
        },
        onError: (err) => {
          if (isApiError(err) && err.code === 'version_conflict') setConflict(newerVersion(err.details) ?? version + 1);
          else setFailure(message(err));
        },
      },
    );
  };

  const disabled = !canManage;
  return (
    <Stack gap="md">
      <BackLink />
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4}>
          <Title order={1} fz="h2" style={{ overflowWrap: 'anywhere' }}>
            {draft.name || persona.name}
          </Title>
          {canManage && (
            <Text size="sm" c={dirty ? 'orange.8' : 'dimmed'} role="status" aria-live="polite">
              {dirty ? t('personas.editor.unsaved') : t('personas.editor.allSaved')}
            </Text>
          )}
        </Stack>
        {canManage && (
          <Group gap="xs">
            <Button variant="default" leftSection={<IconCopy size={16} aria-hidden />} loading={duplicate.isPending} onClick={() => duplicate.mutate(persona.id, { onSuccess: (p) => void navigate(`/journeys/personas/${p.id}`) })}>
              {t('personas.editor.duplicate')}
            </Button>
            <Button variant="default" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setConfirmDelete(true)}>
              {t('personas.editor.delete')}
            </Button>
            <Button leftSection={<IconDeviceFloppy size={16} aria-hidden />} onClick={() => save()} loading={patch.isPending} disabled={!dirty}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Group>
      {!canManage && (
        <Alert variant="light" color="gray">
          {t('personas.editor.readOnly')}
        </Alert>
      )}
      {failure && (
        <Alert color="red" variant="light" role="alert">
          {failure}
        </Alert>
      )}
      {conflict !== null && (
        <Alert color="orange" variant="light" role="alert" title={t('personas.editor.versionConflictTitle')}>
          <Stack gap="sm">
            <Text size="sm">{t('personas.editor.versionConflict')}</Text>
            <Group gap="sm">
              <Button size="xs" variant="default" loading={fresh.isFetching} onClick={() => void fresh.refetch().then((r) => r.data && load(r.data))}>
                {t('personas.editor.loadTheirs')}
              </Button>
              <Button size="xs" color="orange" onClick={() => save(conflict)}>
                {t('personas.editor.keepMine')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Section title={t('personas.editor.sections.look')}>
              <TextInput label={t('personas.editor.name')} value={draft.name} maxLength={120} required disabled={disabled} onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })} />
              <PhotoPicker name={draft.name} photo={draft.photo} avatar={draft.avatar} disabled={disabled} onChange={(v) => setDraft({ ...draft, ...v })} />
            </Section>
            <Section title={t('personas.editor.sections.demographics')}>
              <Group grow gap="xs">
                <NumberInput label={t('personas.profile.ageMin')} min={0} max={120} value={draft.profile.ageMin ?? ''} disabled={disabled} onChange={(v) => setProfile({ ageMin: typeof v === 'number' ? v : null })} />
                <NumberInput label={t('personas.profile.ageMax')} min={0} max={120} value={draft.profile.ageMax ?? ''} disabled={disabled} onChange={(v) => setProfile({ ageMax: typeof v === 'number' ? v : null })} />
              </Group>
              <TextInput label={t('personas.profile.gender')} value={draft.profile.gender} maxLength={40} disabled={disabled} onChange={(e) => setProfile({ gender: e.currentTarget.value })} />
              <TextInput label={t('personas.profile.occupation')} value={draft.profile.occupation} maxLength={120} disabled={disabled} onChange={(e) => setProfile({ occupation: e.currentTarget.value })} />
              <TextInput label={t('personas.profile.province')} value={draft.profile.province} maxLength={80} disabled={disabled} onChange={(e) => setProfile({ province: e.currentTarget.value })} />
              <Group grow gap="xs">
                <NumberInput label={t('personas.profile.incomeMin')} min={0} thousandSeparator="." decimalSeparator="," value={draft.profile.incomeMin ?? ''} disabled={disabled} onChange={(v) => setProfile({ incomeMin: typeof v === 'number' ? v : null })} />
                <NumberInput label={t('personas.profile.incomeMax')} min={0} thousandSeparator="." decimalSeparator="," value={draft.profile.incomeMax ?? ''} disabled={disabled} onChange={(v) => setProfile({ incomeMax: typeof v === 'number' ? v : null })} />
              </Group>
              <TextInput label={t('personas.profile.family')} value={draft.profile.family} maxLength={200} disabled={disabled} onChange={(e) => setProfile({ family: e.currentTarget.value })} />
            </Section>
            <Section title={t('personas.editor.sections.quote')}>
              <Textarea aria-label={t('personas.profile.quote')} placeholder={t('personas.profile.quotePlaceholder')} autosize minRows={2} maxLength={500} value={draft.profile.quote} disabled={disabled} onChange={(e) => setProfile({ quote: e.currentTarget.value })} />
            </Section>
            <Section title={t('personas.editor.sections.channels')}>
              <Chip.Group multiple value={draft.profile.preferredChannels} onChange={(v) => setProfile({ preferredChannels: CHANNELS.filter((c): c is Channel => v.includes(c)) })}>
                <Group gap={6}>
                  {CHANNELS.map((c) => (
                    <Chip key={c} value={c} size="sm" disabled={disabled}>
                      {t(`collection.touchpoints.channels.${c}`)}
                    </Chip>
                  ))}
                </Group>
              </Chip.Group>
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <Section title={t('personas.editor.sections.rule')}>
              {draft.rule ? (
                <>
                  <RuleBuilder draft={draft.rule} disabled={disabled} onChange={(r) => setDraft({ ...draft, rule: r })} />
                  <CoverageFigures rule={rule} />
                  {!disabled && (
                    <Group>
                      <Button size="xs" variant="subtle" color="gray" onClick={() => setDraft({ ...draft, rule: null })}>
                        {t('personas.rule.removeRule')}
                      </Button>
                    </Group>
                  )}
                </>
              ) : (
                <Stack gap="xs" align="flex-start">
                  <Text size="sm" c="dimmed">
                    {t('personas.rule.none')}
                  </Text>
                  {!disabled && (
                    <Button size="xs" variant="light" onClick={() => setDraft({ ...draft, rule: { match: 'all', conditions: [{ field: 'province', key: '', op: 'eq', text: '', list: [], num: '', flag: true }] } })}>
                      {t('personas.rule.add')}
                    </Button>
                  )}
                </Stack>
              )}
            </Section>
            <Section title={t('personas.editor.sections.lists')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {PERSONA_LISTS.map((k) => (
                  <Stack key={k} gap={4} component="section" aria-label={t(`personas.lists.${k}`)}>
                    <Text fw={600} size="sm">
                      {t(`personas.lists.${k}`)}
                    </Text>
                    <ItemList label={t(`personas.lists.${k}`)} items={draft.profile[k]} disabled={disabled} onChange={(items) => setProfile({ [k]: items })} />
                  </Stack>
                ))}
              </SimpleGrid>
            </Section>
            <Section title={t('personas.editor.sections.empathy')}>
              <SimpleGrid cols={2} spacing={0} style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8, overflow: 'hidden' }}>
                {EMPATHY_QUADRANTS.map((k, i) => (
                  <Stack
                    key={k}
                    gap={4}
                    p="sm"
                    component="section"
                    aria-label={t(`personas.empathy.${k}`)}
                    style={{ borderRight: i % 2 === 0 ? '1px solid var(--mantine-color-gray-3)' : undefined, borderBottom: i < 2 ? '1px solid var(--mantine-color-gray-3)' : undefined, minHeight: 140 }}
                  >
                    <Text fw={700} size="sm" c="teal.8">
                      {t(`personas.empathy.${k}`)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`personas.empathy.hint.${k}`)}
                    </Text>
                    <ItemList
                      label={t(`personas.empathy.${k}`)}
                      items={draft.profile.empathy[k]}
                      disabled={disabled}
                      onChange={(items) => setProfile({ empathy: { ...draft.profile.empathy, [k]: items } })}
                    />
                  </Stack>
                ))}
              </SimpleGrid>
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
      <Modal opened={confirmDelete} onClose={() => setConfirmDelete(false)} title={t('personas.editor.deleteTitle')}>
        <Stack>
          <Text size="sm">{t('personas.editor.deleteBody', { name: persona.name })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmDelete(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(persona.id, {
                  onSuccess: () => {
                    notifications.show({ color: 'green', message: t('personas.editor.deleted') });
                    void navigate('/journeys/personas');
                  },
                  onError: (err) => setFailure(message(err)),
                })
              }
            >
              {t('personas.editor.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** A persona: its photo or drawing, who they are, what they want, the empathy map and the real customers it covers. */
export function PersonaEditorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const persona = usePersona(id);
  if (persona.isPending) return <FormSkeleton fields={6} />;
  if (persona.isError) {
    return (
      <Stack gap="md">
        <BackLink />
        {isApiError(persona.error) && (persona.error.status === 404 || persona.error.code === 'validation_failed') ? (
          <Alert color="orange" variant="light">
            {t('personas.editor.notFound')}
          </Alert>
        ) : (
          <QueryError error={persona.error} onRetry={() => void persona.refetch()} />
        )}
      </Stack>
    );
  }
  return <Editor key={persona.data.id} persona={persona.data} />;
}
