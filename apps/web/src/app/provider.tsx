import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { I18nProvider } from 'react-aria-components';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { i18n } from '../lib/i18n';
import { createQueryClient } from '../lib/query-client';

/** React Aria's components (date formats, first day of week) follow the chosen language. */
function AriaLocale({ children }: { children: ReactNode }) {
  const { i18n: instance } = useTranslation();
  return <I18nProvider locale={instance.language === 'en' ? 'en-GB' : 'sv-SE'}>{children}</I18nProvider>;
}

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <AriaLocale>{children}</AriaLocale>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
