import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en';
import sv from './locales/sv';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'samverkan.language';

// Storage can be switched off or full; the app then simply starts in Swedish each visit.
function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

function storeLanguage(language: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, but the switch itself still works.
  }
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
  storeLanguage(language);
});

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'sv';
}
