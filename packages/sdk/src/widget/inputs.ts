import { localized } from '@footprint/core/feedback/survey-logic';
import { h } from './dom';
import { SMILEYS, type Texts } from './texts';
import type { Answers, Question, SurveyLanguage } from './types';

type Answer = Answers[string];
type Emit = (a: Answer | undefined) => void;

const range = (min: number, max: number): number[] => Array.from({ length: max - min + 1 }, (_, i) => min + i);

/**
 * A row of choices as native radio buttons, styled as tiles: the browser gives them a group name
 * (the fieldset's legend), one tab stop and arrow keys.
 */
function scale(name: string, values: number[], current: unknown, face: (n: number, picked: number | undefined) => string, spoken: (n: number) => string, pick: (n: number) => void, cls: string): HTMLElement {
  const faces: HTMLElement[] = [];
  const redraw = (picked: number | undefined): void => faces.forEach((f, i) => (f.textContent = face(values[i]!, picked)));
  const row = h(
    'div',
    { class: `scale ${cls}` },
    ...values.map((n) => {
      const input = h('input', { type: 'radio', name, value: n, 'aria-label': spoken(n) });
      input.checked = current === n;
      input.addEventListener('change', () => {
        redraw(n);
        pick(n);
      });
      const f = h('span', { 'aria-hidden': 'true' });
      faces.push(f);
      return h('label', { class: 'tile' }, input, f);
    }),
  );
  redraw(typeof current === 'number' ? current : undefined);
  return row;
}

const ends = (lang: SurveyLanguage, low?: { vi: string; en?: string }, high?: { vi: string; en?: string }): HTMLElement | null =>
  low || high ? h('div', { class: 'ends', 'aria-hidden': 'true' }, h('span', null, low ? localized(low, lang) : ''), h('span', null, high ? localized(high, lang) : '')) : null;

/** The control that answers one question, by its type; `titleId` names it for assistive technology. */
export function questionInput(q: Question, answer: Answer | undefined, lang: SurveyLanguage, t: Texts, titleId: string, emit: Emit): HTMLElement {
  const name = `fp-${q.id}`;
  const num = (n: number) => String(n);
  const star = (n: number, picked: number | undefined) => (picked !== undefined && n <= picked ? '★' : '☆');
  switch (q.type) {
    case 'nps':
    case 'ces': {
      const values = q.type === 'nps' ? range(0, 10) : range(1, 7);
      const low = q.lowLabel ? localized(q.lowLabel, lang) : '';
      const high = q.highLabel ? localized(q.highLabel, lang) : '';
      const spoken = (n: number) => `${n}${n === values[0] && low ? ` — ${low}` : ''}${n === values[values.length - 1] && high ? ` — ${high}` : ''}`;
      return h('div', null, scale(name, values, answer, num, spoken, emit, q.type), ends(lang, q.lowLabel, q.highLabel));
    }
    case 'csat': {
      const face = q.style === 'smileys' ? (n: number) => SMILEYS[n - 1]! : q.style === 'stars' ? star : num;
      return scale(name, range(1, 5), answer, face, (n) => `${n} — ${t.csat[n - 1]!}`, emit, q.style);
    }
    case 'rating':
      return scale(name, range(1, q.max), answer, q.style === 'stars' ? star : num, (n) => (q.style === 'stars' ? `${n} ${t.stars}` : String(n)), emit, q.style);
    case 'csi': {
      const ratings: Record<string, number> = { ...(typeof answer === 'object' && answer !== null && 'ratings' in answer ? answer.ratings : {}) };
      return h(
        'div',
        null,
        ...q.attributes.map((a) =>
          h(
            'fieldset',
            { class: 'sub' },
            h('legend', null, localized(a.label, lang)),
            scale(`${name}-${a.key}`, range(1, 5), ratings[a.key], num, (n) => `${n} — ${t.csat[n - 1]!}`, (n) => {
              ratings[a.key] = n;
              emit({ ratings: { ...ratings } });
            }, 'numbers'),
          ),
        ),
      );
    }
    case 'single': {
      const options = q.options.map((o) => [o.id, localized(o.label, lang)] as const);
      if (q.allowOther) options.push(['other', t.other]);
      return h(
        'div',
        { class: 'list' },
        ...options.map(([id, label]) => {
          const input = h('input', { type: 'radio', name, value: id });
          input.checked = answer === id;
          input.addEventListener('change', () => emit(id));
          return h('label', { class: 'item' }, input, label);
        }),
      );
    }
    case 'multiple': {
      const chosen = new Set(Array.isArray(answer) ? answer : []);
      const boxes: HTMLInputElement[] = [];
      const sync = (): void => {
        const full = q.maxChoices !== undefined && chosen.size >= q.maxChoices;
        for (const b of boxes) b.disabled = full && !b.checked;
      };
      const list = h(
        'div',
        { class: 'list' },
        q.maxChoices ? h('p', { class: 'hint' }, `${t.upTo} ${q.maxChoices}`) : null,
        ...q.options.map((o) => {
          const input = h('input', { type: 'checkbox', name, value: o.id });
          input.checked = chosen.has(o.id);
          input.addEventListener('change', () => {
            if (input.checked) chosen.add(o.id);
            else chosen.delete(o.id);
            sync();
            // In the survey's order, whatever order they were ticked in.
            const picked = q.options.map((x) => x.id).filter((x) => chosen.has(x));
            emit(picked.length ? picked : undefined);
          });
          boxes.push(input);
          return h('label', { class: 'item' }, input, localized(o.label, lang));
        }),
      );
      sync();
      return list;
    }
    case 'text': {
      const area = h('textarea', { 'aria-labelledby': titleId, maxlength: q.maxLength, rows: 3, placeholder: q.placeholder ? localized(q.placeholder, lang) : null });
      area.value = typeof answer === 'object' && answer !== null && 'text' in answer ? answer.text : '';
      area.addEventListener('input', () => emit(area.value.trim() ? { text: area.value } : undefined));
      return area;
    }
    case 'contact': {
      const details: Record<string, string> = {};
      const consent = h('input', { type: 'checkbox' });
      const update = (): void => {
        const filled: Record<string, string> = {};
        for (const k in details) if (details[k]!.trim()) filled[k] = details[k]!.trim();
        emit(consent.checked && Object.keys(filled).length ? { ...filled, consent: true } : undefined);
      };
      consent.addEventListener('change', update);
      return h(
        'div',
        { class: 'list' },
        ...q.fields.map((f) => {
          const input = h('input', { type: f === 'email' ? 'email' : f === 'phone' ? 'tel' : 'text', autocomplete: f === 'name' ? 'name' : f === 'phone' ? 'tel' : 'email', maxlength: f === 'email' ? 320 : 200 });
          input.addEventListener('input', () => {
            details[f] = input.value;
            update();
          });
          return h('label', { class: 'field' }, h('span', null, t.fields[f]), input);
        }),
        h('label', { class: 'item' }, consent, localized(q.consent, lang)),
      );
    }
  }
}
