import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { vi } from '../i18n/vi';
import { isApiError } from './api';

type ErrorKey = keyof typeof vi.errors;
const isErrorKey = (code: string): code is ErrorKey => Object.hasOwn(vi.errors, code);

/** A person-facing message for any thrown value: translated by `code`, else the server's text. */
export function useErrorMessage(): (err: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (err: unknown) => {
      if (!isApiError(err)) return t('errors.unknown');
      if (err.code === 'account_locked' && err.retryAfter) {
        return t('errors.account_locked_minutes', { minutes: Math.max(1, Math.ceil(err.retryAfter / 60)) });
      }
      if (isErrorKey(err.code)) return t(`errors.${err.code}`);
      return err.message || t('errors.unknown');
    },
    [t],
  );
}

export interface FieldIssue {
  field: string;
  message: string;
}

const CONTEXTS = new Set(['body', 'querystring', 'params', 'headers']);

/** `validation_failed` issues as form field paths (the server prefixes them with `body`). */
export function validationIssues(err: unknown): FieldIssue[] {
  if (!isApiError(err) || err.code !== 'validation_failed') return [];
  const details = err.details;
  if (typeof details !== 'object' || details === null || !('issues' in details) || !Array.isArray(details.issues)) {
    return [];
  }
  const out: FieldIssue[] = [];
  const issues: unknown[] = details.issues;
  for (const issue of issues) {
    if (typeof issue !== 'object' || issue === null) continue;
    const path = 'path' in issue && Array.isArray(issue.path) ? issue.path.map(String) : [];
    const message = 'message' in issue && typeof issue.message === 'string' ? issue.message : '';
    const parts = path.length > 0 && CONTEXTS.has(path[0]!) ? path.slice(1) : path;
    if (parts.length > 0 && message) out.push({ field: parts.join('.'), message });
  }
  return out;
}

/**
 * Puts server validation messages on the matching form fields.
 * Returns true when at least one field got a message (so no separate banner is needed).
 */
export function applyFieldErrors(
  err: unknown,
  fields: readonly string[],
  setFieldError: (field: string, message: string) => void,
  messageFor: (serverMessage: string) => string = (m) => m,
): boolean {
  let applied = false;
  for (const issue of validationIssues(err)) {
    const field = fields.find((f) => issue.field === f || issue.field.startsWith(`${f}.`));
    if (field) {
      setFieldError(field, messageFor(issue.message));
      applied = true;
    }
  }
  return applied;
}

/**
 * `applyFieldErrors` with people-facing text: validator messages come from the schema library in
 * English, so Vietnamese readers get a translated generic message on the field instead.
 */
export function useApplyFieldErrors(): (
  err: unknown,
  fields: readonly string[],
  setFieldError: (field: string, message: string) => void,
) => boolean {
  const { t, i18n } = useTranslation();
  return useCallback(
    (err, fields, setFieldError) =>
      applyFieldErrors(err, fields, setFieldError, (m) => (i18n.language === 'en' ? m : t('validation.invalid'))),
    [t, i18n],
  );
}
