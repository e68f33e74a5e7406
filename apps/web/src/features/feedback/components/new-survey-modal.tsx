import { SURVEY_TEMPLATE_KEYS, type SurveyTemplateKey } from '@footprint/core';
import { Alert, Button, Group, Modal, MultiSelect, SimpleGrid, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCheck, IconFilePlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { QueryError } from '../../../components/query-state';
import { useErrorMessage } from '../../../lib/errors';
import { useFormat } from '../../workspace';
import { useCreateSurvey, useTemplates, useTouchpointOptions } from '../hooks';
import { blankDefinition } from '../lib/blank';
import { surveyPath } from '../paths';

type Choice = SurveyTemplateKey | 'blank';
const isTemplateKey = (v: string): v is SurveyTemplateKey => (SURVEY_TEMPLATE_KEYS as readonly string[]).includes(v);

/** New survey: a template (or blank), a name and touchpoints, then straight into the builder. */
export function NewSurveyModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const templates = useTemplates();
  const touchpoints = useTouchpointOptions();
  const create = useCreateSurvey();
  const message = useErrorMessage();
  const navigate = useNavigate();
  const form = useForm<{ choice: Choice; name: string; touchpointIds: string[] }>({
    initialValues: { choice: 'post_purchase_nps', name: '', touchpointIds: [] },
    validate: { name: (v) => (v.trim() ? null : t('validation.required')) },
  });
  const cards: { key: Choice; name: string; description: string; count?: number }[] = [
    ...(templates.data ?? []).map((tp) => ({
      key: tp.key,
      name: tp.name[locale],
      description: tp.description[locale],
      count: Array.isArray(tp.definition.questions) ? tp.definition.questions.length : undefined,
    })),
    { key: 'blank', name: t('feedback.create.blank'), description: t('feedback.create.blankDescription') },
  ];
  const pick = (key: Choice) => {
    const card = cards.find((c) => c.key === key);
    // The name follows the template until the person types their own.
    const fromCard = cards.some((c) => c.name === form.values.name);
    form.setFieldValue('choice', key);
    if (card && (!form.values.name || fromCard)) form.setFieldValue('name', card.name);
  };
  const submit = form.onSubmit((v) => {
    const input = {
      name: v.name.trim(),
      touchpointIds: v.touchpointIds,
      ...(isTemplateKey(v.choice) ? { template: v.choice } : { definition: blankDefinition() }),
    };
    create.mutate(input, {
      onSuccess: (s) => {
        onClose();
        form.reset();
        void navigate(surveyPath(s.id));
      },
    });
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('feedback.create.title')} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text fw={500} size="sm" id="template-choice">
            {t('feedback.create.pickTemplate')}
          </Text>
          {templates.isError ? (
            <QueryError error={templates.error} onRetry={() => void templates.refetch()} />
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" role="radiogroup" aria-labelledby="template-choice">
              {cards.map((c) => {
                const selected = form.values.choice === c.key;
                return (
                  <UnstyledButton
                    key={c.key}
                    role="radio"
                    aria-checked={selected}
                    onClick={() => pick(c.key)}
                    p="sm"
                    style={{
                      borderRadius: 8,
                      border: `${selected ? 2 : 1}px solid ${selected ? 'var(--mantine-primary-color-filled)' : 'var(--mantine-color-gray-3)'}`,
                      background: selected ? 'var(--mantine-primary-color-light)' : undefined,
                    }}
                  >
                    <Group gap={6} wrap="nowrap" align="flex-start" justify="space-between">
                      <Text fw={600} size="sm">
                        {c.name}
                      </Text>
                      {selected ? <IconCheck size={16} aria-hidden /> : c.key === 'blank' ? <IconFilePlus size={16} aria-hidden /> : null}
                    </Group>
                    <Text size="xs" c="dimmed" mt={4}>
                      {c.description}
                    </Text>
                    {c.count !== undefined && (
                      <Text size="xs" c="dimmed" mt={4}>
                        {t('feedback.create.questions', { count: c.count })}
                      </Text>
                    )}
                  </UnstyledButton>
                );
              })}
            </SimpleGrid>
          )}
          <TextInput label={t('feedback.create.name')} placeholder={t('feedback.create.namePlaceholder')} withAsterisk {...form.getInputProps('name')} />
          <MultiSelect
            label={t('feedback.create.touchpoints')}
            description={t('feedback.create.touchpointsHint')}
            placeholder={t('feedback.create.touchpointsPlaceholder')}
            data={touchpoints.data ?? []}
            searchable
            clearable
            {...form.getInputProps('touchpointIds')}
          />
          {create.isError && (
            <Alert color="red" variant="light" role="alert">
              {message(create.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('feedback.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
