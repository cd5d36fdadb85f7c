import { conformance } from '../../support/conformance.js';

conformance({
  id: 'mistral',
  origin: 'https://chat.mistral.ai',
  existing: '/chat/existing-thread',
  fresh: '/',
  composer: '#editor',
  send: 'form button[type="submit"]',
});
