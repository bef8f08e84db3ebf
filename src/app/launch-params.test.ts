import { describe, expect, it } from 'vitest';
import { cleanTrainee, readLaunchParams } from './launch-params.ts';

describe('launch parameters', () => {
  it('reads lng and trainee from the search or the hash', () => {
    expect(readLaunchParams({ search: '?lng=en&trainee=S1234', hash: '' })).toEqual({ language: 'en', trainee: 'S1234' });
    expect(readLaunchParams({ search: '', hash: '#/drill/x?lng=zh-Hans&trainee=%E9%99%B3' })).toEqual({ language: 'zh-Hans', trainee: '陳' });
  });

  it('ignores unsupported languages and blank trainees', () => {
    expect(readLaunchParams({ search: '?lng=fr&trainee=%20', hash: '' })).toEqual({ language: null, trainee: null });
  });

  it('bounds the trainee id', () => {
    expect(cleanTrainee('x'.repeat(200))).toHaveLength(60);
    expect(cleanTrainee(' a\u0007b ')).toBe('ab');
  });
});
