import { INVITE_PARAM, ZAnswer, type Answers, type SurveyLanguage } from '@footprint/core';
import { Alert, Box, Button, Card, Center, Container, Group, SegmentedControl, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../../lib/api';
import { z } from 'zod';
import { SurveyRenderer } from '../components/survey-renderer';
import { getInvite, saveInviteResponse } from '../email/public-api';
import { getPublicSurvey, saveResponse } from '../public-api';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INVITE = /^[A-Za-z0-9]{32}$/;
const ZSaved = z.record(z.string(), ZAnswer);

/** This page's own words: it is shown to customers, in the survey's languages, outside the dashboard. */
const TEXT = {
  vi: {
    notFound: 'Khảo sát này không tồn tại hoặc đã kết thúc.',
    failed: 'Không tải được khảo sát. Vui lòng kiểm tra kết nối và thử lại.',
    retry: 'Thử lại',
    language: 'Ngôn ngữ',
    honeypot: 'Để trống ô này',
    by: 'Khảo sát của',
    powered: 'Footprint',
    inviteInvalid: 'Liên kết khảo sát cá nhân này không hợp lệ hoặc khảo sát đã kết thúc.',
    answered: 'Bạn đã trả lời khảo sát này. Cảm ơn bạn đã góp ý!',
  },
  en: {
    notFound: 'This survey does not exist or has ended.',
    failed: 'The survey could not be loaded. Please check your connection and try again.',
    retry: 'Try again',
    language: 'Language',
    honeypot: 'Leave this field empty',
    by: 'A survey by',
    powered: 'Footprint',
    inviteInvalid: 'This personal survey link is not valid, or the survey has ended.',
    answered: 'You have answered this survey. Thank you for your feedback!',
  },
} satisfies Record<SurveyLanguage, Record<string, string>>;

/** The response this browser is answering, kept across reloads so partial answers are never split. */
function responseIdFor(publicId: string): string {
  const key = `footprint.response.${publicId}`;
  try {
    const kept = sessionStorage.getItem(key);
    if (kept && UUID.test(kept)) return kept;
    const fresh = crypto.randomUUID();
    sessionStorage.setItem(key, fresh);
    return fresh;
  } catch {
    return crypto.randomUUID();
  }
}

function forgetResponse(publicId: string): void {
  try {
    sessionStorage.removeItem(`footprint.response.${publicId}`);
  } catch {
    // storage refused: nothing was kept
  }
}

/**
 * A survey's public page (its link and QR code): mobile first, in the respondent's language when the
 * survey offers it. Answers are saved as they are given, so a closed tab loses nothing; sending
 * completes the response. `?tp=` names the touchpoint, `?c=qr` marks a scan of the printed code.
 */
export function PublicSurveyPage() {
  const { publicId = '' } = useParams();
  const [params] = useSearchParams();
  const touchpointId = UUID.test(params.get('tp') ?? '') ? (params.get('tp') ?? undefined) : undefined;
  const channel = params.get('c') === 'qr' ? 'qr' : 'link';
  // A personal link (?t=): the invitation says who answers and where; it is answered once.
  const token = params.get(INVITE_PARAM);
  const invited = token !== null;
  const invite = useQuery({
    queryKey: ['public-invite', token],
    queryFn: () => getInvite(token ?? ''),
    enabled: invited && INVITE.test(token),
    retry: (n, e) => n < 2 && !(isApiError(e) && e.status === 404),
  });
  const inviteBad = invited && (!INVITE.test(token) || invite.isError || (invite.data !== undefined && invite.data.publicId !== publicId));
  const survey = useQuery({ queryKey: ['public-survey', publicId], queryFn: () => getPublicSurvey(publicId), retry: (n, e) => n < 2 && !(isApiError(e) && e.status === 404) });
  const offered = survey.data?.definition.languages ?? ['vi'];
  const wanted: SurveyLanguage =
    params.get('lang') === 'en' || (params.get('lang') === null && (invite.data?.language ?? (navigator.language.toLowerCase().startsWith('en') ? 'en' : 'vi')) === 'en') ? 'en' : 'vi';
  const [chosen, setLang] = useState<SurveyLanguage | null>(null);
  const lang = chosen ?? wanted;
  const shown: SurveyLanguage = offered.includes(lang) ? lang : 'vi';
  const text = TEXT[shown];
  const responseId = useMemo(() => responseIdFor(publicId), [publicId]);
  const honeypot = useRef<HTMLInputElement>(null);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (survey.data) document.title = survey.data.workspaceName;
  }, [survey.data]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const body = (answers: Answers, complete: boolean) => ({ responseId, answers, language: shown, complete, touchpointId, channel, website: honeypot.current?.value ?? '' }) as const;
  // Partial answers are saved a moment after the respondent stops; a failed save is retried by the next one.
  const save = (answers: Answers, complete: boolean) =>
    token !== null
      ? saveInviteResponse(token, { answers, language: shown, complete, website: honeypot.current?.value ?? '' })
      : saveResponse(publicId, body(answers, complete));
  const onChange = (answers: Answers) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void save(answers, false).catch(() => {}), 800);
  };
  const onSubmit = async (answers: Answers) => {
    window.clearTimeout(timer.current);
    await save(answers, true);
    if (token === null) forgetResponse(publicId);
  };
  const saved = ZSaved.safeParse(invite.data?.answers ?? {}).data ?? {};

  return (
    <Box mih="100dvh" bg="gray.0" py={{ base: 'md', sm: 'xl' }}>
      <Container size={640} px={{ base: 'sm', sm: 'md' }}>
        {inviteBad ? (
          <Card withBorder radius="md" p="lg">
            <Alert color="gray" variant="light" role="alert">
              {text.inviteInvalid}
            </Alert>
          </Card>
        ) : invite.data?.completed ? (
          <Card withBorder radius="md" p="lg" role="status">
            <Text fw={500}>{text.answered}</Text>
          </Card>
        ) : survey.isPending || (invited && invite.isPending) ? (
          <Card withBorder radius="md" p="lg" aria-busy>
            <Stack>
              <Skeleton h={8} />
              <Skeleton h={24} w="70%" />
              <Skeleton h={44} />
              <Skeleton h={44} />
            </Stack>
          </Card>
        ) : survey.isError ? (
          <Card withBorder radius="md" p="lg">
            <Stack>
              <Alert color={isApiError(survey.error) && survey.error.status === 404 ? 'gray' : 'red'} variant="light" role="alert">
                {isApiError(survey.error) && survey.error.status === 404 ? text.notFound : text.failed}
              </Alert>
              {!(isApiError(survey.error) && survey.error.status === 404) && (
                <Button variant="light" onClick={() => void survey.refetch()} style={{ alignSelf: 'flex-start' }}>
                  {text.retry}
                </Button>
              )}
            </Stack>
          </Card>
        ) : (
          <Stack gap="sm">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text size="sm" c="dimmed" lang={shown}>
                {text.by} <b>{survey.data.workspaceName}</b>
              </Text>
              {offered.length > 1 && (
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
              )}
            </Group>
            <Card withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
              <SurveyRenderer key={shown} definition={survey.data.definition} lang={shown} onChange={onChange} onSubmit={onSubmit} initialAnswers={saved} />
              <VisuallyHidden>
                <label>
                  {text.honeypot}
                  <input ref={honeypot} name="website" tabIndex={-1} autoComplete="off" />
                </label>
              </VisuallyHidden>
            </Card>
            <Center>
              <Text size="xs" c="dimmed">
                {text.powered}
              </Text>
            </Center>
          </Stack>
        )}
      </Container>
    </Box>
  );
}
