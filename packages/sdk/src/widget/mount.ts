// The widget bundle (dist/footprint-widget.js), loaded by the SDK only when a survey is due.
import { answerProblem, localized, visibleQuestions } from '@footprint/core/feedback/survey-logic';
import { h } from './dom';
import { questionInput } from './inputs';
import { CSS } from './styles';
import { TEXTS } from './texts';
import type { Answers, MountOptions, Mounted, SurveyDefinition } from './types';

/** The language to ask in: the page's (`<html lang>`, else the browser's) when the survey offers it. */
export function pickLanguage(offered: readonly string[], pageLang: string): 'vi' | 'en' {
  const wanted = /^en\b/i.test(pageLang) ? 'en' : 'vi';
  return offered.includes(wanted) ? wanted : offered[0] === 'en' ? 'en' : 'vi';
}

const FOCUSABLE = 'button,input:not([disabled]),textarea,[tabindex="0"]';

/**
 * Shows one survey in a shadow root: one question at a time with the survey's logic, answers saved
 * as they are given (partial) and completed at the end, a thank-you, and a close button. A dialog:
 * labelled, Escape closes, keyboard only works; the centred one is modal (focus stays inside).
 */
export function mount(o: MountOptions): Mounted {
  // Built by the server from a validated definition; trusted for its shape.
  const d = o.survey.definition as unknown as SurveyDefinition;
  const lang = pickLanguage(d.languages, document.documentElement.lang || navigator.language);
  const t = TEXTS[lang];
  const modal = o.survey.position === 'center';
  const color = /^#[0-9a-f]{6}$/i.test(d.brand?.color ?? '') ? d.brand.color : '#0c8599';
  const host = h('div', { 'data-footprint-widget': '' });
  const root = host.attachShadow({ mode: 'open' });
  const panel = h('div', { class: `panel ${o.survey.position}`, role: 'dialog', 'aria-modal': modal ? 'true' : null, 'aria-labelledby': 'fp-h', tabindex: '-1', style: `--c:${color}` });
  const body = h('div');
  const close = h('button', { type: 'button', class: 'x', 'aria-label': t.close, onclick: () => dismiss() }, '×');
  panel.append(close, body);
  root.append(h('style', null, CSS), ...(modal ? [h('div', { class: 'backdrop' })] : []), panel);

  const responseId = o.responseId;
  const answers: Answers = {};
  let step = d.welcome?.enabled ? -1 : 0;
  let finished = false;
  let sending = false;
  const previous = document.activeElement;
  /** Whether the person is working in the widget: a new step then takes the focus along. */
  let inside = false;
  panel.addEventListener('focusin', () => (inside = true));
  panel.addEventListener('focusout', (e) => {
    // Moving elsewhere in the page; a control removed by a re-render gives no such target.
    if (e.relatedTarget instanceof Node && !panel.contains(e.relatedTarget)) inside = false;
  });

  const shown = () => visibleQuestions(d, answers);
  const payload = (complete: boolean) => {
    const ids = new Set(shown().map((q) => q.id));
    const given: Answers = {};
    for (const k in answers) if (ids.has(k)) given[k] = answers[k]!;
    return {
      surveyId: o.survey.id,
      responseId,
      impressionId: o.impressionId,
      answers: given,
      language: lang,
      complete,
      anonymousId: o.anonymousId,
      ...(o.userId ? { userId: o.userId } : {}),
      ...(o.touchpointId ? { touchpointId: o.touchpointId } : {}),
    };
  };

  const button = (label: string, onclick: () => void, alt?: boolean) => h('button', { type: 'button', class: alt ? 'btn alt' : 'btn', onclick }, label);
  const heading = (text: string) => h('h2', { id: 'fp-h', tabindex: '-1' }, text);
  const error = h('p', { class: 'err', role: 'alert' });

  function render(): void {
    error.textContent = '';
    body.textContent = '';
    if (finished) {
      body.append(heading(localized(d.thankYou.title, lang)), d.thankYou.body ? h('p', null, localized(d.thankYou.body, lang)) : '', h('div', { class: 'nav' }, button(t.close, () => remove())));
    } else if (step < 0 && d.welcome) {
      const w = d.welcome;
      body.append(heading(localized(w.title, lang)), w.body ? h('p', null, localized(w.body, lang)) : '', h('div', { class: 'nav' }, button(w.button ? localized(w.button, lang) : t.start, () => go(0))));
    } else {
      const q = shown()[step]!;
      // Whether this is the last question depends on its answer (a detractor gets a follow-up).
      const label = () => (step === shown().length - 1 ? t.send : t.next);
      const legend = h('legend', { id: 'fp-h' }, localized(q.title, lang), q.required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : h('span', { class: 'hint' }, ` ${t.optional}`));
      const field = h(
        'fieldset',
        { 'aria-describedby': q.description ? 'fp-d' : null, 'aria-required': q.required ? 'true' : null },
        legend,
        q.description ? h('p', { id: 'fp-d', class: 'hint' }, localized(q.description, lang)) : null,
        questionInput(q, answers[q.id], lang, t, 'fp-h', (a) => {
          if (a === undefined) delete answers[q.id];
          else answers[q.id] = a;
          error.textContent = '';
          primary.textContent = label();
        }),
      );
      const primary = button(label(), () => next());
      const nav = h('div', { class: 'nav' }, step > 0 ? button(t.back, () => go(step - 1), true) : null, primary);
      if (sending) for (const b of nav.querySelectorAll('button')) b.disabled = true;
      body.append(field, error, nav);
    }
    if (inside) focusIn();
  }

  /** Into the step: its first control, or its heading (welcome, thank-you). */
  function focusIn(): void {
    const target = finished || step < 0 ? body.querySelector<HTMLElement>('h2') : body.querySelector<HTMLElement>('input:not([disabled]),textarea');
    target?.focus();
  }

  function go(to: number): void {
    step = to;
    render();
  }

  function next(): void {
    const list = shown();
    const q = list[step]!;
    const a = answers[q.id];
    if (a === undefined ? q.required : answerProblem(q, a) !== null) {
      error.textContent = a === undefined ? t.required : t.invalid;
      body.querySelector<HTMLElement>('input,textarea')?.focus();
      return;
    }
    const after = shown();
    if (step + 1 < after.length) {
      // Answers so far are kept even if the person leaves now.
      if (a !== undefined) o.post('/responses', payload(false)).catch(() => {});
      return go(step + 1);
    }
    send();
  }

  function send(): void {
    sending = true;
    render();
    o.post('/responses', payload(true))
      .then(() => {
        finished = true;
        sending = false;
        render();
      })
      .catch(() => {
        sending = false;
        render();
        error.textContent = t.failed;
      });
  }

  function dismiss(): void {
    // keepalive: the page may be on its way out.
    if (!finished) o.post(`/impressions/${o.impressionId}/dismiss`, {}, true).catch(() => {});
    remove();
  }

  function remove(): void {
    if (!host.isConnected) return;
    const inside = root.activeElement !== null;
    host.remove();
    if (inside && previous instanceof HTMLElement) previous.focus();
    o.onClose();
  }

  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      return dismiss();
    }
    if (e.key !== 'Tab' || !modal) return;
    // The centred dialog is modal: Tab cycles inside it.
    const all = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = all[0];
    const last = all[all.length - 1];
    if (e.shiftKey && (root.activeElement === first || root.activeElement === panel)) {
      e.preventDefault();
      last?.focus();
    } else if (!e.shiftKey && root.activeElement === last) {
      e.preventDefault();
      first?.focus();
    }
  });

  render();
  document.body.append(host);
  // Someone typing in the page keeps their focus (a corner card must not steal keystrokes); otherwise,
  // and always for the modal dialog, focus moves into the survey so it is announced and usable at once.
  const typing = previous instanceof HTMLElement && (previous.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(previous.tagName));
  if (modal || !typing) focusIn();
  return { remove: () => (host.remove(), o.onClose()) };
}
