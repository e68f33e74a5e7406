import { POSTER_DEFAULTS, type SurveyDefinition } from '@footprint/core';
import { AspectRatio, Box, Button, Checkbox, Group, Image, Modal, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../workspace';

/**
 * A printable A5 poster of a QR code: the manager words the call to action (Vietnamese by default),
 * sees a preview, and downloads the PDF the server draws. Answers from it land on the touchpoint.
 */
export function PosterButton({ surveyId, definition, touchpoint }: { surveyId: string; definition: SurveyDefinition; touchpoint?: { id: string; name: string } }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const name = touchpoint?.name ?? t('feedback.builder.linkAll');
  return (
    <>
      <Button size="xs" variant="default" leftSection={<IconFileTypePdf size={14} aria-hidden />} onClick={open} aria-label={t('feedback.poster.open', { name })}>
        {t('feedback.poster.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('feedback.poster.title', { name })} size="xl">
        {opened && <PosterForm surveyId={surveyId} definition={definition} touchpoint={touchpoint} />}
      </Modal>
    </>
  );
}

function PosterForm({ surveyId, definition, touchpoint }: { surveyId: string; definition: SurveyDefinition; touchpoint?: { id: string; name: string } | undefined }) {
  const { t } = useTranslation();
  const { workspace } = useSession();
  const offersEnglish = definition.languages.includes('en');
  const [headline, setHeadline] = useState('');
  const [subline, setSubline] = useState('');
  const [english, setEnglish] = useState(false);
  const q = new URLSearchParams();
  if (touchpoint) q.set('touchpointId', touchpoint.id);
  if (headline.trim()) q.set('headline', headline.trim());
  if (subline.trim()) q.set('subline', subline.trim());
  if (english && offersEnglish) q.set('english', 'true');
  const pdf = `/api/v1/surveys/${surveyId}/poster?${q.toString()}`;
  const qr = `/api/v1/surveys/${surveyId}/qr?format=svg${touchpoint ? `&touchpointId=${touchpoint.id}` : ''}`;
  const vi = POSTER_DEFAULTS.vi;
  const en = POSTER_DEFAULTS.en;
  const colour = definition.brand.color;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
      <Stack gap="sm">
        <TextInput label={t('feedback.poster.headline')} placeholder={vi.headline} maxLength={80} value={headline} onChange={(e) => setHeadline(e.currentTarget.value)} description={t('feedback.poster.headlineHint')} />
        <TextInput label={t('feedback.poster.subline')} placeholder={vi.subline} maxLength={140} value={subline} onChange={(e) => setSubline(e.currentTarget.value)} />
        <Checkbox
          label={t('feedback.poster.english')}
          description={offersEnglish ? undefined : t('feedback.poster.noEnglish')}
          disabled={!offersEnglish}
          checked={english && offersEnglish}
          onChange={(e) => setEnglish(e.currentTarget.checked)}
        />
        <Text size="xs" c="dimmed">
          {t('feedback.poster.hint')}
        </Text>
        <Group>
          <Button component="a" href={pdf} download leftSection={<IconFileTypePdf size={16} aria-hidden />}>
            {t('feedback.poster.download')}
          </Button>
        </Group>
      </Stack>
      <Box aria-label={t('feedback.poster.preview')} role="figure">
        <AspectRatio ratio={148 / 210} maw={320} mx="auto">
          <Paper withBorder shadow="sm" radius={0} style={{ display: 'flex', flexDirection: 'column', overflow: 'hidden' }}>
            <Box bg={colour} c="white" py={10} ta="center" fw={700} fz="sm">
              {workspace.name}
            </Box>
            <Stack gap={4} px="md" pt="sm" align="center" style={{ flex: 1 }}>
              <Text fw={700} fz="lg" ta="center" lh={1.2} style={{ overflowWrap: 'anywhere' }}>
                {headline.trim() || vi.headline}
              </Text>
              <Text fz="xs" c="dimmed" ta="center" style={{ overflowWrap: 'anywhere' }}>
                {subline.trim() || vi.subline}
              </Text>
              {english && offersEnglish && (
                <Text fz={9} c="dimmed" ta="center">
                  {en.headline} {en.subline}
                </Text>
              )}
              <Box p={6} mt={4} style={{ border: `2px solid ${colour}`, borderRadius: 8 }}>
                <Image src={qr} alt={t('feedback.poster.qrAlt')} w={120} h={120} />
              </Box>
              <Text fz={10} fw={500} ta="center">
                {vi.scan}
              </Text>
              <Box style={{ flex: 1 }} />
              {touchpoint && (
                <Text fz="xs" fw={500} c={colour} ta="center">
                  {touchpoint.name}
                </Text>
              )}
              <Text fz={10} ta="center" pb="xs" style={{ borderTop: `1px solid ${colour}`, alignSelf: 'stretch' }} pt={4}>
                {vi.thanks}
              </Text>
            </Stack>
          </Paper>
        </AspectRatio>
      </Box>
    </SimpleGrid>
  );
}
