// The annotation view's page: a strict Content Security Policy (scripts only with this page's
// nonce, styles only from the extension, nothing from the network), the bundled script and
// stylesheet, and no article text: that comes in messages and is escaped by the renderer.
import * as crypto from 'crypto';

export interface PageParts {
  /** webview.cspSource */
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  /** The display language, for the page's lang attribute (the article itself is Arabic). */
  language: string;
  title: string;
}

export function newNonce(): string {
  return crypto
    .randomBytes(18)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, '');
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return ["default-src 'none'", `style-src ${cspSource}`, `font-src ${cspSource}`, `img-src ${cspSource}`, `script-src 'nonce-${nonce}'`, "connect-src 'none'", "frame-src 'none'", "form-action 'none'", "base-uri 'none'"].join('; ');
}

export function pageHtml(p: PageParts, nonce = newNonce()): string {
  return `<!DOCTYPE html>
<html lang="${attr(p.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(p.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${attr(p.styleUri)}">
<title>${attr(p.title)}</title>
</head>
<body>
<div id="banner" role="status" hidden></div>
<p id="help" dir="auto"></p>
<main id="article" lang="ar" dir="rtl" aria-label="${attr(p.title)}"></main>
<div id="card" role="tooltip" hidden></div>
<script nonce="${nonce}" src="${attr(p.scriptUri)}"></script>
</body>
</html>`;
}
