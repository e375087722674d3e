import { chromium } from 'playwright';
const [,, file, out, w, h, scheme, collapse, scroll] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme });
await page.goto('http://127.0.0.1:4600/');
await page.getByLabel(/Dataset files/).setInputFiles(file);
await page.waitForTimeout(1500);
await page.getByLabel('People and bodies apart').check();
await page.waitForTimeout(500);
if (collapse === 'all') {
  for (const b of await page.locator('[data-lane-group]').all()) { if ((await b.getAttribute('aria-expanded')) === 'true') await b.click(); }
} else if (collapse && collapse !== 'none') {
  await page.locator('[data-lane-group]').nth(+collapse).click();
}
await page.waitForTimeout(400);
const frame = page.locator('[data-timeline-frame]');
await frame.scrollIntoViewIfNeeded();
await page.evaluate(() => { const f = document.querySelector('[data-timeline-frame]'); f.scrollIntoView({block:'start'}); });
if (scroll) await frame.evaluate((f, s) => (f.scrollTop = s), +scroll);
await page.waitForTimeout(400);
await page.screenshot({ path: out });
console.log(await page.locator('[data-lane-group]').evaluateAll(bs => bs.map(b => b.getAttribute('aria-label') + ' ' + b.getAttribute('aria-expanded'))));
await browser.close();
