import { describe, expect, it } from 'vitest';
import { cmi5ReturnUrl } from './return-url.ts';

const page = 'https://cdn.example.com/course/defuse/index.html#/drill/angry-resident';

describe('cmi5ReturnUrl', () => {
  it('keeps an http(s) returnURL, resolved against the page', () => {
    expect(cmi5ReturnUrl('https://lms.example.com/course/7?done=1', page)).toBe('https://lms.example.com/course/7?done=1');
    expect(cmi5ReturnUrl(' http://127.0.0.1:8080/back ', page)).toBe('http://127.0.0.1:8080/back');
    expect(cmi5ReturnUrl('/lms/return', page)).toBe('https://cdn.example.com/lms/return');
  });

  it('drops what the AU must not navigate to, or nothing at all', () => {
    expect(cmi5ReturnUrl('javascript:alert(1)', page)).toBeNull();
    expect(cmi5ReturnUrl('data:text/html,<p>hi</p>', page)).toBeNull();
    expect(cmi5ReturnUrl('', page)).toBeNull();
    expect(cmi5ReturnUrl(undefined, page)).toBeNull();
    expect(cmi5ReturnUrl(42, page)).toBeNull();
    expect(cmi5ReturnUrl('http://[bad', page)).toBeNull();
  });
});
