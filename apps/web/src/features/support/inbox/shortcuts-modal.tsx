import { Kbd, Modal, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const INBOX_KEYS = [
  ['j', 'j'],
  ['k', 'k'],
  ['Enter', 'Enter'],
  ['x', 'x'],
  ['a', 'a'],
  ['/', 'slash'],
  ['?', 'help'],
] as const;
const CASE_KEYS = ['r', 'n', 'e'] as const;

/** "?" on the inbox: every keyboard shortcut of the inbox and the case page. */
export function ShortcutsModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const row = (k: string, label: string) => (
    <Table.Tr key={k}>
      <Table.Td w={80}>
        <Kbd>{k}</Kbd>
      </Table.Td>
      <Table.Td>{label}</Table.Td>
    </Table.Tr>
  );
  return (
    <Modal opened={opened} onClose={onClose} title={t('supportInbox.keys.title')} centered>
      <Table verticalSpacing={6}>
        <Table.Tbody>
          {INBOX_KEYS.map(([k, name]) => row(k, t(`supportInbox.keys.inbox.${name}`)))}
          <Table.Tr>
            <Table.Td colSpan={2} fw={600} pt="md">
              {t('supportInbox.keys.onCase')}
            </Table.Td>
          </Table.Tr>
          {CASE_KEYS.map((k) => row(k, t(`supportInbox.keys.case.${k}`)))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
