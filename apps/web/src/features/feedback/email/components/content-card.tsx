import { renderInvitationEmail, type EmailContent, type SurveyLanguage } from '@footprint/core';
import { Card, Grid, Group, SegmentedControl, Select, Stack, Switch, Tabs, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../workspace';
import { contentProblems, type CampaignDraft, type ContentProblem } from '../draft';

/** The placeholders, passed as values so i18next prints them as written. */
const PH = { name: '{{name}}', link: '{{link}}', workspace: '{{workspace}}' };

/** Subject and body in Vietnamese (and English), with the placeholders explained and a live preview. */
export function ContentCard({ draft, publicId, onChange }: { draft: CampaignDraft; publicId: string; onChange: (d: CampaignDraft) => void }) {
  const { t } = useTranslation();
  const [lang, setLang] = useState<SurveyLanguage>('vi');
  const problems = contentProblems(draft);
  const word = (p: ContentProblem | undefined) =>
    !p
      ? undefined
      : p.code === 'required'
        ? t('validation.required')
        : p.code === 'tooLong'
          ? t('validation.tooLong')
          : p.code === 'linkMissing'
            ? t('email.content.linkMissing', PH)
            : t('email.content.unknownPlaceholder', { ...PH, placeholder: 'placeholder' in p ? p.placeholder : '' });
  const set = (l: SurveyLanguage, c: Partial<EmailContent>) => {
    const current = draft.content[l] ?? { subject: '', body: '' };
    onChange({ ...draft, content: { ...draft.content, [l]: { ...current, ...c } } });
  };
  const editor = (l: SurveyLanguage) => {
    const c = draft.content[l];
    if (!c) return null;
    return (
      <Stack gap="sm">
        <TextInput label={t('email.content.subject')} withAsterisk maxLength={200} value={c.subject} onChange={(e) => set(l, { subject: e.currentTarget.value })} error={word(problems.get(`${l}.subject`))} lang={l} />
        <Textarea label={t('email.content.body')} withAsterisk autosize minRows={8} maxRows={20} value={c.body} onChange={(e) => set(l, { body: e.currentTarget.value })} error={word(problems.get(`${l}.body`))} lang={l} />
      </Stack>
    );
  };
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Title order={3} fz="h5">
          {t('email.content.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('email.content.placeholders', PH)}
        </Text>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <Tabs value={lang} onChange={(v) => setLang(v === 'en' ? 'en' : 'vi')} keepMounted={false}>
              <Tabs.List mb="sm">
                <Tabs.Tab value="vi">{t('email.languages.vi')}</Tabs.Tab>
                <Tabs.Tab value="en">{t('email.languages.en')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="vi">{editor('vi')}</Tabs.Panel>
              <Tabs.Panel value="en">
                <Stack gap="sm">
                  <Switch
                    label={t('email.content.english')}
                    checked={draft.content.en !== null}
                    onChange={(e) => onChange({ ...draft, content: { ...draft.content, en: e.currentTarget.checked ? { subject: '{{workspace}} would love your feedback', body: 'Hello {{name}},\n\n{{link}}\n\n{{workspace}}' } : null } })}
                  />
                  {draft.content.en ? editor('en') : <Text size="sm" c="dimmed">{t('email.content.englishOff')}</Text>}
                </Stack>
              </Tabs.Panel>
            </Tabs>
            <Select
              mt="md"
              label={t('email.content.defaultLanguage')}
              allowDeselect={false}
              value={draft.defaultLanguage}
              onChange={(v) => onChange({ ...draft, defaultLanguage: v === 'en' ? 'en' : 'vi' })}
              data={[
                { value: 'vi', label: t('email.languages.vi') },
                { value: 'en', label: t('email.languages.en') },
              ]}
              w={260}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <EmailPreview content={draft.content} publicId={publicId} />
          </Grid.Col>
        </Grid>
      </Stack>
    </Card>
  );
}

/** The email as a recipient gets it, rendered by core's own renderer, in a sandboxed frame (no scripts, no navigation). */
export function EmailPreview({ content, publicId }: { content: CampaignDraft['content']; publicId: string }) {
  const { t } = useTranslation();
  const { workspace } = useSession();
  const [lang, setLang] = useState<SurveyLanguage>('vi');
  const email = useMemo(() => {
    const origin = window.location.origin;
    return renderInvitationEmail({ vi: content.vi, en: content.en ?? undefined }, lang, {
      name: t('email.content.previewName'),
      link: `${origin}/s/${publicId}?t=…`,
      workspace: workspace.name,
      unsubscribeUrl: `${origin}/u/…`,
    });
  }, [content, lang, publicId, workspace.name, t]);
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          {t('email.content.preview')}
        </Text>
        <SegmentedControl
          size="xs"
          aria-label={t('email.content.previewAs')}
          value={lang}
          onChange={(v) => setLang(v === 'en' ? 'en' : 'vi')}
          data={[
            { value: 'vi', label: t('email.languages.vi') },
            { value: 'en', label: t('email.languages.en') },
          ]}
        />
      </Group>
      <Text size="sm" data-testid="preview-subject">
        <b>{email.subject}</b>
      </Text>
      <iframe title={t('email.content.previewFrame')} sandbox="" srcDoc={email.html} style={{ width: '100%', height: 420, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8, background: '#f8f9fa' }} />
    </Stack>
  );
}
