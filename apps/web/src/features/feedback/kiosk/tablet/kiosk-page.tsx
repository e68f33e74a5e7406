import { ZSurveyDefinition, type KioskConfig, type SurveyLanguage } from '@footprint/core';
import { ActionIcon, Box, Center, Group, SegmentedControl, Stack, Text, Tooltip } from '@mantine/core';
import { IconCloudOff, IconMaximize } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { KioskRunner } from './kiosk-runner';
import { PairScreen } from './pair-screen';
import { registerKioskWorker } from './service-worker';
import { forgetDevice, loadDevice, saveDevice, type StoredDevice } from './storage';
import { KIOSK_TEXT } from './texts';
import { useKioskSync } from './use-kiosk-sync';

const staffLanguage = (): SurveyLanguage => (navigator.language.toLowerCase().startsWith('en') ? 'en' : 'vi');

/**
 * /kiosk: the in-store tablet. Unpaired, it asks for a pairing code; paired, it runs its survey
 * full screen, keeps every answer on the tablet until the server has it, and keeps working when
 * the network (or the server) is away — reloads included, through its service worker.
 */
export function KioskPage() {
  const [params, setParams] = useSearchParams();
  const [device, setDevice] = useState<StoredDevice | null>(loadDevice);
  const [notice, setNotice] = useState<string | null>(null);
  const text = KIOSK_TEXT[staffLanguage()];

  useEffect(() => {
    document.title = 'Footprint Kiosk';
    registerKioskWorker();
  }, []);

  const paired = (token: string, config: KioskConfig) => {
    const d = { token, deviceId: config.device.id, config };
    saveDevice(d);
    setDevice(d);
    setNotice(null);
    // The code is spent: keep it out of the address (and of a reload).
    if (params.has('code')) setParams({}, { replace: true });
  };
  const revoked = useCallback(() => {
    forgetDevice();
    setDevice(null);
    setNotice(KIOSK_TEXT[staffLanguage()].revoked);
  }, []);

  if (!device) return <PairScreen text={text} initialCode={params.get('code') ?? ''} notice={notice} onPaired={paired} />;
  return <PairedKiosk key={device.token} device={device} onDevice={setDevice} onRevoked={revoked} />;
}

function PairedKiosk({ device, onDevice, onRevoked }: { device: StoredDevice; onDevice: (d: StoredDevice) => void; onRevoked: () => void }) {
  const onConfig = useCallback(
    (config: KioskConfig) => {
      // Only a real change re-renders (and restarts) the survey.
      if (JSON.stringify(config.survey) === JSON.stringify(device.config.survey) && config.store?.name === device.config.store?.name) return;
      const d = { ...device, config };
      saveDevice(d);
      onDevice(d);
    },
    [device, onDevice],
  );
  const sync = useKioskSync(device, onConfig, onRevoked);
  const { config } = device;
  const definition = useMemo(() => {
    const parsed = config.survey ? ZSurveyDefinition.safeParse(config.survey.definition) : null;
    return parsed?.success ? parsed.data : null;
  }, [config.survey]);

  const frame = (lang: SurveyLanguage, setLang: ((l: SurveyLanguage) => void) | null, body: ReactNode) => {
    const text = KIOSK_TEXT[lang];
    return (
      <Box lang={lang} mih="100dvh" bg="gray.0" style={{ display: 'flex', flexDirection: 'column', userSelect: 'none', touchAction: 'manipulation' }}>
        <Group justify="space-between" px="lg" py="sm">
          <Text c="dimmed" fz="lg">
            {config.store?.name ?? config.workspaceName}
          </Text>
          <Group gap="sm">
            {setLang && (
              <SegmentedControl
                size="md"
                aria-label={text.language}
                value={lang}
                onChange={(v) => setLang(v === 'en' ? 'en' : 'vi')}
                data={[
                  { value: 'vi', label: 'Tiếng Việt' },
                  { value: 'en', label: 'English' },
                ]}
              />
            )}
            {document.fullscreenEnabled && !document.fullscreenElement && (
              <Tooltip label={text.fullscreen}>
                <ActionIcon variant="subtle" color="gray" size="xl" aria-label={text.fullscreen} onClick={() => void document.documentElement.requestFullscreen().catch(() => {})}>
                  <IconMaximize size={24} aria-hidden />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        </Group>
        <Center style={{ flex: 1 }} px="lg" py="md">
          {body}
        </Center>
        <Group justify="center" gap="xs" py="xs" mih={32} aria-live="polite" data-testid="kiosk-status">
          {!sync.connected && (
            <Group gap={6} c="orange.8">
              <IconCloudOff size={16} aria-hidden />
              <Text size="sm">{text.offline}</Text>
            </Group>
          )}
          {sync.queued > 0 && (
            <Text size="sm" c="dimmed" data-queued={sync.queued}>
              {text.waiting.replace('{n}', String(sync.queued))}
            </Text>
          )}
        </Group>
      </Box>
    );
  };

  if (!config.survey || !definition) return <>{frame('vi', null, <Notice>{KIOSK_TEXT.vi[config.survey ? 'unsupported' : 'noSurvey']}</Notice>)}</>;
  if (config.survey.status !== 'active') return <>{frame(definition.languages[0] ?? 'vi', null, <Notice>{KIOSK_TEXT[definition.languages[0] ?? 'vi'].notRunning}</Notice>)}</>;
  return <KioskRunner key={config.survey.id} surveyId={config.survey.id} definition={definition} frame={frame} add={sync.add} />;
}

function Notice({ children }: { children: ReactNode }) {
  return (
    <Stack align="center" maw={640}>
      <Text fz={28} ta="center">
        {children}
      </Text>
    </Stack>
  );
}
