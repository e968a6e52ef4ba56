window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger' });
// Swagger UI draws its own <main> for the operations but leaves the API's description outside any
// landmark, and its headings skip levels (h1, then h3): the description becomes a named region and a
// heading that skips a level is given the level after the one before it, for screen readers and axe.
new MutationObserver(() => {
  document.querySelectorAll('#swagger .information-container:not([role])').forEach((e) => {
    e.setAttribute('role', 'region');
    e.setAttribute('aria-label', 'About the API');
  });
  let last = 0;
  document.querySelectorAll('#swagger h1, #swagger h2, #swagger h3, #swagger h4, #swagger h5, #swagger h6').forEach((h) => {
    const own = Number(h.tagName.substring(1));
    const level = Math.min(own, last + 1);
    if (level !== own) h.setAttribute('aria-level', String(level)); else h.removeAttribute('aria-level');
    last = level;
  });
}).observe(document.getElementById('swagger'), { childList: true, subtree: true });
