// Gemini. Structure per shared/design/SITES.md (observed 2025-06 to 2026-08): a Quill
// editor inside the custom element rich-textarea; user turns are user-query elements
// with their text in .query-text.
PalateSites.register({
  id: 'gemini',
  label: 'Gemini',
  matches: ['https://gemini.google.com/*'],
  editor: 'quill',
  selectors: {
    composer: [
      'rich-textarea .ql-editor[contenteditable="true"]',
      '.ql-editor[contenteditable="true"]',
      'div[role="textbox"][contenteditable="true"]',
    ],
    send: [
      'button.send-button',
      'button[data-test-id="gemini-chat-send-button"]',
      'button:has(mat-icon[fonticon="send"])',
    ],
    userTurn: ['user-query .query-text', 'user-query'],
    thread: ['#chat-history', 'infinite-scroller', 'main'],
  },
  threadId: (location) => location.pathname.match(/\/app\/([\w-]+)/)?.[1] ?? 'new',
});
