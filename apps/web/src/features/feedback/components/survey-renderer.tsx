import { localized, missingAnswers, visibleQuestions, type Answer, type Answers, type SurveyDefinition, type SurveyLanguage } from '@footprint/core';
import { Alert, Box, Button, Image, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { QuestionInput } from './renderer/question-input';
import { RENDERER_TEXT } from './renderer/texts';

interface Props {
  definition: SurveyDefinition;
  lang: SurveyLanguage;
  /**
   * Called with the answers of the questions the respondent actually saw. When it returns a promise,
   * the thank-you screen waits for it; a rejection keeps the answers and offers to send again.
   */
  onSubmit?: (answers: Answers) => Promise<void> | void;
  /** Every change of the answers (the link page saves partial answers with it). */
  onChange?: (answers: Answers) => void;
  /** Answers saved earlier (a personal link opened again continues where it stopped). */
  initialAnswers?: Answers;
}

/**
 * A survey as a respondent sees it: the welcome screen, the questions the answers so far lead to
 * (core's `visibleQuestions`, the same flow on every channel) and the thank-you screen.
 * Only React and Mantine: the public link page and the kiosk reuse it. Texts are text, never HTML.
 */
export function SurveyRenderer({ definition: d, lang, onSubmit, onChange, initialAnswers }: Props) {
  const text = RENDERER_TEXT[lang];
  const uid = useId();
  const [stage, setStage] = useState<'welcome' | 'questions' | 'done'>(d.welcome?.enabled ? 'welcome' : 'questions');
  const [answers, setAnswers] = useState<Answers>(initialAnswers ?? {});
  const [tried, setTried] = useState(false);
  const [sending, setSending] = useState(false);
  const [failed, setFailed] = useState(false);
  const color = d.brand.color;
  const shown = visibleQuestions(d, answers);
  const missing = new Set(missingAnswers(d, answers));

  const answer = (id: string, a: Answer | undefined) => {
    const next = { ...answers };
    if (a === undefined) delete next[id];
    else next[id] = a;
    setAnswers(next);
    onChange?.(next);
  };
  const submit = async () => {
    setTried(true);
    if (missing.size > 0 || sending) return;
    const seen = new Set(shown.map((q) => q.id));
    setSending(true);
    setFailed(false);
    try {
      await onSubmit?.(Object.fromEntries(Object.entries(answers).filter(([id]) => seen.has(id))));
      setStage('done');
    } catch {
      setFailed(true);
    } finally {
      setSending(false);
    }
  };

  const logo = d.brand.logoUrl ? <Image src={d.brand.logoUrl} alt={text.logo} h={40} w="auto" fit="contain" /> : null;
  const bar = <Box h={6} bg={color} style={{ borderRadius: 3 }} aria-hidden />;

  if (stage === 'welcome' && d.welcome) {
    return (
      <Stack gap="md" lang={lang}>
        {bar}
        {logo}
        <Title order={2} fz="h3">
          {localized(d.welcome.title, lang)}
        </Title>
        {d.welcome.body && <Text style={{ whiteSpace: 'pre-line' }}>{localized(d.welcome.body, lang)}</Text>}
        <Button color={color} onClick={() => setStage('questions')} style={{ alignSelf: 'flex-start' }}>
          {d.welcome.button ? localized(d.welcome.button, lang) : text.start}
        </Button>
      </Stack>
    );
  }
  if (stage === 'done') {
    return (
      <Stack gap="md" lang={lang} role="status">
        {bar}
        {logo}
        <Title order={2} fz="h3">
          {localized(d.thankYou.title, lang)}
        </Title>
        {d.thankYou.body && <Text style={{ whiteSpace: 'pre-line' }}>{localized(d.thankYou.body, lang)}</Text>}
      </Stack>
    );
  }
  return (
    <Stack gap="lg" lang={lang}>
      {bar}
      {logo}
      {shown.map((q, i) => {
        const titleId = `${uid}-${q.id}`;
        const flagged = tried && missing.has(q.id);
        return (
          <Stack key={q.id} gap="xs" data-question={q.id}>
            <Text id={titleId} fw={600} size="md">
              {`${i + 1}. ${localized(q.title, lang)}`}
              {q.required && (
                <Text span c="red" aria-label={text.required}>
                  {' *'}
                </Text>
              )}
            </Text>
            {q.description && (
              <Text size="sm" c="dimmed">
                {localized(q.description, lang)}
              </Text>
            )}
            <QuestionInput question={q} titleId={titleId} lang={lang} color={color} text={text} answer={answers[q.id]} onAnswer={(a) => answer(q.id, a)} />
            {flagged && (
              <Text size="xs" c="red">
                {text.required}
              </Text>
            )}
          </Stack>
        );
      })}
      {tried && missing.size > 0 && (
        <Alert color="red" variant="light" role="alert">
          {text.missing}
        </Alert>
      )}
      {failed && (
        <Alert color="red" variant="light" role="alert">
          {text.failed}
        </Alert>
      )}
      <Button color={color} onClick={() => void submit()} loading={sending} style={{ alignSelf: 'flex-start' }}>
        {failed ? text.retry : text.submit}
      </Button>
    </Stack>
  );
}
