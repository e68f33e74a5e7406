import { foldForSearch } from '@footprint/core';
import { Alert, Button, Group, Paper, SegmentedControl, Stack, Text, Textarea, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock, IconMail } from '@tabler/icons-react';
import { useMemo, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../../lib/errors';
import { mentionAt } from '../lib/mention';
import { useMemberRefs, usePostMessage } from '../hooks';

export type ComposerMode = 'reply' | 'note';
interface Props {
  caseId: string;
  mode: ComposerMode;
  onMode: (m: ComposerMode) => void;
  hasEmail: boolean;
  textRef: RefObject<HTMLTextAreaElement | null>;
}

/** Reply to the customer (by email) or write an internal note that may @mention colleagues. */
export function Composer({ caseId, mode, onMode, hasEmail, textRef }: Props) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const post = usePostMessage(caseId);
  const members = useMemberRefs();
  const [body, setBody] = useState('');
  const [picked, setPicked] = useState<{ id: string; name: string }[]>([]);
  const [mention, setMention] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    if (!mention || mode !== 'note') return [];
    const q = foldForSearch(mention.query);
    return (members.data ?? []).filter((m) => foldForSearch(m.name).includes(q) || foldForSearch(m.email).includes(q)).slice(0, 6);
  }, [mention, mode, members.data]);

  const track = (text: string, caret: number) => {
    setBody(text);
    setMention(mode === 'note' ? mentionAt(text, caret) : null);
    setActive(0);
  };
  const insert = (m: { userId: string; name: string }) => {
    if (!mention) return;
    const el = textRef.current;
    const caret = el?.selectionStart ?? body.length;
    const next = `${body.slice(0, mention.start)}@${m.name} ${body.slice(caret)}`;
    setBody(next);
    setPicked((p) => (p.some((x) => x.id === m.userId) ? p : [...p, { id: m.userId, name: m.name }]));
    setMention(null);
    const pos = mention.start + m.name.length + 2;
    window.requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(pos, pos);
    });
  };
  const send = (status?: 'resolved') => {
    if (!body.trim()) return;
    // A mention counts only while its @name is still in the text.
    const mentions = mode === 'note' ? picked.filter((p) => body.includes(`@${p.name}`)).map((p) => p.id) : [];
    post.mutate(
      { kind: mode, body, mentions, ...(status ? { status } : {}) },
      {
        onSuccess: () => {
          setBody('');
          setPicked([]);
          notifications.show({ message: mode === 'note' ? t('supportInbox.composer.noteAdded') : status ? t('supportInbox.composer.sentResolved') : t('supportInbox.composer.sent') });
        },
        onError: (e) => notifications.show({ color: 'red', message: message(e) }),
      },
    );
  };

  return (
    <Paper withBorder p="sm" radius="md" bg={mode === 'note' ? 'var(--mantine-color-yellow-light)' : undefined}>
      <Stack gap="xs">
        <SegmentedControl
          value={mode}
          onChange={(v) => {
            onMode(v === 'note' ? 'note' : 'reply');
            setMention(null);
          }}
          data={[
            { value: 'reply', label: t('supportInbox.composer.replyTab') },
            { value: 'note', label: t('supportInbox.composer.noteTab') },
          ]}
          w="fit-content"
        />
        {mode === 'reply' && !hasEmail && (
          <Alert color="yellow" variant="light" p="xs">
            <Text size="xs">{t('supportInbox.composer.noEmail')}</Text>
          </Alert>
        )}
        <div style={{ position: 'relative' }}>
          <Textarea
            ref={textRef}
            aria-label={mode === 'note' ? t('supportInbox.composer.noteLabel') : t('supportInbox.composer.replyLabel')}
            placeholder={mode === 'note' ? t('supportInbox.composer.notePlaceholder') : t('supportInbox.composer.replyPlaceholder')}
            autosize
            minRows={3}
            maxRows={12}
            maxLength={10000}
            value={body}
            onChange={(e) => track(e.currentTarget.value, e.currentTarget.selectionStart)}
            onKeyDown={(e) => {
              if (matches.length > 0) {
                if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                  e.preventDefault();
                  setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
                  return;
                }
                if (e.key === 'Enter' || e.key === 'Tab') {
                  e.preventDefault();
                  const m = matches[active];
                  if (m) insert(m);
                  return;
                }
                if (e.key === 'Escape') {
                  e.preventDefault();
                  setMention(null);
                  return;
                }
              }
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                send();
              }
            }}
          />
          {matches.length > 0 && (
            <Paper withBorder shadow="md" p={4} radius="md" role="listbox" aria-label={t('supportInbox.composer.mentionList')} style={{ position: 'absolute', zIndex: 20, left: 8, right: 8, top: '100%' }}>
              {matches.map((m, i) => (
                <UnstyledButton
                  key={m.userId}
                  role="option"
                  aria-selected={i === active}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    insert(m);
                  }}
                  display="block"
                  w="100%"
                  px="sm"
                  py={6}
                  bg={i === active ? 'var(--mantine-color-blue-light)' : undefined}
                  style={{ borderRadius: 4 }}
                >
                  <Text size="sm" fw={500}>
                    {m.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {m.email}
                  </Text>
                </UnstyledButton>
              ))}
            </Paper>
          )}
        </div>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text size="xs" c="dimmed">
            {mode === 'note' ? t('supportInbox.composer.noteHint') : t('supportInbox.composer.replyHint')}
          </Text>
          {mode === 'note' ? (
            <Button leftSection={<IconLock size={16} aria-hidden />} color="yellow" c="dark" loading={post.isPending} disabled={!body.trim()} onClick={() => send()}>
              {t('supportInbox.composer.addNote')}
            </Button>
          ) : (
            <Group gap="xs">
              <Button variant="default" loading={post.isPending} disabled={!body.trim()} onClick={() => send('resolved')}>
                {t('supportInbox.composer.sendResolve')}
              </Button>
              <Button leftSection={<IconMail size={16} aria-hidden />} loading={post.isPending} disabled={!body.trim()} onClick={() => send()}>
                {t('supportInbox.composer.send')}
              </Button>
            </Group>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
