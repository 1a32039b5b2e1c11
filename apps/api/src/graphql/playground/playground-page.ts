/**
 * Everything the page may load comes from the API itself. 'unsafe-inline' styles only: GraphiQL's editors
 * and popovers set style attributes; no inline or foreign script can run. Fonts and a few icons are data:
 * URLs inside graphiql.min.css. WebSockets to the same host are 'self' in CSP 3; ws:/wss: are listed
 * for browsers that do not treat them so.
 */
export const PLAYGROUND_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The GraphiQL page. `assetUrl(name)` gives the hashed URL of an asset; `endpoint` is the GraphQL path,
 * handed to our script through a data attribute (the CSP forbids inline scripts).
 */
export function renderPlaygroundPage(endpoint: string, assetUrl: (name: string) => string): string {
  const url = (name: string) => escapeAttribute(assetUrl(name));
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>kube-sandbox GraphQL playground</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${url('graphiql.min.css')}" />
    <link rel="stylesheet" href="${url('playground.css')}" />
  </head>
  <body>
    <div class="ksb-token-bar">
      <label for="ksb-token">API token</label>
      <input id="ksb-token" type="password" autocomplete="off" spellcheck="false"
        placeholder="a token from POST /v1/tokens, sent as Authorization: Bearer (kept in this browser only)" />
      <span id="ksb-token-state" class="ksb-token-state" aria-live="polite"></span>
    </div>
    <main id="graphiql" data-endpoint="${escapeAttribute(endpoint)}">Loading GraphiQL…</main>
    <script src="${url('react.production.min.js')}"></script>
    <script src="${url('react-dom.production.min.js')}"></script>
    <script src="${url('graphiql.min.js')}"></script>
    <script src="${url('playground.js')}"></script>
  </body>
</html>
`;
}
