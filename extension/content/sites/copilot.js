// Microsoft Copilot. Structure per shared/design/SITES.md (observed 2025-06 to 2026-08):
// a React-controlled textarea#userInput, the composer form's submit button, user
// messages marked data-content="user-message" (low confidence).
PalateSites.register({
  id: 'copilot',
  label: 'Copilot',
  matches: ['https://copilot.microsoft.com/*'],
  editor: 'textarea',
  selectors: {
    composer: ['textarea#userInput', 'form textarea'],
    send: ['form button[type="submit"]', 'button[data-testid="submit-button"]'],
    userTurn: ['[data-content="user-message"]'],
    thread: ['main'],
  },
  threadId: (location) => location.pathname.match(/\/chats\/([\w-]+)/)?.[1] ?? 'new',
});
