/**
 * The daemon package's root, for the files it reads beside its code (the web page, the
 * analysis worker). Found through the package's own name rather than the calling module's
 * URL: the `continuum` executable is one bundled file (scripts/bundle.mjs), and inside it
 * import.meta.url is the bundle's, in another package.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export const daemonPackageUrl = new URL('./', pathToFileURL(createRequire(import.meta.url).resolve('@continuum/daemon/package.json')));
