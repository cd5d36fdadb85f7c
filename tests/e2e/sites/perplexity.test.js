import { conformance } from '../../support/conformance.js';

conformance({
  id: 'perplexity',
  origin: 'https://www.perplexity.ai',
  existing: '/search/existing-thread',
  fresh: '/',
  composer: '#ask-input',
  send: '#send',
});
