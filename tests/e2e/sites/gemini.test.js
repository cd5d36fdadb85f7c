import { conformance } from '../../support/conformance.js';

conformance({
  id: 'gemini',
  origin: 'https://gemini.google.com',
  existing: '/app/existing-thread',
  fresh: '/app',
  composer: 'rich-textarea .ql-editor',
  send: '#send',
});
