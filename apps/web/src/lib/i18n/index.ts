import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en';
import sv from './locales/sv';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'samverkan.language';

function storedLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'sv';
}

/** Swedish by default; a choice of English is remembered in this browser. */
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { sv: { translation: sv }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'sv',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  returnNull: false,
});

function applyLanguage(language: string) {
  document.documentElement.lang = language;
}
applyLanguage(i18n.language);
i18n.on('languageChanged', (language) => {
  applyLanguage(language);
  localStorage.setItem(STORAGE_KEY, language);
});

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'sv';
}
