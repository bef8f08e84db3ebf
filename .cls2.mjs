import { chromium } from 'playwright-core';
const [url] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 412, height: 823 }, locale: 'en-US' });
const cdp = await p.context().newCDPSession(p);
await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6/8, uploadThroughput: 750e3/8 });
p.goto(url);
for (const t of [1500, 2500, 3500, 5000]) { await p.waitForTimeout(t === 1500 ? 1500 : 1000); await p.screenshot({ path: `/tmp/cls-${t}.png` }); console.log(t, await p.evaluate(() => document.querySelector('#root')?.innerHTML.slice(0, 600))); }
await b.close();
