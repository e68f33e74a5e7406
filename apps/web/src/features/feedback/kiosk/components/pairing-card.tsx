import type { KioskPairing } from '@footprint/core';
import { Alert, Button, Group, Image, Modal, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../../../components/copy-field';
import { useFormat } from '../../../workspace';

/** A pairing code, shown once: large enough to read across the counter, with its link and QR code. */
export function PairingModal({ pairing, name, renewed, onClose }: { pairing: KioskPairing | null; name: string; renewed: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Modal opened={pairing !== null} onClose={onClose} title={t('kiosk.pairing.title', { name })} size="lg" centered>
      {pairing && (
        <Stack gap="md">
          <Text size="sm">{t('kiosk.pairing.steps')}</Text>
          <Group align="center" gap="xl" wrap="wrap">
            <Stack gap={4}>
              <Text size="sm" c="dimmed">
                {t('kiosk.pairing.code')}
              </Text>
              <Title order={2} ff="monospace" fz={40} lts={4} data-testid="pairing-code">
                {pairing.code}
              </Title>
              <Text size="xs" c="dimmed">
                {t('kiosk.pairing.expires', { time: fmt.dateTime(pairing.expiresAt) })}
              </Text>
            </Stack>
            <Image src={pairing.qr} alt={t('kiosk.pairing.qr', { name })} w={168} h={168} />
          </Group>
          <CopyField label={t('kiosk.pairing.link')} value={pairing.link} href={pairing.link} />
          {renewed && (
            <Alert variant="light" color="blue">
              {t('kiosk.pairing.replaces')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('kiosk.pairing.done')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
