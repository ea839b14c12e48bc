import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../lib/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <ToggleButtonGroup
      aria-label={t('language.label')}
      className="language-switch"
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[i18n.language]}
      onSelectionChange={(keys) => {
        const [language] = [...keys] as Language[];
        if (language) void i18n.changeLanguage(language);
      }}
    >
      {LANGUAGES.map((language) => (
        <ToggleButton key={language} id={language} lang={language}>
          {t(`language.${language}`)}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
