// The interactive OpenAPI page (Swagger UI, served from the packaged swagger-ui-bundle).
"use strict";
window.addEventListener("load", () => {
  window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true});
});
