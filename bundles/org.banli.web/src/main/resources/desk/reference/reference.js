// The API reference: Swagger UI over the OpenAPI document this Banli serves. Nothing is fetched
// from elsewhere (no validator badge), so the page works on a county's closed network.
// As the desk's own requests: a refusal then asks for no Basic login, which would hang the page behind a browser dialog.
const DESK = { 'X-Banli-Client': 'desk' };

// A deferred script: the page is parsed when this runs.
(async () => {
  // "Try it out" runs as the web login, if there is one: its writes carry the CSRF token as the desk's do.
  let csrfToken = null;
  try {
    const session = await fetch('/api/v1/session', { credentials: 'same-origin', headers: { Accept: 'application/json', ...DESK } });
    if (session.ok) csrfToken = (await session.json()).csrfToken;
  } catch { /* not logged in: Basic still works */ }
  window.SwaggerUIBundle({
    url: '/api/v1/openapi.json',
    dom_id: '#reference',
    deepLinking: true,
    validatorUrl: null,
    docExpansion: 'list',
    defaultModelsExpandDepth: 0,
    requestInterceptor: (request) => {
      Object.assign(request.headers, DESK);
      if (csrfToken && request.method !== 'GET') request.headers['X-Banli-CSRF'] = csrfToken;
      return request;
    },
  });
})();
