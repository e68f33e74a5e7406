import { JOURNEY_KINDS, type JourneyKind, type JourneyTemplateKey } from '@footprint/core';
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useErrorMessage } from '../../../../lib/errors';
import { useFormat } from '../../../workspace';
import { useCreateJourney, useCurrentStateMaps, usePersonaRefs } from '../hooks';
import { mapPath } from '../paths';
import { TemplateCards } from './template-cards';

const isKind = (v: string | null): v is JourneyKind => JOURNEY_KINDS.some((k) => k === v);

/** New map: its type, a stage model (or, for a future state, the current-state map it improves on), a name. */
export function NewMapModal({ opened, onClose, initialTemplate }: { opened: boolean; onClose: () => void; initialTemplate: JourneyTemplateKey | null }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const message = useErrorMessage();
  const navigate = useNavigate();
  const create = useCreateJourney();
  const [kind, setKind] = useState<JourneyKind>('current');
  const [template, setTemplate] = useState<JourneyTemplateKey | null>(initialTemplate ?? '5a');
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [currentStateId, setCurrentStateId] = useState<string | null>(null);
  const [personaId, setPersonaId] = useState<string | null>(null);
  const currentMaps = useCurrentStateMaps(opened && kind === 'future');
  const personas = usePersonaRefs();
  const [seenInitial, setSeenInitial] = useState(initialTemplate);
  if (initialTemplate !== seenInitial) {
    setSeenInitial(initialTemplate);
    if (initialTemplate) setTemplate(initialTemplate);
  }
  const pickTemplate = (key: JourneyTemplateKey) => {
    setTemplate(key);
    setCurrentStateId(null);
  };
  const submit = () => {
    if (!name.trim()) return setNameError(t('validation.required'));
    const fromCurrent = kind === 'future' && currentStateId !== null;
    create.mutate(
      {
        name: name.trim(),
        kind,
        personaId,
        currentStateId: fromCurrent ? currentStateId : null,
        ...(fromCurrent ? {} : { template: template ?? 'blank' }),
      },
      {
        onSuccess: (j) => {
          notifications.show({ color: 'green', message: t('journeyMaps.create.created', { name: j.name }) });
          onClose();
          setName('');
          void navigate(mapPath(j.id));
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('journeyMaps.create.title')} size="xl">
      <Stack gap="md">
        <TextInput
          label={t('journeyMaps.create.name')}
          placeholder={t('journeyMaps.create.namePlaceholder')}
          withAsterisk
          maxLength={120}
          value={name}
          error={nameError}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setNameError(null);
          }}
          data-autofocus
        />
        <Group grow align="flex-start">
          <Select
            label={t('journeyMaps.create.kind')}
            allowDeselect={false}
            value={kind}
            onChange={(v) => isKind(v) && setKind(v)}
            data={JOURNEY_KINDS.map((k) => ({ value: k, label: t(`journeyMaps.kinds.${k}`) }))}
            description={t(`journeyMaps.kindHints.${kind}`)}
          />
          <Select
            label={t('journeyMaps.create.persona')}
            placeholder={t('journeyMaps.create.personaPlaceholder')}
            clearable
            searchable
            value={personaId}
            onChange={setPersonaId}
            data={(personas.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          />
        </Group>
        {kind === 'future' && (
          <Select
            label={t('journeyMaps.create.currentState')}
            description={currentMaps.data && currentMaps.data.items.length === 0 ? t('journeyMaps.create.noCurrentState') : t('journeyMaps.create.currentStateHint')}
            placeholder={t('journeyMaps.create.currentStatePlaceholder')}
            clearable
            searchable
            value={currentStateId}
            onChange={setCurrentStateId}
            data={(currentMaps.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
          />
        )}
        {!(kind === 'future' && currentStateId) && (
          <Stack gap="xs">
            <Text fw={500} size="sm" id="journey-template-choice">
              {kind === 'future' ? t('journeyMaps.create.orTemplate') : t('journeyMaps.create.template')}
            </Text>
            <TemplateCards value={template} onChange={pickTemplate} language={locale} labelledBy="journey-template-choice" />
          </Stack>
        )}
        {create.isError && (
          <Alert color="red" variant="light" role="alert">
            {message(create.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={create.isPending}>
            {t('journeyMaps.create.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
