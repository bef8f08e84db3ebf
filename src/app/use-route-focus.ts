import { useEffect, useRef } from 'react';

/** On a route change, moves focus to the main region so keyboard and screen-reader users start at the top. */
export function useRouteFocus(routeKey: string) {
  const ref = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.focus({ preventScroll: false });
    window.scrollTo?.(0, 0);
  }, [routeKey]);
  return ref;
}
