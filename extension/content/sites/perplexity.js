// Perplexity. Structure per shared/design/SITES.md (observed 2025-06 to 2026-08): a
// Lexical composer #ask-input (older: a textarea with that id); a sent query renders
// as a read-only Lexical editor. The submit button's aria-label is English UI text:
// its data-testid and the composer form's submit button come first (lower confidence).
PalateSites.register({
  id: 'perplexity',
  label: 'Perplexity',
  matches: ['https://www.perplexity.ai/*'],
  editor: 'lexical',
  selectors: {
    composer: [
      '#ask-input[contenteditable="true"]',
      'div[data-lexical-editor="true"][contenteditable="true"]',
      'textarea#ask-input',
    ],
    send: ['button[data-testid="submit-button"]', 'form button[type="submit"]'],
    userTurn: ['div[data-lexical-editor="true"][aria-readonly="true"]'],
    thread: ['main'],
  },
  threadId: (location) => location.pathname.match(/\/search\/([\w.-]+)/)?.[1] ?? 'new',
});
