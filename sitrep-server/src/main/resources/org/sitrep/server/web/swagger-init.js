window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger' });
