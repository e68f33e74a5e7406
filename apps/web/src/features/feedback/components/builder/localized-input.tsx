import type { Localized, SurveyLanguage } from '@footprint/core';
import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  value: Localized | undefined;
  onChange: (value: Localized) => void;
  languages: readonly SurveyLanguage[];
  multiline?: boolean;
  required?: boolean;
  maxLength?: number;
}

/** One respondent-facing text: Vietnamese, and English beside it when the survey offers English. */
export function LocalizedInput({ label, value, onChange, languages, multiline, required, maxLength }: Props) {
  const { t } = useTranslation();
  const v = value ?? { vi: '' };
  const en = languages.includes('en');
  const field = (lang: SurveyLanguage) => {
    const props = {
      label: en ? t(`feedback.question.${lang}`, { label }) : label,
      value: (lang === 'vi' ? v.vi : v.en) ?? '',
      withAsterisk: required,
      maxLength,
      lang,
      onChange: (e: { currentTarget: { value: string } }) => {
        const s = e.currentTarget.value;
        onChange(lang === 'vi' ? { ...v, vi: s } : s ? { ...v, en: s } : { vi: v.vi });
      },
    };
    return multiline ? <Textarea key={lang} autosize minRows={2} {...props} /> : <TextInput key={lang} {...props} />;
  };
  return <SimpleGrid cols={{ base: 1, sm: en ? 2 : 1 }} spacing="sm">{(en ? (['vi', 'en'] as const) : (['vi'] as const)).map(field)}</SimpleGrid>;
}
