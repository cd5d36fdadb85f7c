import { conformance } from '../../support/conformance.js';

conformance({
  id: 'copilot',
  origin: 'https://copilot.microsoft.com',
  existing: '/chats/existing-thread',
  fresh: '/',
  composer: '#userInput',
  send: 'form button[type="submit"]',
  reactTextarea: true,
});
