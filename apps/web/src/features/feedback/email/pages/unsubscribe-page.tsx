import type { SurveyLanguage } from '@footprint/core';
import { Alert, Box, Button, Card, Container, Group, SegmentedControl, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { isApiError } from '../../../../lib/api';
import { getUnsubscribe, unsubscribe } from '../public-api';

/** This page's own words: customers reach it from an email, outside the dashboard, in their language. */
const TEXT = {
  vi: {
    title: 'Huỷ nhận email khảo sát',
    ask: (w: string, e: string) => `Bạn sẽ không nhận thêm email khảo sát nào từ ${w} gửi tới ${e}.`,
    button: 'Huỷ nhận email',
    done: 'Bạn đã huỷ nhận',
    doneBody: (w: string, e: string) => `${w} sẽ không gửi thêm email khảo sát tới ${e}.`,
    invalid: 'Liên kết huỷ nhận không hợp lệ hoặc đã hết hiệu lực.',
    failed: 'Chưa huỷ nhận được. Vui lòng kiểm tra kết nối và thử lại.',
    language: 'Ngôn ngữ',
  },
  en: {
    title: 'Unsubscribe from survey emails',
    ask: (w: string, e: string) => `You will get no more survey emails from ${w} at ${e}.`,
    button: 'Unsubscribe',
    done: 'You are unsubscribed',
    doneBody: (w: string, e: string) => `${w} will send no more survey emails to ${e}.`,
    invalid: 'This unsubscribe link is not valid or no longer works.',
    failed: 'That did not work. Please check your connection and try again.',
    language: 'Language',
  },
} as const;

/**
 * /u/:token — the unsubscribe link of a survey email: one click on the button, then the
 * confirmation. The page itself changes nothing (mail scanners open links); mail apps use the
 * List-Unsubscribe header's one-click POST instead.
 */
export function UnsubscribePage() {
  const { token = '' } = useParams();
  const [lang, setLang] = useState<SurveyLanguage>(() => (navigator.language.toLowerCase().startsWith('en') ? 'en' : 'vi'));
  const text = TEXT[lang];
  const info = useQuery({ queryKey: ['public-unsubscribe', token], queryFn: () => getUnsubscribe(token), retry: (n, e) => n < 2 && !(isApiError(e) && e.status === 404) });
  const act = useMutation({ mutationFn: () => unsubscribe(token) });
  const done = act.data?.unsubscribed ?? info.data?.unsubscribed ?? false;
  useEffect(() => {
    document.title = text.title;
  }, [text.title]);
  return (
    <Box mih="100dvh" bg="gray.0" py={{ base: 'md', sm: 'xl' }} lang={lang}>
      <Container size={560} px={{ base: 'sm', sm: 'md' }}>
        <Stack gap="sm">
          <Group justify="flex-end">
            <SegmentedControl
              size="xs"
              aria-label={text.language}
              value={lang}
              onChange={(v) => setLang(v === 'en' ? 'en' : 'vi')}
              data={[
                { value: 'vi', label: 'Tiếng Việt' },
                { value: 'en', label: 'English' },
              ]}
            />
          </Group>
          <Card withBorder radius="md" p="lg">
            {info.isPending ? (
              <Stack aria-busy>
                <Skeleton h={24} w="60%" />
                <Skeleton h={44} />
              </Stack>
            ) : info.isError ? (
              <Alert color={isApiError(info.error) && info.error.status === 404 ? 'gray' : 'red'} variant="light" role="alert">
                {isApiError(info.error) && info.error.status === 404 ? text.invalid : text.failed}
              </Alert>
            ) : done ? (
              <Stack gap="sm" role="status" align="flex-start">
                <IconCircleCheck size={40} color="var(--mantine-color-teal-6)" aria-hidden />
                <Title order={1} fz="h3">
                  {text.done}
                </Title>
                <Text>{text.doneBody(info.data.workspaceName, info.data.email)}</Text>
              </Stack>
            ) : (
              <Stack gap="md" align="flex-start">
                <Title order={1} fz="h3">
                  {text.title}
                </Title>
                <Text>{text.ask(info.data.workspaceName, info.data.email)}</Text>
                <Button color="red" onClick={() => act.mutate()} loading={act.isPending}>
                  {text.button}
                </Button>
                {act.isError && (
                  <Alert color="red" variant="light" role="alert">
                    {text.failed}
                  </Alert>
                )}
              </Stack>
            )}
          </Card>
        </Stack>
      </Container>
    </Box>
  );
}
