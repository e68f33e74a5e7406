import { ZEmail, ZPassword } from '@footprint/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Form checks built on the shared schemas, with messages in the UI language. */
export function useValidators() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      required: (max = 120) => (v: string) =>
        v.trim().length === 0 ? t('validation.required') : v.trim().length > max ? t('validation.tooLong') : null,
      email: (v: string) =>
        v.trim().length === 0 ? t('validation.required') : ZEmail.safeParse(v).success ? null : t('validation.email'),
      password: (v: string) => (ZPassword.safeParse(v).success ? null : t('validation.passwordMin')),
    }),
    [t],
  );
}
