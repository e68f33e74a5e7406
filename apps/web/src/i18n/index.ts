import type { Locale } from '@footprint/core';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { vi, type Messages } from './vi';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

const STORAGE_KEY = 'footprint.language';

export const isLocale = (v: unknown): v is Locale => v === 'vi' || v === 'en';

/** The language chosen on signed-out pages (or last used), else Vietnamese. */
function storedLanguage(): Locale {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return isLocale(v) ? v : 'vi';
  } catch {
    return 'vi';
  }
}

export function rememberLanguage(lng: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Private mode: the choice simply is not remembered.
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'vi',
  supportedLngs: ['vi', 'en'],
  interpolation: { escapeValue: false },
  initAsync: false,
  react: { useSuspense: false },
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

export const currentLocale = (): Locale => (i18n.language === 'en' ? 'en' : 'vi');

/** Switches the UI language now (no reload) and remembers it for signed-out pages. */
export function applyLanguage(lng: Locale): void {
  rememberLanguage(lng);
  if (i18n.language !== lng) void i18n.changeLanguage(lng);
}
