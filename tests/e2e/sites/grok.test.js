import { conformance } from '../../support/conformance.js';

conformance({
  id: 'grok',
  origin: 'https://grok.com',
  existing: '/chat/existing-thread',
  fresh: '/',
  composer: 'form textarea',
  send: 'form button[type="submit"]',
});
