import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { journeyPdfPath } from '../paths-live';
import { PrintPage } from './print-page';

/** "In / Tải PDF": the browser's print (landscape, see print.css) or the server's PDF of the map. */
export function PrintActions({ mapId, name, live }: { mapId: string; name: string; live?: { from: string; to: string; personaId?: string | undefined } | null }) {
  const { t, i18n } = useTranslation();
  const file = `${name.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'journey'}.pdf`;
  return (
    <>
    <PrintPage />
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" size="xs" leftSection={<IconPrinter size={14} aria-hidden />} rightSection={<IconChevronDown size={12} aria-hidden />} data-print-hide>
          {t('journeyLive.print.menu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => window.print()}>
          {t('journeyLive.print.print')}
        </Menu.Item>
        <Menu.Item component="a" href={journeyPdfPath(mapId, i18n.language === 'en' ? 'en' : 'vi', live)} download={file} leftSection={<IconFileTypePdf size={16} aria-hidden />}>
          {t('journeyLive.print.pdf')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
    </>
  );
}
