// DeepSeek. Structure per shared/design/SITES.md (observed 2025-06 to 2026-08): a
// textarea#chat-input; every other class is a hashed CSS-module name, so nothing else
// is found by class. The send control is an unlabeled div[role="button"], the last one
// of the toolbar beside the input; user bubbles are the thread's messages that hold no
// assistant .ds-markdown block (the thread is the element whose messages hold them).
// Low confidence beyond the composer: the fast path (send-time snapshot) does not
// depend on the user-turn selector.
PalateSites.register({
  id: 'deepseek',
  label: 'DeepSeek',
  matches: ['https://chat.deepseek.com/*'],
  editor: 'textarea',
  selectors: {
    composer: ['textarea#chat-input', 'textarea'],
    send: ['div:has(> textarea#chat-input) ~ div > div:last-child > div[role="button"]:last-child'],
    userTurn: ['div:has(> div > .ds-markdown) > div:not(:has(.ds-markdown))'],
    thread: ['div:has(> div > .ds-markdown)', '#root'],
  },
  threadId: (location) => location.pathname.match(/\/s\/([\w-]+)/)?.[1] ?? 'new',
});
