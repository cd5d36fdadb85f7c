// A stand-in for an OpenAI-compatible server on 127.0.0.1, for the provider tests: it
// answers CORS (the worker fetches cross-origin without a host permission, as local
// model servers allow), records every request, and fails on demand with a 500.
import http from 'node:http';

/**
 * @param {(path: string, body: any) => object} answer the JSON body of a good answer
 * @param {string} failure the error message a failing server sends
 * @returns {Promise<{server: http.Server, state: {fail: boolean, requests: {path: string, body: any}[]}, port: number}>}
 */
export function startProviderServer(answer, failure = 'model overloaded') {
  const state = { fail: false, requests: [] };
  const server = http.createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'content-type, authorization, accept');
    if (req.method === 'OPTIONS') return res.writeHead(204).end();
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const body = JSON.parse(raw || '{}');
      state.requests.push({ path: req.url, body });
      const [status, json] = state.fail ? [500, { error: { message: failure } }] : [200, answer(req.url, body)];
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, state, port: server.address().port })));
}

/** launch() aborts all other traffic; a test's own loopback server is allowed through. */
export function allowLoopback(context) {
  return context.route((url) => url.hostname === '127.0.0.1', (route) => route.continue());
}

/**
 * Configure the stand-in at `port` as the extraction or embedding provider, as the
 * options page stores it.
 * @param {import('playwright-core').Page} page an extension page
 * @param {'extraction' | 'embedding'} which
 */
export function useProvider(page, which, port, model) {
  return page.evaluate(({ which, port, model }) => chrome.storage.local.set({
    providers: { [which]: { type: 'openai', baseUrl: `http://127.0.0.1:${port}/v1`, model } },
  }), { which, port, model });
}
