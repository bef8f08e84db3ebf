import { LazyMotion, MotionConfig } from 'framer-motion';
import type { ReactNode } from 'react';

// The animation features load on demand (LazyMotion + `m`), keeping them out of the first-visit bundle.
const loadFeatures = () => import('./motion-features.ts').then((m) => m.default);

/** `reducedMotion="user"` makes every `m.*` element honour prefers-reduced-motion. */
export function MotionProvider({ children }: { children: ReactNode }) {
  return (
    <LazyMotion features={loadFeatures} strict>
      <MotionConfig reducedMotion="user">{children}</MotionConfig>
    </LazyMotion>
  );
}
