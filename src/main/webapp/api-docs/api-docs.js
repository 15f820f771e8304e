// The API reference: Swagger UI from its WebJar, reading the served contract. Nothing is
// loaded from the internet (no validator badge, no external specification).
window.ui = SwaggerUIBundle({
  url: '../openapi?format=JSON',
  dom_id: '#api-reference',
  validatorUrl: null,
  deepLinking: true,
  tryItOutEnabled: false,
});
