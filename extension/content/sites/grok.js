// Grok, on grok.com and inside X under /i/grok only (the rest of x.com is not a chat:
// the match pattern's path keeps the adapter off it, also after in-page navigation).
// Structure per shared/design/SITES.md (observed 2025-06 to 2026-08): a React-controlled
// textarea[aria-label] in the composer form (it has also been a contenteditable),
// a submit button, user bubbles as div.items-end > div.message-bubble.
PalateSites.register({
  id: 'grok',
  label: 'Grok',
  matches: ['https://grok.com/*', 'https://x.com/i/grok*'],
  editor: 'textarea',
  selectors: {
    composer: ['form textarea[aria-label]', 'form textarea', 'form [contenteditable="true"]'],
    send: ['form button[type="submit"]'],
    userTurn: ['div.items-end > div.message-bubble'],
    thread: ['main'],
  },
  threadId: (location) =>
    location.pathname.match(/\/chat\/([\w-]+)/)?.[1] ??
    new URLSearchParams(location.search).get('conversation') ??
    'new',
});
