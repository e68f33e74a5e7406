import { localized, type Answer, type Question, type SurveyLanguage } from '@footprint/core';
import { SimpleGrid, UnstyledButton } from '@mantine/core';
import { QuestionInput } from '../../components/renderer/question-input';
import { RENDERER_TEXT } from '../../components/renderer/texts';
import { Face } from './face';

interface Props {
  question: Question;
  titleId: string;
  lang: SurveyLanguage;
  color: string;
  answer: Answer | undefined;
  onAnswer: (a: Answer | undefined) => void;
}

/** A choice as a big tile: a finger on a counter tablet, not a mouse. */
function Tile({ label, selected, color, onClick }: { label: string; selected: boolean; color: string; onClick: () => void }) {
  return (
    <UnstyledButton
      onClick={onClick}
      aria-pressed={selected}
      style={{
        minHeight: 72,
        padding: '12px 20px',
        borderRadius: 16,
        border: `2px solid ${selected ? color : 'var(--mantine-color-gray-3)'}`,
        background: selected ? color : 'white',
        color: selected ? 'white' : 'inherit',
        fontSize: 22,
        fontWeight: 600,
        textAlign: 'center',
      }}
    >
      {label}
    </UnstyledButton>
  );
}

/** The five faces, as big as the screen allows; each says its meaning to screen readers. */
export function Smileys({ lang, color, value, onPick }: { lang: SurveyLanguage; color: string; value?: number | undefined; onPick: (n: number) => void }) {
  const words = RENDERER_TEXT[lang].csat;
  return (
    <SimpleGrid cols={5} spacing="md" w="100%" maw={960}>
      {([1, 2, 3, 4, 5] as const).map((level, i) => (
        <UnstyledButton
          key={level}
          aria-label={words[i]}
          aria-pressed={value === i + 1}
          onClick={() => onPick(i + 1)}
          style={{
            aspectRatio: '1 / 1.15',
            borderRadius: 24,
            border: `3px solid ${value === i + 1 ? color : 'transparent'}`,
            background: 'white',
            boxShadow: '0 4px 16px rgba(0,0,0,0.08)',
            display: 'flex',
            flexDirection: 'column',
            alignItems: 'center',
            justifyContent: 'center',
            gap: 8,
          }}
        >
          <Face level={level} size="min(13vw, 112px)" />
          <span aria-hidden style={{ fontSize: 'min(2.4vw, 18px)', color: 'var(--mantine-color-gray-7)', textAlign: 'center' }}>
            {words[i]}
          </span>
        </UnstyledButton>
      ))}
    </SimpleGrid>
  );
}

/**
 * A follow-up question at kiosk size: choices as big tiles, everything else with the survey
 * renderer's own inputs (the same validation and logic as every channel).
 */
export function KioskQuestion({ question: q, titleId, lang, color, answer, onAnswer }: Props) {
  const text = RENDERER_TEXT[lang];
  if (q.type === 'single') {
    const options = [...q.options.map((o) => ({ id: o.id, label: localized(o.label, lang) })), ...(q.allowOther ? [{ id: 'other', label: text.other }] : [])];
    return (
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" role="group" aria-labelledby={titleId}>
        {options.map((o) => (
          <Tile key={o.id} label={o.label} selected={answer === o.id} color={color} onClick={() => onAnswer(o.id)} />
        ))}
      </SimpleGrid>
    );
  }
  if (q.type === 'multiple') {
    const chosen = Array.isArray(answer) ? answer : [];
    const toggle = (id: string) => {
      const next = chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id];
      onAnswer(next.length > 0 && next.length <= (q.maxChoices ?? q.options.length) ? next : next.length === 0 ? undefined : chosen);
    };
    return (
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" role="group" aria-labelledby={titleId}>
        {q.options.map((o) => (
          <Tile key={o.id} label={localized(o.label, lang)} selected={chosen.includes(o.id)} color={color} onClick={() => toggle(o.id)} />
        ))}
      </SimpleGrid>
    );
  }
  return <QuestionInput question={q} titleId={titleId} lang={lang} color={color} text={text} answer={answer} onAnswer={onAnswer} />;
}
