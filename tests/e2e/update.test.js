// An update of the extension: what an older build of the extractor misread is read
// again when the new worker starts, from the text the log kept, and the popup shows
// the corrected memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newProfile, readStore, until, stopWorker } from '../support/browser.js';

/** Make the store look as an older build left it: `turn` read as `topic`. */
function asAnOlderBuildLeftIt(worker, was, topic) {
  return worker.evaluate(
    ({ was, topic }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('palate');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['signals', 'memories', 'settings'], 'readwrite');
          tx.objectStore('signals').getAll().onsuccess = (e) => {
            for (const s of e.target.result) {
              s.items = s.items.map((i) => (i.topic === was ? { ...i, topic } : i));
              tx.objectStore('signals').put(s);
            }
          };
          tx.objectStore('memories').getAll().onsuccess = (e) => {
            for (const m of e.target.result) if (m.topic === was) tx.objectStore('memories').put({ ...m, topic });
          };
          tx.objectStore('settings').put({ key: 'read_by_build', value: 'an older build' });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { was, topic },
  );
}

test('after an update, a turn an older build misread is read again and the popup shows the better reading', async () => {
  const s = await launch(await newProfile());
  try {
    const page = await s.context.newPage();
    await page.goto('https://chatgpt.com/');
    await page.click('#prompt-textarea');
    await page.keyboard.type('I love when the sun is out');
    await page.keyboard.press('Enter');
    await until(async () => (await readStore(s.worker, 'memories')).some((m) => m.topic === 'sun'), 10_000, 'the sun learned');
    const [turn] = await readStore(s.worker, 'signals');
    assert.equal(turn.read_by, 'built-in');

    await asAnOlderBuildLeftIt(s.worker, 'sun', 'out sun');
    assert.deepEqual((await readStore(s.worker, 'memories')).map((m) => m.topic), ['out sun']);
    await stopWorker(s.context);

    // The popup wakes the updated worker, which reads the log again before answering.
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/extension/popup/popup.html`);
    await popup.waitForSelector('#memories[aria-busy="false"]', { state: 'attached', timeout: 20_000 });
    await popup.locator('#memories li.memory[data-topic="sun"]').waitFor();
    assert.equal(await popup.locator('#memories li.memory[data-topic="out sun"]').count(), 0);

    const worker = s.context.serviceWorkers()[0] ?? (await s.context.waitForEvent('serviceworker'));
    const [again] = await readStore(worker, 'signals');
    assert.deepEqual(again.items.map((i) => i.topic), ['sun']);
    assert.equal(again.text, 'I love when the sun is out');
    const read = (await readStore(worker, 'settings')).find((x) => x.key === 'read_by_build');
    assert.match(read.value, /^[0-9a-f]{16}$/);
  } finally {
    await s.context.close();
  }
});
