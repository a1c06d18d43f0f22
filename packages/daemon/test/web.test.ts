import { createServer } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRoute } from '../src/api/router.js';
import { callerOfSignal } from '../src/consensus/deadline.js';
import { webRoutes } from '../src/api/web.js';

// The page's assets over real HTTP through the router, without the API token.
describe('web page assets', () => {
  const routes = webRoutes();
  const server = createServer((request, response) => {
    try {
      const { route, rest } = findRoute(routes, request.method ?? 'GET', new URL(request.url ?? '/', 'http://x').pathname);
      const clientGone = new AbortController().signal;
      void route.handle({ request, response, url: new URL('http://x'), rest, clientGone, caller: callerOfSignal(clientGone) });
    } catch {
      response.writeHead(404).end();
    }
  });
  let base = '';
  beforeAll(async () => {
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it('serves the page, its script and its style without a token', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    for (const id of ['tree', 'raft', 'chart', 'hashtags', 'campaigns', 'alerts', 'watchlist']) expect(html).toContain(`id="${id}"`);
    const script = await fetch(`${base}/ui/app.js`);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(await script.text()).toContain('/v1/events');
    expect((await fetch(`${base}/ui/app.css`)).status).toBe(200);
  });

  it('serves nothing outside its list (no path traversal)', async () => {
    for (const path of ['/ui/../package.json', '/ui/%2e%2e/package.json', '/ui/index.html', '/web/app.js']) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(404);
    }
  });
});
