import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conformance } from '../../support/conformance.js';

conformance(
  {
    id: 'grok',
    origin: 'https://grok.com',
    existing: '/chat/existing-thread',
    fresh: '/',
    composer: 'form textarea',
    send: 'form button[type="submit"]',
    reactTextarea: true,
  },
  (suite) => {
    // On x.com, Grok lives under /i/grok; the rest of X is no chat and is never read.
    test('grok: on x.com only /i/grok is observed, also across in-page navigations', async () => {
      const s = suite();
      const home = await s.context.newPage();
      await home.goto('https://x.com/home');
      await home.waitForFunction(() => window.__fixture);
      await s.type(home, 'A post on my timeline, not a chat');
      await home.keyboard.press('Enter');
      await s.settle(home);

      const page = await s.context.newPage();
      await page.goto('https://x.com/i/grok');
      await page.waitForFunction(() => window.__fixture);
      const inGrok = 'I love long hikes (x.com)';
      await s.type(page, inGrok);
      await page.keyboard.press('Enter');
      await s.learned(inGrok);
      await s.settle(page);
      assert.match(page.url(), /\/i\/grok\?conversation=/);

      // Leave /i/grok without a reload: Palate stops; come back: it resumes.
      await page.evaluate(() => history.pushState({}, '', '/explore'));
      await s.type(page, 'Typed outside Grok');
      await page.keyboard.press('Enter');
      await s.settle(page);
      await page.evaluate(() => history.pushState({}, '', '/i/grok?conversation=back-thread'));
      const back = 'Back in Grok: I prefer tea (x.com)';
      await s.type(page, back);
      await page.keyboard.press('Enter');
      await s.learned(back);
      await s.settle(page);

      const texts = (await s.signals()).map((r) => r.text);
      assert.ok(!texts.some((t) => /timeline|outside Grok/.test(t)), JSON.stringify(texts));
      assert.equal(texts.filter((t) => t === back).length, 1);
      const turn = (await s.signals()).find((r) => r.text === back);
      assert.ok(turn.id.startsWith('grok:back-thread:'), `keyed by the conversation parameter: ${turn.id}`);
    });
  },
);
