import { conformance } from '../../support/conformance.js';

conformance({
  id: 'claude',
  origin: 'https://claude.ai',
  existing: '/chat/existing-thread',
  fresh: '/new',
  composer: 'fieldset .ProseMirror',
  send: '#send',
});
