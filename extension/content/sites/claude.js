// Claude. Structure per shared/design/SITES.md (observed 2025-06 to 2026-08): a
// ProseMirror composer inside a fieldset, user turns marked data-testid="user-message".
// The send button's aria-label has changed casing over time and is English UI text:
// it is found by position (the last button of the composer's fieldset) instead.
PalateSites.register({
  id: 'claude',
  label: 'Claude',
  matches: ['https://claude.ai/*'],
  editor: 'prosemirror',
  selectors: {
    composer: [
      'fieldset div.ProseMirror[contenteditable="true"]',
      'div.ProseMirror[contenteditable="true"]',
      'fieldset [contenteditable="true"]',
    ],
    send: ['fieldset button[type="submit"]', 'fieldset button[aria-label]:last-of-type'],
    userTurn: ['[data-testid="user-message"]', '.font-user-message'],
    thread: ['[data-testid="conversation-turns"]', 'main', '#main-content'],
  },
  threadId: (location) => location.pathname.match(/\/chat\/([\w-]+)/)?.[1] ?? 'new',
});
