import type { SurveyDefinition, SurveyLanguage } from '@footprint/core';
import { Box, Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconDeviceDesktop, IconDeviceMobile, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SurveyRenderer } from './survey-renderer';

/** The live preview: the renderer in a desktop or phone frame, in Vietnamese or English, answerable. */
export function SurveyPreview({ definition }: { definition: SurveyDefinition }) {
  const { t } = useTranslation();
  const [device, setDevice] = useState<'desktop' | 'phone'>('desktop');
  const [chosen, setChosen] = useState<SurveyLanguage>('vi');
  const [round, setRound] = useState(0);
  const offersEn = definition.languages.includes('en');
  const lang = offersEn ? chosen : 'vi';
  return (
    <Card withBorder padding="md" component="aside" aria-labelledby="survey-preview-title">
      <Stack gap="sm">
        <Group justify="space-between" align="center" gap="xs">
          <Title order={2} fz="h4" id="survey-preview-title">
            {t('feedback.preview.title')}
          </Title>
          <Button size="compact-sm" variant="subtle" leftSection={<IconRefresh size={14} aria-hidden />} onClick={() => setRound((r) => r + 1)}>
            {t('feedback.preview.restart')}
          </Button>
        </Group>
        <Group gap="xs">
          <SegmentedControl
            size="xs"
            aria-label={t('feedback.preview.device')}
            value={device}
            onChange={(v) => setDevice(v === 'phone' ? 'phone' : 'desktop')}
            data={[
              { value: 'desktop', label: <Group gap={4} wrap="nowrap"><IconDeviceDesktop size={14} aria-hidden />{t('feedback.preview.desktop')}</Group> },
              { value: 'phone', label: <Group gap={4} wrap="nowrap"><IconDeviceMobile size={14} aria-hidden />{t('feedback.preview.phone')}</Group> },
            ]}
          />
          <SegmentedControl
            size="xs"
            aria-label={t('feedback.preview.language')}
            value={lang}
            onChange={(v) => setChosen(v === 'en' ? 'en' : 'vi')}
            data={[
              { value: 'vi', label: 'Tiếng Việt' },
              { value: 'en', label: 'English', disabled: !offersEn },
            ]}
          />
        </Group>
        <Text size="xs" c="dimmed">
          {t('feedback.preview.hint')}
        </Text>
        <Box
          data-testid="survey-preview"
          data-device={device}
          mx="auto"
          w={device === 'phone' ? 375 : '100%'}
          maw="100%"
          h={device === 'phone' ? 667 : undefined}
          p="md"
          style={{
            overflowY: 'auto',
            border: device === 'phone' ? '10px solid var(--mantine-color-dark-6)' : '1px solid var(--mantine-color-gray-3)',
            borderRadius: device === 'phone' ? 32 : 8,
            background: 'var(--mantine-color-body)',
          }}
        >
          <SurveyRenderer key={`${round}-${lang}-${definition.welcome?.enabled ? 'w' : ''}`} definition={definition} lang={lang} />
        </Box>
      </Stack>
    </Card>
  );
}
