import { SegmentedControl, type SegmentedControlProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../../../i18n';
import { useLanguage } from '../hooks/use-language';

/** The language control: a labelled radio group ("Ngôn ngữ" / "Language"), applies at once. */
export function LanguageSwitch(props: Omit<SegmentedControlProps, 'data' | 'value' | 'onChange'>) {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <SegmentedControl
      aria-label={t('language.label')}
      size="xs"
      radius="xl"
      {...props}
      value={language}
      onChange={(v) => {
        if (isLocale(v)) setLanguage(v);
      }}
      data={[
        { value: 'vi', label: t('language.vi') },
        { value: 'en', label: t('language.en') },
      ]}
    />
  );
}
