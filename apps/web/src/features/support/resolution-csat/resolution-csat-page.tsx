import type { PublicCaseCsat } from '@footprint/core';
import { Alert, Box, Button, Card, Container, Group, SegmentedControl, SimpleGrid, Skeleton, Stack, Text, Textarea, Title, UnstyledButton } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../../lib/api';
import { Face } from '../../feedback';
import { answerCaseCsat, getCaseCsat } from './api';

type Lang = 'vi' | 'en';
/** This page's own words: customers reach it from an email, outside the dashboard, in their language. */
const TEXT = {
  vi: {
    title: 'Đánh giá cách giải quyết',
    request: (n: number) => `Yêu cầu #${n}`,
    question: 'Bạn hài lòng thế nào với cách chúng tôi giải quyết yêu cầu này?',
    labels: ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'],
    comment: 'Bạn muốn nói thêm điều gì không? (không bắt buộc)',
    send: 'Gửi đánh giá',
    pick: 'Hãy chọn một khuôn mặt',
    thanks: 'Cảm ơn bạn!',
    thanksBody: (w: string) => `${w} đã nhận được đánh giá của bạn.`,
    yourScore: (l: string) => `Bạn đã chọn: ${l}`,
    invalid: 'Liên kết đánh giá không hợp lệ hoặc đã được thay bằng liên kết mới.',
    reopened: 'Yêu cầu này đang được xử lý lại, nên chưa cần đánh giá. Chúng tôi sẽ hỏi lại khi giải quyết xong.',
    failed: 'Chưa gửi được. Vui lòng kiểm tra kết nối và thử lại.',
    language: 'Ngôn ngữ',
  },
  en: {
    title: 'Rate how we resolved it',
    request: (n: number) => `Request #${n}`,
    question: 'How satisfied are you with how we resolved this request?',
    labels: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
    comment: 'Anything you would like to add? (optional)',
    send: 'Send rating',
    pick: 'Please choose a face',
    thanks: 'Thank you!',
    thanksBody: (w: string) => `${w} has received your rating.`,
    yourScore: (l: string) => `You chose: ${l}`,
    invalid: 'This rating link is not valid, or a newer one replaced it.',
    reopened: 'This request is being worked on again, so there is nothing to rate yet. We will ask again once it is resolved.',
    failed: 'That did not go through. Please check your connection and try again.',
    language: 'Language',
  },
} as const;
const LEVELS = [1, 2, 3, 4, 5] as const;

/**
 * /r/:token — the resolution CSAT question from the email: the face tapped in the email is
 * pre-selected (`?score=`), the customer confirms (mail scanners open links, so opening never
 * answers), may add a comment, and is thanked. Mobile first.
 */
export function ResolutionCsatPage() {
  const { token = '' } = useParams();
  const [params] = useSearchParams();
  const info = useQuery({ queryKey: ['public-case-csat', token], queryFn: () => getCaseCsat(token), retry: (n, e) => n < 2 && !(isApiError(e) && e.status < 500) });
  const [lang, setLang] = useState<Lang | null>(null);
  const shown: Lang = lang ?? info.data?.language ?? (navigator.language.toLowerCase().startsWith('en') ? 'en' : 'vi');
  const text = TEXT[shown];
  useEffect(() => {
    document.title = text.title;
  }, [text.title]);
  const initial = Number(params.get('score'));
  return (
    <Box mih="100dvh" bg="gray.0" py={{ base: 'md', sm: 'xl' }} lang={shown}>
      <Container size={560} px={{ base: 'sm', sm: 'md' }}>
        <Stack gap="sm">
          <Group justify="flex-end">
            <SegmentedControl
              size="xs"
              aria-label={text.language}
              value={shown}
              onChange={(v) => setLang(v === 'en' ? 'en' : 'vi')}
              data={[
                { value: 'vi', label: 'Tiếng Việt' },
                { value: 'en', label: 'English' },
              ]}
            />
          </Group>
          <Card withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
            {info.isPending ? (
              <Stack aria-busy>
                <Skeleton h={20} w="40%" />
                <Skeleton h={28} />
                <Skeleton h={72} />
              </Stack>
            ) : info.isError ? (
              <Alert color={isApiError(info.error) && info.error.status < 500 ? 'gray' : 'red'} variant="light" role="alert">
                {isApiError(info.error) && info.error.status < 500 ? text.invalid : text.failed}
              </Alert>
            ) : (
              <Question key={token} token={token} info={info.data} lang={shown} initial={LEVELS.find((l) => l === initial) ?? null} />
            )}
          </Card>
        </Stack>
      </Container>
    </Box>
  );
}

