import { launch, newProfile, readStore, until } from './support/browser.js';
const s = await launch(await newProfile());
try {
  const page = await s.context.newPage();
  await page.goto('https://chatgpt.com/');
  for (const t of ['I eat pretty much everything, just not mushrooms.', 'My daughter is allergic to peanuts.', 'I like my coffee black, and besides hiking I also love kayaking.']) {
    await page.click('#prompt-textarea');
    await page.keyboard.type(t);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(400);
  }
  await until(async () => (await readStore(s.worker, 'memories')).length >= 5, 10_000, 'learned');
  console.log((await readStore(s.worker, 'memories')).map((m) => `${m.polarity} ${m.topic}`).join('\n'));
  await page.click('#prompt-textarea');
  await page.keyboard.type('What should I cook for dinner tonight?');
  const tabId = await s.worker.evaluate(async () => (await chrome.tabs.query({ url: 'https://chatgpt.com/*' }))[0].id);
  const ext = await s.context.newPage();
  await ext.setViewportSize({ width: 420, height: 700 });
  await ext.goto(`chrome-extension://${s.extensionId}/extension/popup/popup.html?tab=${tabId}`);
  await ext.waitForTimeout(1500);
  await ext.screenshot({ path: '/tmp/s23/page.png', fullPage: true });
  console.log('PREAMBLE', await ext.locator('#preamble').textContent());
  console.log('WHY', await ext.locator('#why').textContent());
  await ext.click('#tab-memories');
  await ext.waitForTimeout(800);
  await ext.screenshot({ path: '/tmp/s23/mem.png', fullPage: true });
  console.log('ERRORS', JSON.stringify(s.workerErrors));
} finally {
  await s.context.close();
}
