import { PERSONA_AVATARS, type PersonaAvatar as AvatarKey } from '@footprint/core';
import { Avatar } from '@mantine/core';

interface Look {
  bg: string;
  skin: string;
  hair: string;
  style: 'long' | 'short' | 'bun' | 'bald' | 'cap';
  glasses?: boolean;
  beard?: boolean;
}

/** Each drawn avatar's look: background, skin, hair and a detail, painted as a small SVG. */
const LOOKS: Record<AvatarKey, Look> = {
  'woman-young': { bg: '#fde2e4', skin: '#f6d1b5', hair: '#2b1d14', style: 'long' },
  woman: { bg: '#e3f2fd', skin: '#eec3a0', hair: '#3b2a20', style: 'long', glasses: true },
  'woman-elder': { bg: '#ede7f6', skin: '#e8bf9c', hair: '#b0aeb4', style: 'bun', glasses: true },
  'man-young': { bg: '#e0f7fa', skin: '#f1c9a5', hair: '#1f1a17', style: 'short' },
  man: { bg: '#fff3e0', skin: '#e0b18b', hair: '#2f241c', style: 'short', beard: true },
  'man-elder': { bg: '#f1f8e9', skin: '#dcae88', hair: '#c9c6c2', style: 'bald', glasses: true },
  mother: { bg: '#fce4ec', skin: '#f3caa8', hair: '#3a2418', style: 'bun' },
  student: { bg: '#e8eaf6', skin: '#f5d0b0', hair: '#111111', style: 'short', glasses: true },
  office: { bg: '#e1f5fe', skin: '#eac09d', hair: '#231a15', style: 'short', glasses: true },
  shopkeeper: { bg: '#fff8e1', skin: '#e6b894', hair: '#4a3426', style: 'bun' },
  farmer: { bg: '#f9fbe7', skin: '#d9a57c', hair: '#7a5a2e', style: 'cap' },
  retiree: { bg: '#eceff1', skin: '#e4b995', hair: '#dddddd', style: 'short', glasses: true },
};

export const isAvatarKey = (v: string): v is AvatarKey => (PERSONA_AVATARS as readonly string[]).includes(v);

/** A drawn face: enough to tell personas apart at a glance, never mistaken for a photo. */
export function DrawnAvatar({ avatar, size }: { avatar: AvatarKey; size: number }) {
  const l = LOOKS[avatar];
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden focusable="false" style={{ display: 'block', borderRadius: '50%' }}>
      <rect width="64" height="64" fill={l.bg} />
      {l.style === 'long' && <path d="M14 34 Q14 12 32 12 Q50 12 50 34 L50 52 L14 52 Z" fill={l.hair} />}
      <path d="M16 64 Q16 48 32 48 Q48 48 48 64 Z" fill="#90a4ae" />
      <rect x="28" y="40" width="8" height="10" fill={l.skin} />
      <circle cx="32" cy="30" r="13" fill={l.skin} />
      {l.style === 'short' && <path d="M19 28 Q19 15 32 15 Q45 15 45 28 Q40 21 32 21 Q24 21 19 28 Z" fill={l.hair} />}
      {l.style === 'long' && <path d="M19 29 Q20 16 32 16 Q44 16 45 29 Q38 20 32 22 Q25 20 19 29 Z" fill={l.hair} />}
      {l.style === 'bun' && (
        <>
          <circle cx="32" cy="13" r="6" fill={l.hair} />
          <path d="M19 28 Q19 16 32 16 Q45 16 45 28 Q39 20 32 20 Q25 20 19 28 Z" fill={l.hair} />
        </>
      )}
      {l.style === 'bald' && <path d="M19 30 Q19 24 21 22 L21 30 Z M45 30 Q45 24 43 22 L43 30 Z" fill={l.hair} />}
      {l.style === 'cap' && <path d="M17 24 Q18 13 32 13 Q46 13 47 24 Q40 19 32 19 Q24 19 17 24 Z M10 24 L26 24 L26 26 L10 26 Z" fill="#558b2f" />}
      <circle cx="27" cy="30" r="1.6" fill="#2d2d2d" />
      <circle cx="37" cy="30" r="1.6" fill="#2d2d2d" />
      {l.glasses && (
        <g fill="none" stroke="#37474f" strokeWidth="1.2">
          <circle cx="27" cy="30" r="4" />
          <circle cx="37" cy="30" r="4" />
          <path d="M31 30 L33 30" />
        </g>
      )}
      {l.beard ? <path d="M22 34 Q32 48 42 34 Q38 40 32 40 Q26 40 22 34 Z" fill={l.hair} /> : <path d="M28 36 Q32 39 36 36" stroke="#8d4a3a" strokeWidth="1.4" fill="none" strokeLinecap="round" />}
    </svg>
  );
}

const initialsOf = (name: string) =>
  name
    .split('—')[0]!
    .trim()
    .split(/\s+/)
    .slice(-2)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');

/** A persona's face: its photo, else its drawn avatar, else its initials. */
export function PersonaAvatar({ name, photo, avatar, size = 48, alt }: { name: string; photo: string | null; avatar: string; size?: number; alt?: string }) {
  if (photo) return <Avatar src={photo} alt={alt ?? name} size={size} radius="xl" />;
  if (isAvatarKey(avatar)) {
    return (
      <span role="img" aria-label={alt ?? name} style={{ display: 'inline-block', width: size, height: size, flex: 'none' }}>
        <DrawnAvatar avatar={avatar} size={size} />
      </span>
    );
  }
  return (
    <Avatar size={size} radius="xl" color="teal" alt={alt ?? name}>
      {initialsOf(name)}
    </Avatar>
  );
}
