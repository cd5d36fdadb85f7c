import { conformance } from '../../support/conformance.js';

conformance({
  id: 'deepseek',
  origin: 'https://chat.deepseek.com',
  existing: '/a/chat/s/existing-thread',
  fresh: '/',
  composer: '#chat-input',
  send: '#send',
  reactTextarea: true,
});
