// ChatGPT. Structure per shared/design/SITES.md (observed 2025-06 to 2026-08):
// a ProseMirror composer, user turns marked with data-message-author-role.
PalateSites.register({
  id: 'chatgpt',
  label: 'ChatGPT',
  matches: ['https://chatgpt.com/*', 'https://chat.openai.com/*'],
  editor: 'prosemirror',
  selectors: {
    composer: [
      '#prompt-textarea',
      '[data-testid="prompt-textarea"]',
      'form[data-type="unified-composer"] [contenteditable="true"]',
      'form textarea',
    ],
    send: [
      '#composer-submit-button',
      'button[data-testid="send-button"]',
      '[data-testid="composer-send-button"]',
    ],
    userTurn: ['[data-message-author-role="user"]'],
    thread: ['main [role="presentation"]', 'main'],
  },
  threadId: (location) => location.pathname.match(/\/c\/([\w-]+)/)?.[1] ?? 'new',
});
