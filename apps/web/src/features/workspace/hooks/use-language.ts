import type { Locale, Me } from '@footprint/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { applyLanguage, isLocale } from '../../../i18n';
import { patchMe } from '../api';
import { qk } from '../query-keys';

/** The UI language; changing it switches at once and, when signed in, saves it to the profile. */
export function useLanguage(): { language: Locale; setLanguage: (l: Locale) => void } {
  const { i18n } = useTranslation();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: (locale: Locale) => patchMe({ locale }),
    onSuccess: (me) => qc.setQueryData(qk.me, me),
  });
  const { mutate } = save;
  const setLanguage = useCallback(
    (l: Locale) => {
      applyLanguage(l);
      const me = qc.getQueryData<Me | null>(qk.me);
      if (me && me.user.locale !== l) mutate(l);
    },
    [qc, mutate],
  );
  return { language: isLocale(i18n.language) ? i18n.language : 'vi', setLanguage };
}
