import { readFileSync } from 'node:fs';
import { createReader } from '../../reading/read-reply.ts';
import { parseScenario } from '../../scenario/parse-scenario.ts';
import { runDrill } from '../../drill/run-drill.ts';
import { scoreDrill } from '../../scoring/score-drill.ts';
import type { ReportableAttempt } from '../build-attempt-statements.ts';

export const REPLIES = [
  '您好,我是管理處客戶服務主任小李。陳先生,非常抱歉,讓您久等了。',
  '你別激動,公司的規定就是這樣的。',
  '漏水是從什麼時候開始的?',
];

/** A real attempt: a shipped scenario played through the engine and scored, as the app stores it. */
export function sampleAttempt(scenarioId = 'angry-resident') {
  const scenario = parseScenario(JSON.parse(readFileSync(new URL(`../../../../scenarios/${scenarioId}.json`, import.meta.url), 'utf8')));
  const run = runDrill(scenario, REPLIES, { read: createReader(scenario), seed: 7, locale: 'zh-Hant' });
  const scorecard = scoreDrill(run.played, { ...run, locale: 'zh-Hant', diagnosis: null });
  const attempt: ReportableAttempt = {
    id: 'att-1',
    scenarioId,
    scenarioVersion: '1',
    locale: 'zh-Hant',
    mode: 'practice',
    replies: REPLIES.map((text, i) => ({ text, at: new Date(Date.UTC(2026, 10, 23, 9, 0, i * 30)).toISOString() })),
    startedAt: '2026-11-23T08:59:00.000Z',
    endedAt: '2026-11-23T09:02:00.000Z',
    scorecard,
  };
  return { scenario, attempt };
}
