import type { SurveyDefinition } from '@footprint/core';
import { Card, ColorInput, SegmentedControl, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { cleanLocalized } from '../../lib/builder-model';
import { LocalizedInput } from './localized-input';

/** Languages offered, the welcome and thank-you screens, and the brand's colour and logo. */
export function ScreensPanel({ definition: d, onChange }: { definition: SurveyDefinition; onChange: (d: SurveyDefinition) => void }) {
  const { t } = useTranslation();
  const l = d.languages;
  const welcome = d.welcome ?? { enabled: false, title: { vi: 'Xin chào!' } };
  const logoOk = !d.brand.logoUrl || /^https?:\/\/\S+$/.test(d.brand.logoUrl);
  return (
    <Stack gap="md">
      <Card withBorder padding="md">
        <Stack gap="xs">
          <Text fw={500} size="sm" id="survey-languages">
            {t('feedback.builder.languages')}
          </Text>
          <SegmentedControl
            aria-labelledby="survey-languages"
            value={l.includes('en') ? 'vi,en' : 'vi'}
            onChange={(v) => onChange({ ...d, languages: v === 'vi,en' ? ['vi', 'en'] : ['vi'] })}
            data={[
              { value: 'vi', label: t('feedback.builder.languagesVi') },
              { value: 'vi,en', label: t('feedback.builder.languagesViEn') },
            ]}
            style={{ alignSelf: 'flex-start' }}
          />
          <Text size="xs" c="dimmed">
            {t('feedback.builder.languagesHint')}
          </Text>
        </Stack>
      </Card>
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Title order={3} fz="h5">
            {t('feedback.builder.welcome')}
          </Title>
          <Switch label={t('feedback.builder.welcomeEnabled')} checked={welcome.enabled} onChange={(e) => onChange({ ...d, welcome: { ...welcome, enabled: e.currentTarget.checked } })} />
          {welcome.enabled && (
            <>
              <LocalizedInput label={t('feedback.builder.welcomeTitle')} languages={l} value={welcome.title} required maxLength={200} onChange={(x) => onChange({ ...d, welcome: { ...welcome, title: cleanLocalized(x) } })} />
              <LocalizedInput
                label={t('feedback.builder.welcomeBody')}
                languages={l}
                value={welcome.body}
                multiline
                maxLength={1000}
                onChange={(x) => onChange({ ...d, welcome: { ...welcome, body: x.vi || x.en ? cleanLocalized(x) : undefined } })}
              />
              <LocalizedInput
                label={t('feedback.builder.welcomeButton')}
                languages={l}
                value={welcome.button}
                maxLength={60}
                onChange={(x) => onChange({ ...d, welcome: { ...welcome, button: x.vi || x.en ? cleanLocalized(x) : undefined } })}
              />
            </>
          )}
        </Stack>
      </Card>
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Title order={3} fz="h5">
            {t('feedback.builder.thankYou')}
          </Title>
          <LocalizedInput label={t('feedback.builder.thankYouTitle')} languages={l} value={d.thankYou.title} required maxLength={200} onChange={(x) => onChange({ ...d, thankYou: { ...d.thankYou, title: cleanLocalized(x) } })} />
          <LocalizedInput
            label={t('feedback.builder.thankYouBody')}
            languages={l}
            value={d.thankYou.body}
            multiline
            maxLength={1000}
            onChange={(x) => onChange({ ...d, thankYou: { ...d.thankYou, body: x.vi || x.en ? cleanLocalized(x) : undefined } })}
          />
        </Stack>
      </Card>
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Title order={3} fz="h5">
            {t('feedback.builder.brand')}
          </Title>
          <ColorInput
            label={t('feedback.builder.brandColor')}
            format="hex"
            value={d.brand.color}
            onChange={(color) => /^#[0-9a-fA-F]{6}$/.test(color) && onChange({ ...d, brand: { ...d.brand, color } })}
            w={220}
          />
          <TextInput
            label={t('feedback.builder.logoUrl')}
            type="url"
            value={d.brand.logoUrl ?? ''}
            error={logoOk ? undefined : t('feedback.builder.logoUrlInvalid')}
            onChange={(e) => onChange({ ...d, brand: { ...d.brand, logoUrl: e.currentTarget.value.trim() || null } })}
          />
        </Stack>
      </Card>
    </Stack>
  );
}
