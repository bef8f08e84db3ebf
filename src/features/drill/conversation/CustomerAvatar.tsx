import { m, useReducedMotion } from 'framer-motion';
import { useTranslation } from 'react-i18next';
import { moodOf } from './mood.ts';

interface Props {
  /** null in exam mode: a plain face, so nothing shows how the customer is scoring the trainee. */
  hostility: number | null;
  name: string;
  typing: boolean;
}

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

/** The customer's face: brows, eyes, mouth and colour follow hostility (0 calm … 100 furious). */
export function CustomerAvatar({ hostility, name, typing }: Props) {
  const { t } = useTranslation();
  const reduced = useReducedMotion() ?? false;
  const hidden = hostility === null;
  const h = hidden ? 0.3 : Math.max(0, Math.min(100, hostility)) / 100;
  const mood = hidden ? null : moodOf(hostility);
  const brow = lerp(-6, 16, h); // inner ends down as anger rises
  const mouth = lerp(9, -9, h); // smile → frown
  const eye = lerp(4.2, 1.8, h); // eyes narrow
  const flush = lerp(0, 0.55, h);
  const transition = reduced ? { duration: 0 } : { type: 'spring' as const, stiffness: 120, damping: 14 };
  const shake = !reduced && !hidden && hostility >= 75 && typing ? { x: [0, -2, 2, -1, 1, 0] } : { x: 0 };

  return (
    <figure className={`avatar mood-${mood ?? 'hidden'}`}>
      <m.svg
        viewBox="0 0 100 100"
        role="img"
        aria-label={mood ? t('drill.avatar.label', { name, mood: t(`drill.mood.${mood}`) }) : name}
        animate={shake}
        transition={reduced ? { duration: 0 } : { duration: 0.5, repeat: typing ? Infinity : 0, repeatDelay: 0.6 }}
      >
        <circle cx="50" cy="50" r="44" className="avatar-face" />
        <m.circle cx="50" cy="50" r="44" className="avatar-flush" initial={false} animate={{ opacity: flush }} transition={transition} />
        <m.path className="avatar-brow" initial={false} animate={{ d: `M27 ${36 - brow / 4} L43 ${36 + brow / 3}` }} transition={transition} />
        <m.path className="avatar-brow" initial={false} animate={{ d: `M73 ${36 - brow / 4} L57 ${36 + brow / 3}` }} transition={transition} />
        <m.ellipse cx="36" cy="46" rx="4" className="avatar-eye" initial={false} animate={{ ry: eye }} transition={transition} />
        <m.ellipse cx="64" cy="46" rx="4" className="avatar-eye" initial={false} animate={{ ry: eye }} transition={transition} />
        <m.path className="avatar-mouth" initial={false} animate={{ d: `M36 70 Q50 ${70 + mouth} 64 70` }} transition={transition} />
      </m.svg>
      <figcaption>
        <span className="avatar-name">{name}</span>{' '}
        {mood && <span className="avatar-mood">{t(`drill.mood.${mood}`)}</span>}
      </figcaption>
    </figure>
  );
}
