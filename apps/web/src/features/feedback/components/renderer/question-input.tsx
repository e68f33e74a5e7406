import { localized, type Answer, type Question, type SurveyLanguage } from '@footprint/core';
import { Checkbox, Group, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { ScaleInput } from './scale-input';
import { SMILEYS, type RendererText } from './texts';
import { useState } from 'react';

interface Props {
  question: Question;
  titleId: string;
  lang: SurveyLanguage;
  color: string;
  text: RendererText;
  answer: Answer | undefined;
  onAnswer: (a: Answer | undefined) => void;
}

const range = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, i) => min + i);
const star = (filled: boolean) => <span aria-hidden>{filled ? '★' : '☆'}</span>;

/** The answering control of one question, by its type. Texts are plain React text, never HTML. */
export function QuestionInput({ question: q, titleId, lang, color, text, answer, onAnswer }: Props) {
  const num = typeof answer === 'number' ? answer : undefined;
  const ends = (low?: { vi: string; en?: string }, high?: { vi: string; en?: string }) =>
    low || high ? (
      <Group justify="space-between" gap="xs" aria-hidden>
        <Text size="xs" c="dimmed">
          {low ? localized(low, lang) : ''}
        </Text>
        <Text size="xs" c="dimmed" ta="right">
          {high ? localized(high, lang) : ''}
        </Text>
      </Group>
    ) : null;
  const scale = (values: number[], face: (n: number, sel: boolean) => React.ReactNode, spoken: (n: number) => string, minWidth?: number) => (
    <ScaleInput labelledBy={titleId} values={values} value={num} onChange={onAnswer} face={face} spoken={spoken} color={color} minWidth={minWidth} />
  );
  switch (q.type) {
    case 'nps':
    case 'ces': {
      const values = q.type === 'nps' ? range(0, 10) : range(1, 7);
      const low = q.lowLabel ? localized(q.lowLabel, lang) : null;
      const high = q.highLabel ? localized(q.highLabel, lang) : null;
      const spoken = (n: number) => `${n}${n === values[0] && low ? ` — ${low}` : ''}${n === values.at(-1) && high ? ` — ${high}` : ''}`;
      return (
        <Stack gap={6}>
          {scale(values, (n) => n, spoken, q.type === 'nps' ? 36 : 40)}
          {ends(q.lowLabel, q.highLabel)}
        </Stack>
      );
    }
    case 'csat': {
      const values = range(1, 5);
      if (q.style === 'smileys') return scale(values, (n) => <span aria-hidden style={{ fontSize: 24 }}>{SMILEYS[n - 1]}</span>, (n) => text.csat[n - 1]!, 48);
      if (q.style === 'stars') return scale(values, (n) => star(num !== undefined && n <= num), (n) => `${text.stars(n)} — ${text.csat[n - 1]!}`);
      return scale(values, (n) => n, (n) => `${n} — ${text.csat[n - 1]!}`);
    }
    case 'rating':
      return q.style === 'stars' ? scale(range(1, q.max), (n) => star(num !== undefined && n <= num), text.stars) : scale(range(1, q.max), (n) => n, text.score);
    case 'csi': {
      const ratings = typeof answer === 'object' && !Array.isArray(answer) && 'ratings' in answer ? answer.ratings : {};
      return (
        <Stack gap="sm">
          {q.attributes.map((a) => {
            const id = `${titleId}-${a.key}`;
            return (
              <Stack key={a.key} gap={4}>
                <Text id={id} size="sm">
                  {localized(a.label, lang)}
                </Text>
                <ScaleInput
                  labelledBy={id}
                  values={range(1, 5)}
                  value={ratings[a.key]}
                  onChange={(n) => onAnswer({ ratings: { ...ratings, [a.key]: n } })}
                  face={(n) => n}
                  spoken={(n) => `${n} — ${text.csat[n - 1]!}`}
                  color={color}
                />
              </Stack>
            );
          })}
        </Stack>
      );
    }
    case 'single':
      return (
        <Radio.Group aria-labelledby={titleId} value={typeof answer === 'string' ? answer : null} onChange={(v) => onAnswer(v)}>
          <Stack gap="xs">
            {q.options.map((o) => (
              <Radio key={o.id} value={o.id} label={localized(o.label, lang)} color={color} />
            ))}
            {q.allowOther && <Radio value="other" label={text.other} color={color} />}
          </Stack>
        </Radio.Group>
      );
    case 'multiple': {
      const chosen = Array.isArray(answer) ? answer : [];
      const full = q.maxChoices !== undefined && chosen.length >= q.maxChoices;
      return (
        <Checkbox.Group aria-labelledby={titleId} value={chosen} onChange={(v) => onAnswer(v.length ? v : undefined)} description={q.maxChoices ? text.chooseUpTo(q.maxChoices) : undefined}>
          <Stack gap="xs" mt={q.maxChoices ? 'xs' : 0}>
            {q.options.map((o) => (
              <Checkbox key={o.id} value={o.id} label={localized(o.label, lang)} color={color} disabled={full && !chosen.includes(o.id)} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    }
    case 'text':
      return (
        <Textarea
          aria-labelledby={titleId}
          placeholder={q.placeholder ? localized(q.placeholder, lang) : undefined}
          maxLength={q.maxLength}
          autosize
          minRows={3}
          value={typeof answer === 'object' && !Array.isArray(answer) && 'text' in answer ? answer.text : ''}
          onChange={(e) => onAnswer(e.currentTarget.value.trim() ? { text: e.currentTarget.value } : undefined)}
        />
      );
    case 'contact':
      return <ContactInput question={q} lang={lang} text={text} color={color} onAnswer={onAnswer} />;
  }
}

type ContactQuestion = Extract<Question, { type: 'contact' }>;
type Details = Partial<Record<ContactQuestion['fields'][number], string>>;

/** Contact details count as an answer only with consent ticked and at least one field filled. */
function ContactInput({ question: q, lang, text, color, onAnswer }: { question: ContactQuestion; lang: SurveyLanguage; text: RendererText; color: string; onAnswer: (a: Answer | undefined) => void }) {
  const [details, setDetails] = useState<Details>({});
  const [consent, setConsent] = useState(false);
  const emit = (d: Details, c: boolean) => {
    const filled = Object.fromEntries(Object.entries(d).filter(([, v]) => v && v.trim()));
    onAnswer(c && Object.keys(filled).length > 0 ? { ...filled, consent: true } : undefined);
  };
  return (
    <Stack gap="xs">
      {q.fields.map((f) => (
        <TextInput
          key={f}
          label={text.fields[f]}
          type={f === 'email' ? 'email' : f === 'phone' ? 'tel' : 'text'}
          autoComplete={f === 'name' ? 'name' : f === 'phone' ? 'tel' : 'email'}
          value={details[f] ?? ''}
          onChange={(e) => {
            const next = { ...details, [f]: e.currentTarget.value };
            setDetails(next);
            emit(next, consent);
          }}
        />
      ))}
      <Checkbox
        label={localized(q.consent, lang)}
        checked={consent}
        color={color}
        onChange={(e) => {
          setConsent(e.currentTarget.checked);
          emit(details, e.currentTarget.checked);
        }}
      />
    </Stack>
  );
}
