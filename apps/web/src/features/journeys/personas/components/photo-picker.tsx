import { PERSONA_AVATARS, PERSONA_PHOTO_MAX_BYTES, PERSONA_PHOTO_MAX_SIDE } from '@footprint/core';
import { Button, FileButton, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DrawnAvatar, PersonaAvatar } from './persona-avatar';

/** Bytes a base64 data URL decodes to. */
const decodedBytes = (dataUrl: string) => Math.floor(((dataUrl.length - dataUrl.indexOf(',') - 1) * 3) / 4);

/** The photo drawn onto a canvas of at most 512 px a side and encoded as JPEG, lowering quality until it fits 300 KB. */
export async function resizePhoto(file: File): Promise<string | null> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, PERSONA_PHOTO_MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  for (const quality of [0.88, 0.75, 0.6, 0.45]) {
    const url = canvas.toDataURL('image/jpeg', quality);
    if (decodedBytes(url) <= PERSONA_PHOTO_MAX_BYTES) return url;
  }
  return null;
}

interface Props {
  name: string;
  photo: string | null;
  avatar: string;
  disabled?: boolean;
  onChange: (v: { photo: string | null; avatar: string }) => void;
}

/** A photo (resized here, in the browser, before it is sent) or one of the drawn avatars. */
export function PhotoPicker({ name, photo, avatar, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const pick = async (file: File | null) => {
    setError(null);
    if (!file) return;
    if (!file.type.startsWith('image/')) return setError(t('personas.photo.notImage'));
    try {
      const url = await resizePhoto(file);
      if (!url) return setError(t('personas.photo.tooLarge'));
      onChange({ photo: url, avatar });
    } catch {
      setError(t('personas.photo.notImage'));
    }
  };
  return (
    <Stack gap="sm">
      <Group gap="md" align="center">
        <PersonaAvatar name={name} photo={photo} avatar={avatar} size={96} alt={t('personas.photo.alt', { name })} />
        {!disabled && (
          <Stack gap={6}>
            <FileButton onChange={(f) => void pick(f)} accept="image/png,image/jpeg,image/webp">
              {(props) => (
                <Button {...props} size="xs" variant="light" leftSection={<IconPhotoUp size={14} aria-hidden />}>
                  {t('personas.photo.upload')}
                </Button>
              )}
            </FileButton>
            {photo && (
              <Button size="xs" variant="subtle" color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={() => onChange({ photo: null, avatar })}>
                {t('personas.photo.remove')}
              </Button>
            )}
          </Stack>
        )}
      </Group>
      <Text size="xs" c={error ? 'red' : 'dimmed'} role={error ? 'alert' : undefined}>
        {error ?? t('personas.photo.hint')}
      </Text>
      {!disabled && (
        <>
          <Text size="sm" fw={500}>
            {t('personas.photo.orAvatar')}
          </Text>
          <Group gap={6} role="radiogroup" aria-label={t('personas.photo.orAvatar')}>
            {PERSONA_AVATARS.map((a) => {
              const on = !photo && avatar === a;
              return (
                <UnstyledButton
                  key={a}
                  role="radio"
                  aria-checked={on}
                  aria-label={t(`personas.photo.avatars.${a}`)}
                  title={t(`personas.photo.avatars.${a}`)}
                  onClick={() => onChange({ photo: null, avatar: a })}
                  style={{ borderRadius: '50%', outline: on ? '3px solid var(--mantine-color-teal-6)' : '1px solid var(--mantine-color-gray-3)', outlineOffset: 1 }}
                >
                  <DrawnAvatar avatar={a} size={40} />
                </UnstyledButton>
              );
            })}
          </Group>
        </>
      )}
    </Stack>
  );
}
