/**
 * The LMS's `returnURL` (cmi5 LMS.LaunchData) as an address the AU may navigate to: resolved against the
 * page's address, http(s) only (a `javascript:` or `data:` value from a misconfigured LMS is dropped).
 * Null when the LMS gave none or it is unusable: the app then says the window can be closed.
 */
export function cmi5ReturnUrl(raw: unknown, base: string): string | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
