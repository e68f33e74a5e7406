import { SURVEY_STATUSES } from '@footprint/core';
import { Anchor, Button, Card, Group, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconDownload, IconExternalLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useTouchpointOptions } from '../../hooks';
import type { Draft } from '../../lib/draft';
import { PosterButton } from './poster-dialog';
import { PersonalLinkGenerator } from './personal-link';

/** Name, status and the touchpoints where the survey listens. */
export function SettingsPanel({ draft, surveyId, publicId, saved, onChange }: { draft: Draft; surveyId: string; publicId: string; saved: { id: string; name: string }[]; onChange: (d: Draft) => void }) {
  const { t } = useTranslation();
  const touchpoints = useTouchpointOptions();
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <TextInput label={t('feedback.builder.name')} withAsterisk maxLength={120} value={draft.name} error={draft.name.trim() ? undefined : t('validation.required')} onChange={(e) => onChange({ ...draft, name: e.currentTarget.value })} />
        <Select
          label={t('feedback.builder.status')}
          allowDeselect={false}
          value={draft.status}
          onChange={(v) => {
            const status = SURVEY_STATUSES.find((s) => s === v);
            if (status) onChange({ ...draft, status });
          }}
          data={SURVEY_STATUSES.map((s) => ({ value: s, label: t(`feedback.statuses.${s}`) }))}
          w={220}
        />
        <MultiSelect
          label={t('feedback.builder.touchpoints')}
          placeholder={t('feedback.builder.touchpointsPlaceholder')}
          data={touchpoints.data ?? []}
          value={draft.touchpointIds}
          onChange={(touchpointIds) => onChange({ ...draft, touchpointIds })}
          searchable
          clearable
        />
        <TextInput label={t('feedback.builder.publicId')} value={publicId} readOnly styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }} w={320} />
        <SurveyLinks surveyId={surveyId} publicId={publicId} definition={draft.definition} touchpoints={saved.map((x) => ({ value: x.id, label: x.name }))} />
        <PersonalLinkGenerator surveyId={surveyId} active={draft.status === 'active'} touchpoints={saved.map((x) => ({ value: x.id, label: x.name }))} />
      </Stack>
    </Card>
  );
}

/**
 * Where customers answer: the link (general, and one per touchpoint, so answers land on it) and its
 * QR code to print, as PNG or SVG or on an A5 poster. Only saved touchpoints have their own link.
 */
function SurveyLinks({ surveyId, publicId, definition, touchpoints }: { surveyId: string; publicId: string; definition: Draft['definition']; touchpoints: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const link = (tp?: string) => `${window.location.origin}/s/${publicId}${tp ? `?tp=${tp}` : ''}`;
  const qr = (format: 'png' | 'svg', tp?: string) => `/api/v1/surveys/${surveyId}/qr?format=${format}${tp ? `&touchpointId=${tp}` : ''}`;
  const row = (label: string, tp?: string) => (
    <Group key={tp ?? 'all'} justify="space-between" gap="xs" wrap="wrap">
      <div style={{ minWidth: 0 }}>
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Anchor href={link(tp)} target="_blank" rel="noopener" size="xs" style={{ overflowWrap: 'anywhere' }}>
          {link(tp)} <IconExternalLink size={12} aria-hidden />
        </Anchor>
      </div>
      <Group gap={4}>
        {(['png', 'svg'] as const).map((f) => (
          <Button key={f} component="a" href={qr(f, tp)} download={`qr-${label}.${f}`} size="xs" variant="default" leftSection={<IconDownload size={14} aria-hidden />} aria-label={t('feedback.builder.qrDownload', { format: f.toUpperCase(), name: label })}>
            {f.toUpperCase()}
          </Button>
        ))}
        <PosterButton surveyId={surveyId} definition={definition} {...(tp ? { touchpoint: { id: tp, name: label } } : {})} />
      </Group>
    </Group>
  );
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {t('feedback.builder.links')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('feedback.builder.linksHint')}
      </Text>
      {row(t('feedback.builder.linkAll'))}
      {touchpoints.map((o) => row(o.label, o.value))}
    </Stack>
  );
}
