import type { CaseConditions } from '@footprint/core';
import { Alert, Button, Divider, Grid, Group, Modal, Stack, Switch, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../../lib/errors';
import { conditionsOf, type ConditionsDraft } from '../lib/conditions';
import { ConditionsBuilder } from './conditions-builder';
import { RulePreview } from './rule-preview';

export interface RuleBasics {
  name: string;
  enabled: boolean;
  conditions: ConditionsDraft;
}

interface Props {
  title: string;
  initial: RuleBasics;
  /** The fields of what the rule does (priority and tags, or the department). */
  outcome: ReactNode;
  /** Why the outcome cannot be saved yet, if it cannot. */
  outcomeProblem?: string | null;
  saving: boolean;
  onClose: () => void;
  onSave: (rule: { name: string; enabled: boolean; conditions: CaseConditions }, done: { onError: (err: unknown) => void }) => void;
}

/** A trigger or a routing rule: its name and what it does, then its conditions with the live preview beside them. */
export function RuleEditor({ title, initial, outcome, outcomeProblem, saving, onClose, onSave }: Props) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const [basics, setBasics] = useState(initial);
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const result = conditionsOf(basics.conditions);
  const nameMissing = !basics.name.trim();
  const save = () => {
    setTried(true);
    setFailure(null);
    if (nameMissing || !result.ok || outcomeProblem) return;
    onSave({ name: basics.name, enabled: basics.enabled, conditions: result.conditions }, { onError: (err) => setFailure(message(err)) });
  };
  return (
    <Modal opened onClose={onClose} title={title} size="xl">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <Stack gap="md">
          <Group align="flex-end" gap="md">
            <TextInput
              label={t('supportSettings.rules.name')}
              required
              maxLength={120}
              value={basics.name}
              onChange={(e) => setBasics({ ...basics, name: e.currentTarget.value })}
              error={tried && nameMissing ? t('validation.required') : undefined}
              style={{ flex: 1 }}
              data-autofocus
            />
            <Switch label={t('supportSettings.rules.enabled')} checked={basics.enabled} onChange={(e) => setBasics({ ...basics, enabled: e.currentTarget.checked })} mb={8} />
          </Group>
          {outcome}
          {tried && outcomeProblem && (
            <Alert color="orange" variant="light" role="alert">
              {outcomeProblem}
            </Alert>
          )}
          <Divider label={t('supportSettings.rules.when')} labelPosition="left" />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Stack gap="sm">
                <ConditionsBuilder draft={basics.conditions} onChange={(conditions) => setBasics({ ...basics, conditions })} />
                {!result.ok && (tried || result.problem !== 'empty') && (
                  <Alert color="orange" variant="light" role="alert">
                    {t(`supportSettings.conditions.problems.${result.problem}`)}
                  </Alert>
                )}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <RulePreview conditions={result.ok ? result.conditions : null} />
            </Grid.Col>
          </Grid>
          {failure && (
            <Alert color="red" variant="light" role="alert">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
