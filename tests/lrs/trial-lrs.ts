// A local Learning Locker statement service for a trial of Defuse (README, "Trying it with a local LRS"):
//   npm ci --prefix tests/lrs/learning-locker && npx tsx tests/lrs/trial-lrs.ts [--port 8081]
// 127.0.0.1 only; statements are kept in memory until it stops (Ctrl-C, or after 8 hours).
import { startTestLrs } from './test-lrs.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};

const lrs = await startTestLrs({ key: arg('key', 'trial-key'), secret: arg('secret', 'trial-secret'), lifetimeMs: 8 * 3600_000, port: Number(arg('port', '8081')) });
console.log(`Learning Locker statement service (in memory) for a Defuse trial
  xAPI endpoint: ${lrs.endpoint}
  key:           ${arg('key', 'trial-key')}
  secret:        ${arg('secret', 'trial-secret')}   (may write and read statements)
Stop with Ctrl-C; the statements go with it.`);
process.on('SIGINT', () => void lrs.close().then(() => process.exit(0)));
