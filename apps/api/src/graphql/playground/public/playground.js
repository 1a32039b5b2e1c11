/* global window, document, localStorage, fetch, WebSocket, React, ReactDOM, GraphiQL */
// The playground page's own script (served as a static file: the page's CSP allows no inline script).
// Queries and mutations: HTTP POST with the token as a bearer. Subscriptions: a minimal graphql-transport-ws
// client (the protocol graphql-ws speaks), one WebSocket per subscription, so GraphiQL's stop button is
// simply a close. GraphiQL 3 accepts the observable returned for subscriptions.
'use strict';

(function playground() {
  const TOKEN_KEY = 'ksb.playground.token';
  const root = document.getElementById('graphiql');
  const endpoint = root.dataset.endpoint;
  const wsUrl = `${window.location.protocol === 'https:' ? 'wss:' : 'ws:'}//${window.location.host}${endpoint}`;
  const tokenInput = document.getElementById('ksb-token');
  const tokenState = document.getElementById('ksb-token-state');

  const DEFAULT_QUERY = `# kube-sandbox GraphQL playground
#
# Paste an API token in the field above (it stays in this browser's localStorage),
# then press the run button (or Ctrl+Enter).

query Sandboxes {
  sandboxes {
    id
    name
    phase
    profile
  }
}

# Subscriptions stream over a WebSocket. To watch the pods of a sandbox, replace
# the query above with this (uncommented, with one of your sandbox ids) and run it:
#
# subscription PodEvents {
#   podEvents(sandboxId: "sb_...", namespace: "default") {
#     type
#     revision
#     object { metadata { name resourceVersion } phase status }
#   }
# }
`;

  let token = localStorage.getItem(TOKEN_KEY) || '';
  tokenInput.value = token;

  function showTokenState() {
    tokenState.textContent = token ? 'sent with every request' : 'no token: requests are anonymous';
  }

  /**
   * The operation to run, from the text being sent. GraphiQL's own operationName and documentAST lag the
   * editor by a debounce (~100 ms): typing a new query and pressing Ctrl+Enter at once would send the old
   * operation's name, or a subscription over HTTP.
   */
  function operationOf(params) {
    let ops;
    try {
      ops = GraphiQL.GraphQL.parse(params.query).definitions.filter((d) => d.kind === 'OperationDefinition');
    } catch {
      return { type: 'query', params }; // a syntax error: the server reports it
    }
    const named = ops.find((d) => d.name && d.name.value === params.operationName);
    const op = named || (ops.length === 1 ? ops[0] : undefined);
    if (!op) return { type: 'query', params };
    return { type: op.operation, params: { ...params, operationName: op.name ? op.name.value : undefined } };
  }

  async function post(params, headers) {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: JSON.stringify(params),
    });
    const text = await res.text();
    try {
      // GraphQL errors (UNAUTHENTICATED included) arrive as JSON whatever the status: show them as they are.
      return JSON.parse(text);
    } catch {
      return { errors: [{ message: `HTTP ${res.status}: ${text.slice(0, 500)}` }] };
    }
  }

  /** One subscription over graphql-transport-ws, as an observable (subscribe -> { unsubscribe }). */
  function subscribe(params) {
    return {
      subscribe(observer) {
        const id = '1';
        const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
        let done = false;
        const send = (message) => socket.readyState === WebSocket.OPEN && socket.send(JSON.stringify(message));
        const close = () => socket.readyState <= WebSocket.OPEN && socket.close(1000, 'Normal Closure');
        const finish = (report) => {
          if (done) return;
          done = true;
          report();
          close();
        };
        const fail = (message, extensions) => finish(() => observer.error({ message, extensions }));

        socket.onopen = () =>
          send({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} });
        socket.onmessage = (event) => {
          let message;
          try {
            message = JSON.parse(event.data);
          } catch {
            return fail('the server sent a message that is not JSON');
          }
          switch (message.type) {
            case 'connection_ack':
              return send({ id, type: 'subscribe', payload: params });
            case 'ping':
              return send({ type: 'pong' });
            case 'pong':
              return undefined;
            case 'next':
              return message.id === id && !done ? observer.next(message.payload) : undefined;
            case 'error':
              // payload: GraphQL errors (validation, UNAUTHENTICATED, FORBIDDEN...): shown as a result.
              return finish(() => observer.error(message.payload));
            case 'complete':
              return finish(() => observer.complete());
            default:
              return fail(`unexpected graphql-transport-ws message type ${String(message.type)}`);
          }
        };
        // A closing server says why in the close code and reason (4403 Forbidden: the token was refused).
        socket.onclose = (event) =>
          fail(`WebSocket closed: ${event.code} ${event.reason || '(no reason)'}`, { closeCode: event.code });

        return {
          unsubscribe() {
            if (done) return;
            done = true;
            send({ id, type: 'complete' });
            close();
          },
        };
      },
    };
  }

  function fetcher(given, opts) {
    const { type, params } = operationOf(given);
    return type === 'subscription' ? subscribe(params) : post(params, (opts && opts.headers) || {});
  }

  const graphiql = ReactDOM.createRoot(root);
  function render() {
    // A new fetcher identity makes GraphiQL fetch the schema again (with the new token).
    graphiql.render(
      React.createElement(GraphiQL, {
        fetcher: (params, opts) => fetcher(params, opts),
        defaultQuery: DEFAULT_QUERY,
        shouldPersistHeaders: false,
      }),
    );
  }

  tokenInput.addEventListener('input', () => {
    token = tokenInput.value.trim();
    if (token) localStorage.setItem(TOKEN_KEY, token);
    else localStorage.removeItem(TOKEN_KEY);
    showTokenState();
  });
  tokenInput.addEventListener('change', render);
  tokenInput.addEventListener('keydown', (event) => event.key === 'Enter' && render());

  showTokenState();
  render();
})();
