// Reads Palate's composer chip from a test. The chip lives in a closed shadow root,
// out of reach of the page and of Playwright's selectors; the DevTools protocol's DOM
// domain sees through it (pierce), as the DevTools Elements panel does. Clicks then go
// through the real mouse at the buttons' positions, so a covered button fails.

/** @type {WeakMap<import('playwright-core').Page, import('playwright-core').CDPSession>} */
const sessions = new WeakMap();

async function cdp(page) {
  if (!sessions.has(page)) sessions.set(page, await page.context().newCDPSession(page));
  return sessions.get(page);
}

/** Runs in the page with `this` = the chip's shadow root. */
function describe() {
  const chip = this.querySelector('.chip');
  const host = this.host;
  const rect = (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height, cx: r.x + r.width / 2, cy: r.y + r.height / 2 };
  };
  const insert = this.querySelector('button.insert');
  const dismiss = this.querySelector('button.dismiss');
  return {
    text: this.querySelector('.text').textContent,
    tokens: this.querySelector('.tokens').textContent,
    role: chip.getAttribute('role'),
    label: chip.getAttribute('aria-label'),
    offers: !insert.hidden,
    insert: { ...rect(insert), tag: insert.tagName, shortcut: insert.getAttribute('aria-keyshortcuts') },
    dismiss: { ...rect(dismiss), tag: dismiss.tagName, label: dismiss.getAttribute('aria-label') },
    host: rect(host),
    background: getComputedStyle(chip).backgroundColor,
  };
}

/**
 * The chip as shown now, or null when there is none.
 * @param {import('playwright-core').Page} page
 */
export async function chip(page) {
  try {
    return await read(page);
  } catch (e) {
    // Removed between two protocol calls: it is gone.
    if (/find node|No node|Node with given id/i.test(e.message)) return null;
    throw e;
  }
}

async function read(page) {
  const session = await cdp(page);
  const { root } = await session.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'palate-chip' });
  if (!nodeId) return null;
  const { node } = await session.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) throw new Error('the chip has no shadow root');
  const { object } = await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  const { result, exceptionDetails } = await session.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: describe.toString(),
    returnByValue: true,
  });
  await session.send('Runtime.releaseObject', { objectId: object.objectId });
  if (exceptionDetails) throw new Error(`reading the chip: ${exceptionDetails.exception?.description}`);
  return { ...result.value, shadowMode: shadow.shadowRootType };
}
