import { describe, expect, it } from 'vitest';
import { cleanLaunchUrl, launchTrainee, readLaunch } from './launch.ts';

const actor = JSON.stringify({ objectType: 'Agent', name: 'Chan Tai Man', account: { homePage: 'https://lms.example.com', name: 'S1234' } });
const cmi5 = new URLSearchParams({ scenario: 'angry-resident', endpoint: 'https://lrs.example.com/xapi/', fetch: 'https://lms.example.com/fetch/abc', actor, registration: 'r-1', activityId: 'https://lms.example.com/au/1' });

describe('readLaunch', () => {
  it('reads a cmi5 launch', () => {
    const launch = readLaunch(`?${cmi5}`);
    expect(launch).toMatchObject({ kind: 'cmi5', scenarioId: 'angry-resident', registration: 'r-1' });
    expect(launch && launchTrainee(launch)).toBe('Chan Tai Man');
  });
  it('reads a SCORM launch', () => {
    expect(readLaunch('?lms=scorm&scenario=broken-promise')).toEqual({ kind: 'scorm', scenarioId: 'broken-promise' });
  });
  it('ignores ordinary visits, bad ids and broken actors', () => {
    expect(readLaunch('?lng=en')).toBeNull();
    expect(readLaunch('?lms=scorm&scenario=../x')).toBeNull();
    const bad = new URLSearchParams(cmi5);
    bad.set('actor', '{not json');
    expect(readLaunch(`?${bad}`)).toBeNull();
  });
  it('cleans the address: no endpoint, token URL or actor left, language kept', () => {
    const search = `?${cmi5}&lng=en`;
    const url = cleanLaunchUrl({ pathname: '/lms/defuse/index.html', search, hash: '' }, readLaunch(search)!);
    expect(url).toBe('/lms/defuse/index.html?lng=en#/drill/angry-resident');
  });
  it('keeps a SCORM launch query (no secrets; needed to find the LMS after a reload) and an existing screen', () => {
    const search = '?lms=scorm&scenario=broken-promise';
    expect(cleanLaunchUrl({ pathname: '/sco/index.html', search, hash: '' }, readLaunch(search)!)).toBe('/sco/index.html?lms=scorm&scenario=broken-promise#/drill/broken-promise');
    expect(cleanLaunchUrl({ pathname: '/sco/index.html', search, hash: '#/attempt/a1' }, readLaunch(search)!)).toBe('/sco/index.html?lms=scorm&scenario=broken-promise#/attempt/a1');
  });
});
