import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestLrs, type TestLrs } from '../../tests/lrs/test-lrs.ts';
import { checkLrs } from './check-lrs.ts';
import { basicAuth } from './xapi-client.ts';

// Against the real LRS (Learning Locker's statement service). The CORS case needs a browser: see
// tests/e2e/lrs-sync.test.ts.
let lrs: TestLrs;
beforeAll(async () => {
  lrs = await startTestLrs({ lifetimeMs: 60_000 });
});
beforeEach(() => lrs.reset());
afterAll(() => lrs.close());

const check = (endpoint: string, key = 'test-key', secret = 'test-secret') => checkLrs({ endpoint, auth: basicAuth(key, secret) });

describe('checkLrs (run when LRS settings are saved)', () => {
  it('right address and credentials: connected, and the key may read', async () => {
    expect(await check(lrs.endpoint)).toEqual({ ok: true, canRead: true });
  });

  it('says which part is wrong: the path, the secret, or the permission to read', async () => {
    expect(await check(lrs.endpoint.replace('/data/xAPI/', '/xAPI/'))).toEqual({ ok: false, problem: { kind: 'notLrs', status: 404 } });
    expect(await check(lrs.endpoint, 'test-key', 'wrong')).toEqual({ ok: false, problem: { kind: 'credentials', status: 401 } });
    lrs.addClient({ key: 'writer', secret: 'w', scopes: ['statements/write'] });
    expect(await check(lrs.endpoint, 'writer', 'w')).toEqual({ ok: true, canRead: false });
  });

  it('nothing answers: unreachable', async () => {
    lrs.setDown(true);
    expect(await check(lrs.endpoint)).toEqual({ ok: false, problem: { kind: 'unreachable', status: null } });
  });
});
