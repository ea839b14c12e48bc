import type { Messages } from './locales/sv';

// Checks every t('…') key against the Swedish messages at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