function Question({ token, info, lang, initial }: { token: string; info: PublicCaseCsat; lang: Lang; initial: number | null }) {
  const text = TEXT[lang];
  const [score, setScore] = useState<number | null>(initial);
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const send = useMutation({ mutationFn: () => answerCaseCsat(token, { score: score!, ...(comment.trim() ? { comment: comment.trim() } : {}) }) });
  const answered = send.data ?? (info.answered ? info : null);
  if (answered) {
    return (
      <Stack gap="sm" role="status" align="flex-start">
        <IconCircleCheck size={40} color="var(--mantine-color-teal-6)" aria-hidden />
        <Title order={1} fz="h3">
          {text.thanks}
        </Title>
        <Text>{text.thanksBody(info.workspaceName)}</Text>
        {answered.score && (
          <Group gap="xs">
            <Face level={answered.score as 1 | 2 | 3 | 4 | 5} size={28} />
            <Text size="sm" c="dimmed">
              {text.yourScore(text.labels[answered.score - 1]!)}
            </Text>
          </Group>
        )}
      </Stack>
    );
  }
  const conflict = isApiError(send.error) && send.error.code === 'case_reopened';
  const already = isApiError(send.error) && send.error.code === 'already_answered';
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (score !== null) send.mutate();
      }}
    >
      <Stack gap="md">
        <Stack gap={2}>
          <Text size="sm" c="dimmed">
            {info.workspaceName} · {text.request(info.caseNumber)}
          </Text>
          <Text fw={600}>{info.subject}</Text>
        </Stack>
        <Title order={1} fz={{ base: 'h4', sm: 'h3' }} id="csat-question">
          {text.question}
        </Title>
        <SimpleGrid cols={5} spacing={6} role="radiogroup" aria-labelledby="csat-question">
          {LEVELS.map((l) => (
            <UnstyledButton
              key={l}
              role="radio"
              aria-checked={score === l}
              aria-label={text.labels[l - 1]}
              onClick={() => setScore(l)}
              p={6}
              style={{
                borderRadius: 12,
                textAlign: 'center',
                border: `2px solid ${score === l ? 'var(--mantine-color-blue-6)' : 'transparent'}`,
                opacity: score === null || score === l ? 1 : 0.45,
              }}
            >
              <Stack gap={4} align="center">
                <Face level={l} size="min(56px, 14vw)" />
                <Text size="xs" lh={1.2}>
                  {text.labels[l - 1]}
                </Text>
              </Stack>
            </UnstyledButton>
          ))}
        </SimpleGrid>
        {tried && score === null && (
          <Text size="sm" c="red" role="alert">
            {text.pick}
          </Text>
        )}
        <Textarea label={text.comment} value={comment} onChange={(e) => setComment(e.currentTarget.value)} autosize minRows={2} maxRows={6} maxLength={2000} />
        {send.isError && (
          <Alert color={conflict || already ? 'gray' : 'red'} variant="light" role="alert">
            {conflict ? text.reopened : already ? TEXT[lang].thanksBody(info.workspaceName) : text.failed}
          </Alert>
        )}
        <Button type="submit" size="md" fullWidth loading={send.isPending} disabled={conflict || already}>
          {text.send}
        </Button>
      </Stack>
    </form>
  );
}
