import { conformance } from '../../support/conformance.js';

conformance({
  id: 'chatgpt',
  origin: 'https://chatgpt.com',
  existing: '/c/existing-thread',
  fresh: '/',
  composer: '#prompt-textarea',
  send: '#composer-submit-button',
});
