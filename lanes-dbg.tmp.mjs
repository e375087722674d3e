import { chromium } from 'playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto('http://127.0.0.1:4600/');
await page.getByLabel(/Dataset files/).setInputFiles('tests/fixtures/realShaped/dataset.json');
await page.waitForTimeout(1500);
await page.getByLabel('People and bodies apart').check();
await page.waitForTimeout(500);
const frame = page.locator('[data-timeline-frame]');
await frame.evaluate((element, key) => {
  element.scrollIntoView({ block: 'start' });
  const band = element.querySelector(`[data-lane="${key}"]`);
  element.scrollTop = Number(band.getAttribute('y')) + 30 - 44;
}, 'actor:vld-border-guard');
await page.waitForTimeout(300);
console.log(await page.evaluate(() => {
  const r = (s) => { const b = document.querySelector(s).getBoundingClientRect(); return [s, b.y, b.height]; };
  return [r('[data-timeline-frame]'), r('.sticky-axis'), r('[data-lane-label="actor:vld"]'), r('[data-lane-label="actor:vld-border-guard"]'), r('[data-lane="actor:vld-border-guard"]'), r('[data-lane="actor:vld"]')];
}));
await page.screenshot({ path: '/tmp/x/dbg.png' });
await browser.close();
