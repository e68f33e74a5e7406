import { normalizePairCode, type KioskConfig } from '@footprint/core';
import { Alert, Button, Card, Center, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../../lib/api';
import { pairDevice } from './api';
import type { KioskText } from './texts';

interface Props {
  text: KioskText;
  /** From the pairing link (?code=…): tried at once. */
  initialCode: string;
  notice: string | null;
  onPaired: (token: string, config: KioskConfig) => void;
}

/** The first screen of a new tablet: staff type the code from the dashboard (or opened its link). */
export function PairScreen({ text, initialCode, notice, onPaired }: Props) {
  const [code, setCode] = useState(initialCode);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const tried = useRef(false);
  const submit = async (value: string) => {
    if (!normalizePairCode(value)) {
      setError(text.badCode);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const r = await pairDevice(value);
      onPaired(r.token, r.config);
    } catch (e) {
      setError(isApiError(e) && e.code === 'pair_code_invalid' ? text.badCode : text.pairOffline);
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    if (initialCode && !tried.current) {
      tried.current = true;
      void submit(initialCode);
    }
    // Once, for the code the link carried.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <Center mih="100dvh" p="md" bg="gray.1">
      <Card withBorder radius="lg" p="xl" maw={520} w="100%">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit(code);
          }}
        >
          <Stack gap="lg">
            <Title order={1} fz={32}>
              {text.pairTitle}
            </Title>
            <Text fz="lg">{text.pairIntro}</Text>
            {notice && (
              <Alert color="orange" variant="light" role="alert">
                {notice}
              </Alert>
            )}
            <TextInput
              label={text.code}
              size="xl"
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              placeholder="XXXX-XXXX"
              autoCapitalize="characters"
              autoComplete="off"
              spellCheck={false}
              styles={{ input: { fontFamily: 'monospace', letterSpacing: 4, fontSize: 28 } }}
              error={error}
            />
            <Button type="submit" size="xl" loading={busy}>
              {text.pair}
            </Button>
          </Stack>
        </form>
      </Card>
    </Center>
  );
}
