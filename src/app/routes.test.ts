import { describe, expect, it } from 'vitest';
import { parseHash, routeHref } from './routes.ts';

describe('hash routes', () => {
  it('parses the library, drills and attempts', () => {
    expect(parseHash('')).toEqual({ name: 'library' });
    expect(parseHash('#/')).toEqual({ name: 'library' });
    expect(parseHash('#/drill/angry-resident')).toEqual({ name: 'drill', scenarioId: 'angry-resident' });
    expect(parseHash('#/drill/angry-resident?lng=en')).toEqual({ name: 'drill', scenarioId: 'angry-resident' });
    expect(parseHash('#/attempt/a1b2')).toEqual({ name: 'attempt', attemptId: 'a1b2' });
  });

  it('refuses unknown or malformed paths', () => {
    expect(parseHash('#/drill/')).toEqual({ name: 'not-found', path: '/drill/' });
    expect(parseHash('#/drill/../x/y').name).toBe('not-found');
    expect(parseHash('#/drill/<script>').name).toBe('not-found');
  });

  it('parses the scorecards dashboard and its views', () => {
    expect(parseHash('#/scorecards')).toEqual({ name: 'scorecards', view: { name: 'attempts' } });
    expect(parseHash('#/scorecards/cohort')).toEqual({ name: 'scorecards', view: { name: 'cohort' } });
    expect(parseHash('#/scorecards/attempt/a-1')).toEqual({ name: 'scorecards', view: { name: 'attempt', attemptId: 'a-1' } });
    expect(parseHash('#/scorecards/nope').name).toBe('not-found');
    for (const hash of ['#/scorecards', '#/scorecards/trainee', '#/scorecards/transfer', '#/scorecards/misread', '#/scorecards/assignments', '#/scorecards/attempt/x1']) expect(routeHref(parseHash(hash))).toBe(hash);
  });

  it('round-trips', () => {
    for (const hash of ['#/', '#/drill/broken-promise', '#/attempt/xyz']) expect(routeHref(parseHash(hash))).toBe(hash);
  });
});
