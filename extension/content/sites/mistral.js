// Mistral Le Chat. SITES.md (2025-06 to 2026-08) records the composer as "a textarea or
// a ProseMirror contenteditable in the composer form" and no user-turn structure at all.
// Chosen: ProseMirror (the newer of the two reports), with the textarea kept as a
// fallback selector; insertion writes to whichever element is found. The user-turn
// selectors are a guess (low confidence): learning rests on the send-time snapshot,
// which does not need them.
PalateSites.register({
  id: 'mistral',
  label: 'Le Chat',
  matches: ['https://chat.mistral.ai/*'],
  editor: 'prosemirror',
  selectors: {
    composer: [
      'form div.ProseMirror[contenteditable="true"]',
      'form [contenteditable="true"]',
      'form textarea',
    ],
    send: ['form button[type="submit"]'],
    userTurn: ['[data-message-author-role="user"]', '[data-role="user"]'],
    thread: ['main'],
  },
  threadId: (location) => location.pathname.match(/\/chat\/([\w-]+)/)?.[1] ?? 'new',
});
