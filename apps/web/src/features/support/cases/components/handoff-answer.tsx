import type { Handoff } from '@footprint/core';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../../lib/errors';
import { useAnswerHandoff } from '../hooks';

/** The answer box of an open request, for the department it was asked of. */
export function HandoffAnswer({ h }: { h: Handoff }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const answer = useAnswerHandoff();
  const [text, setText] = useState('');
  return (
    <Stack gap={6}>
      <Textarea
        aria-label={t('supportInbox.handoffs.answerLabel', { number: h.case.number })}
        placeholder={t('supportInbox.handoffs.answerPlaceholder')}
        autosize
        minRows={2}
        maxLength={5000}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <Group justify="flex-end">
        <Button
          size="xs"
          disabled={!text.trim()}
          loading={answer.isPending}
          onClick={() =>
            answer.mutate(
              { id: h.id, answer: text },
              {
                onSuccess: () => {
                  setText('');
                  notifications.show({ color: 'teal', message: t('supportInbox.handoffs.answered') });
                },
                onError: (e) => notifications.show({ color: 'red', message: message(e) }),
              },
            )
          }
        >
          {t('supportInbox.handoffs.answer')}
        </Button>
      </Group>
    </Stack>
  );
}
