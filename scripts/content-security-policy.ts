// The site's Content-Security-Policy, in one place: a Vite plugin writes it
// into the <head> of every page as a <meta> tag, `vite preview` and the
// teacher's zip server (scripts/serve.mjs) send it as a header (with
// frame-ancestors, which only a header can carry), and
// docs/privacy.md explains it. It must never allow 'unsafe-eval' or an inline
// script: the browser tests (test/e2e/privacy.test.ts) fail on any violation.
import type { Plugin } from 'vite';

/** Each directive with why the game needs what it allows beyond its own origin. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  // Anything not named below: this site's own files only.
  'default-src': ["'self'"],
  // Scripts only from the site's own files: no inline script, no eval.
  'script-src': ["'self'"],
  // The editor's deeper checks run in a worker, a file of the site.
  'worker-src': ["'self'"],
  // CodeMirror (the editor) sets style attributes and may add <style> elements.
  'style-src': ["'self'", "'unsafe-inline'"],
  // Phaser makes its built-in textures (and the pages their empty icon) from data: URLs.
  'img-src': ["'self'", 'data:'],
  // The sounds are made in the browser and kept as in-memory blob: URLs, which Howler
  // reads with a request (Web Audio) ...
  'connect-src': ["'self'", 'blob:'],
  // ... or plays in an <audio> element where Web Audio is missing, silencing it with a data: URL.
  'media-src': ["'self'", 'blob:', 'data:'],
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

/** The policy as one header value (also the <meta> tag's content). */
export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

/**
 * The policy as a response header: the same, plus frame-ancestors 'none' (no
 * other site may show the game in a frame), which browsers ignore in a <meta>
 * tag (and warn about), so it is sent only as a header.
 */
const HEADER_CONTENT_SECURITY_POLICY = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/** The headers every server of the site sends (vite preview; serve.mjs sends the same). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': HEADER_CONTENT_SECURITY_POLICY,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Writes the policy into every page's <head>, right after <meta charset>. */
export function contentSecurityPolicy(): Plugin {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
  return {
    name: 'standoff-content-security-policy',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const charset = /<meta charset[^>]*>/i;
        if (!charset.test(html)) throw new Error('a page without <meta charset> in its <head>');
        return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
      },
    },
  };
}
