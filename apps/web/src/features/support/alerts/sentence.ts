import type { Notification } from '@footprint/core';
import type { TFunction } from 'i18next';

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : null);

/**
 * One alert as a sentence in the reader's language, from its kind and its facts — the same
 * sentences the alert emails use (server: support/alerts/render.ts).
 */
export function alertSentence(n: Pick<Notification, 'kind' | 'data' | 'case'>, t: TFunction, lang: string): string {
  const d = n.data;
  const number = n.case ? `#${n.case.number}` : str(d.number) ? `#${str(d.number)}` : '';
  const department = str(lang === 'en' ? d.departmentNameEn : d.departmentNameVi) ?? str(d.departmentNameVi) ?? str(d.departmentName);
  const by = str(d.byName);
  switch (n.kind) {
    case 'negative_feedback': {
      const score = str(d.score);
      const metric = str(d.metric)?.toUpperCase();
      return t('alerts.sentence.negative_feedback', { number, score: score ? (metric ? ` (${metric} ${score})` : ` (${score})`) : '' });
    }
    case 'sla_breach': {
      const target = str(d.target);
      if (target === 'handoff') return department ? t('alerts.sentence.sla_handoff', { number, department }) : t('alerts.sentence.sla_handoff_nodept', { number });
      return t(target === 'first_response' ? 'alerts.sentence.sla_first_response' : 'alerts.sentence.sla_resolution', { number });
    }
    case 'assigned':
      return by ? t('alerts.sentence.assigned_by', { number, by }) : t('alerts.sentence.assigned', { number });
    case 'mention':
      return by ? t('alerts.sentence.mention', { number, by }) : t('alerts.sentence.mention_anon', { number });
    case 'handoff': {
      // `direction` (the case engine's word) or `event`: asked of the reader's department, or answered back.
      if ((str(d.direction) ?? str(d.event)) === 'answered') {
        const who = str(d.toDepartment) ?? department;
        return who ? t('alerts.sentence.handoff_answered', { number, department: who }) : t('alerts.sentence.handoff_answered_nodept', { number });
      }
      const from = str(d.fromDepartment);
      return from ? t('alerts.sentence.handoff_asked', { number, department: from }) : t('alerts.sentence.handoff_asked_nodept', { number });
    }
  }
}
