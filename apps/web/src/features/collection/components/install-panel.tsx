import { canManageKeys } from '@footprint/core';
import { Alert, Button, Code, Select, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { IconKey, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../components/query-state';
import { useSession } from '../../workspace';
import { useWriteKeys } from '../hooks/use-write-keys';
import { snippet } from '@footprint/sdk';
import { CodeBlock } from './code-block';

const PLACEHOLDER = 'YOUR_WRITE_KEY';
const KEY_CHARS = /^[A-Za-z0-9_-]+$/;

function snippets(origin: string, key: string) {
  return {
    // The SDK's own snippet: calls made before the script arrives are queued, not lost.
    tag: snippet(origin, key),
    usage: [
      "footprint.identify('KH-0001', { name: 'Nguyễn Văn A', email: 'a@example.com' });",
      "footprint.track('Đặt hàng', { total: 350000, items: 2 });",
    ].join('\n'),
    curl: [
      `curl ${origin}/v1/track \\`,
      `  -u '${key}:' \\`,
      "  -H 'Content-Type: application/json' \\",
      `  -d '{"userId":"KH-0001","event":"Đặt hàng","properties":{"total":350000}}'`,
    ].join('\n'),
  };
}

/**
 * How to start sending events: the script tag for a website and a curl call for a server.
 * A full key is shown only once, when created, so people paste theirs; it stays in this page.
 */
export function InstallPanel() {
  const { t } = useTranslation();
  const { actor } = useSession();
  const seesKeys = canManageKeys(actor);
  const keys = useWriteKeys(seesKeys);
  const [keyId, setKeyId] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');
  const list = keys.data ?? [];
  const typed = pasted.trim();
  const badChars = typed !== '' && !KEY_CHARS.test(typed);
  // A pasted key picks its own entry; when the list is known, a key matching none cannot work.
  const matched = typed ? list.find((k) => typed.startsWith(k.prefix)) : undefined;
  const selected = matched ?? list.find((k) => k.id === keyId) ?? list[0] ?? null;
  const unknown = typed !== '' && !badChars && list.length > 0 && !matched;
  const usable = typed !== '' && !badChars && !unknown;
  const code = snippets(window.location.origin, usable ? typed : PLACEHOLDER);

  return (
    <Stack gap="md">
      <KeyPicker seesKeys={seesKeys} keys={keys} selectedId={selected?.id ?? null} onSelect={setKeyId} />
      <TextInput
        label={t('collection.install.pasteKey')}
        description={
          selected ? (
            <Trans i18nKey="collection.install.pasteHintPrefix" values={{ prefix: selected.prefix }} components={{ code: <Code /> }} />
          ) : (
            t('collection.install.pasteHint')
          )
        }
        placeholder={selected ? `${selected.prefix}…` : PLACEHOLDER}
        value={pasted}
        onChange={(e) => setPasted(e.currentTarget.value)}
        error={badChars ? t('collection.install.badKey') : unknown ? t('collection.install.keyUnknown') : undefined}
        autoComplete="off"
        spellCheck={false}
        maw={520}
      />
      <CodeBlock label={t('collection.install.webTitle')} code={code.tag} />
      <Text size="sm" c="dimmed">
        {t('collection.install.webHint')}
      </Text>
      <CodeBlock label={t('collection.install.usageTitle')} code={code.usage} />
      <CodeBlock label={t('collection.install.serverTitle')} code={code.curl} />
      <Text size="sm" c="dimmed">
        {t('collection.install.serverHint')}
      </Text>
    </Stack>
  );
}

interface PickerProps {
  seesKeys: boolean;
  keys: ReturnType<typeof useWriteKeys>;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}

/** Which write key the snippets are for; or why there is none to choose. */
function KeyPicker({ seesKeys, keys, selectedId, onSelect }: PickerProps) {
  const { t } = useTranslation();
  if (!seesKeys) {
    return (
      <Alert color="gray" variant="light" icon={<IconLock size={18} aria-hidden />}>
        {t('collection.install.adminOnly')}
      </Alert>
    );
  }
  if (keys.isError) return <QueryError error={keys.error} onRetry={() => void keys.refetch()} />;
  if (keys.isPending) return <Skeleton height={60} radius="md" />;
  if (keys.data.length === 0) {
    return (
      <Alert color="yellow" variant="light" icon={<IconKey size={18} aria-hidden />} title={t('collection.install.noKey')}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('collection.install.noKeyBody')}</Text>
          <Button component={Link} to="/settings/keys?create=write" size="xs" variant="light">
            {t('collection.install.createKey')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return (
    <Select
      label={t('collection.install.chooseKey')}
      allowDeselect={false}
      value={selectedId}
      onChange={onSelect}
      data={keys.data.map((k) => ({ value: k.id, label: `${k.name} (${k.prefix}…)` }))}
      maw={420}
    />
  );
}
