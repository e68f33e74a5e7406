import { localized, missingAnswers, visibleQuestions, type Answer, type Answers, type SurveyDefinition, type SurveyLanguage } from '@footprint/core';
import { Alert, Button, Group, Image, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import { useCallback, useEffect, useId, useState, type ReactNode } from 'react';
import { KioskQuestion, Smileys } from './kiosk-question';
import { KIOSK_TEXT } from './texts';
import type { QueuedAnswer } from './storage';

/** The thank-you screen stays this long, then the next customer gets a fresh start. */
export const THANKS_MS = 5000;
/** A customer who walks away mid-survey: what they answered is kept (as a partial answer) and the kiosk starts over. */
export const IDLE_MS = 30_000;

interface Props {
  surveyId: string;
  definition: SurveyDefinition;
  /** Where the header's controls and the status line go. */
  frame: (lang: SurveyLanguage, setLang: ((l: SurveyLanguage) => void) | null, body: ReactNode) => ReactNode;
  add: (a: QueuedAnswer) => void;
}

type Stage = 'start' | 'follow' | 'thanks';

/**
 * One customer after another: the five faces (the survey's first question, a CSAT), the follow-up
 * the survey's logic asks for (e.g. "what was wrong?" after a poor rating), thank you, and back to
 * the faces. Every answer is queued durably before "thank you" is shown.
 */
export function KioskRunner({ surveyId, definition: d, frame, add }: Props) {
  const first = d.questions[0]!;
  const faces = first.type === 'csat';
  const home: SurveyLanguage = d.languages[0] ?? 'vi';
  const uid = useId();
  const [lang, setLang] = useState<SurveyLanguage>(home);
  const [stage, setStage] = useState<Stage>(faces ? 'start' : 'follow');
  const [answers, setAnswers] = useState<Answers>({});
  const [responseId, setResponseId] = useState(() => crypto.randomUUID());
  const [tried, setTried] = useState(false);
  const [touched, setTouched] = useState(0);
  const text = KIOSK_TEXT[lang];
  const color = d.brand.color;

  const reset = useCallback(() => {
    setStage(faces ? 'start' : 'follow');
    setAnswers({});
    setResponseId(crypto.randomUUID());
    setTried(false);
    setLang(home);
  }, [faces, home]);

  const keep = useCallback(
    (given: Answers, complete: boolean) => {
      const seen = new Set(visibleQuestions(d, given).map((q) => q.id));
      add({ responseId, surveyId, answers: Object.fromEntries(Object.entries(given).filter(([id]) => seen.has(id))), language: lang, complete, answeredAt: new Date().toISOString() });
    },
    [d, add, responseId, surveyId, lang],
  );

  // Thank you, then the next customer; mid-survey, a long pause means the customer has left.
  useEffect(() => {
    if (stage === 'start') return;
    const timer = window.setTimeout(
      () => {
        if (stage === 'follow' && Object.keys(answers).length > 0) keep(answers, false);
        reset();
      },
      stage === 'thanks' ? THANKS_MS : IDLE_MS,
    );
    return () => window.clearTimeout(timer);
  }, [stage, answers, touched, keep, reset]);

  const pick = (n: number) => {
    const next = { [first.id]: n };
    setAnswers(next);
    if (visibleQuestions(d, next).some((q) => q.id !== first.id)) setStage('follow');
    else {
      keep(next, true);
      setStage('thanks');
    }
  };
  const answer = (id: string, a: Answer | undefined) => {
    const next = { ...answers };
    if (a === undefined) delete next[id];
    else next[id] = a;
    setAnswers(next);
  };
  const send = () => {
    setTried(true);
    if (missingAnswers(d, answers).length > 0) return;
    keep(answers, true);
    setStage('thanks');
  };

  const logo = d.brand.logoUrl ? <Image src={d.brand.logoUrl} alt="" h={56} w="auto" fit="contain" /> : null;
  let body: ReactNode;
  if (stage === 'thanks') {
    body = (
      <UnstyledButton onClick={reset} w="100%" aria-label={text.startOver}>
        <Stack align="center" gap="lg" role="status">
          <IconHeartHandshake size={112} stroke={1.4} color={color} aria-hidden />
          <Title order={1} fz={{ base: 32, sm: 48 }} ta="center">
            {localized(d.thankYou.title, lang)}
          </Title>
          {d.thankYou.body && (
            <Text fz={24} ta="center" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
              {localized(d.thankYou.body, lang)}
            </Text>
          )}
        </Stack>
      </UnstyledButton>
    );
  } else if (stage === 'start') {
    body = (
      <Stack align="center" gap={40} w="100%">
        {logo}
        <Title order={1} fz={{ base: 32, sm: 48 }} ta="center" id={`${uid}-${first.id}`}>
          {localized(first.title, lang)}
        </Title>
        <Smileys lang={lang} color={color} onPick={pick} />
      </Stack>
    );
  } else {
    const shown = visibleQuestions(d, answers).filter((q) => !(faces && q.id === first.id));
    const missing = new Set(missingAnswers(d, answers));
    body = (
      <Stack gap={32} w="100%" maw={880} onPointerDown={() => setTouched((n) => n + 1)} onKeyDown={() => setTouched((n) => n + 1)}>
        {shown.map((q) => (
          <Stack key={q.id} gap="md" data-question={q.id}>
            <Title order={2} fz={{ base: 26, sm: 34 }} id={`${uid}-${q.id}`}>
              {localized(q.title, lang)}
            </Title>
            {q.description && (
              <Text fz={20} c="dimmed">
                {localized(q.description, lang)}
              </Text>
            )}
            <KioskQuestion question={q} titleId={`${uid}-${q.id}`} lang={lang} color={color} answer={answers[q.id]} onAnswer={(a) => answer(q.id, a)} />
          </Stack>
        ))}
        {tried && missing.size > 0 && (
          <Alert color="red" variant="light" role="alert" fz="lg">
            {text.required}
          </Alert>
        )}
        <Group justify="space-between">
          {faces ? (
            <Button variant="default" size="xl" radius="lg" onClick={reset}>
              {text.back}
            </Button>
          ) : (
            <span />
          )}
          <Button size="xl" radius="lg" color={color} onClick={send} miw={200}>
            {text.send}
          </Button>
        </Group>
      </Stack>
    );
  }
  return frame(lang, stage === 'start' && d.languages.length > 1 ? setLang : null, body);
}
