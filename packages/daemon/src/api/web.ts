/**
 * The node's web page: three static files from the package's web/ folder, served without
 * the token (they hold no data; the page asks for the token and sends it on every call).
 * Only the files listed here are served, read once.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { daemonPackageUrl } from '../package-url.js';
import type { Route } from './router.js';

const webDir = new URL('web/', daemonPackageUrl);

const assets = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/ui/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/ui/app.css': { file: 'app.css', type: 'text/css; charset=utf-8' },
} as const;

export function webRoutes(): Route[] {
  return Object.entries(assets).map(([path, asset]) => {
    let body: Buffer | undefined;
    return {
      method: 'GET' as const,
      path,
      auth: false,
      handle: ({ response }) => {
        body ??= readFileSync(fileURLToPath(new URL(asset.file, webDir)));
        response.writeHead(200, {
          'content-type': asset.type,
          'content-length': body.length,
          'cache-control': 'no-cache',
          'x-content-type-options': 'nosniff',
          'content-security-policy': "default-src 'self'; connect-src 'self' ws: wss:; style-src 'self'; script-src 'self'",
        });
        response.end(body);
      },
    };
  });
}
