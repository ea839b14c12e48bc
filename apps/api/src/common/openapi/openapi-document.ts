import type { INestApplication } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';

/** The OpenAPI 3 document, generated from the controllers and the zod contracts they use. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Samverkan Värmland API')
    .setDescription(
      'The API of the portal of the regional network against violent extremism in Värmland. ' +
        'Errors share one shape: { code, message, details?, requestId }.',
    )
    .setOpenAPIVersion('3.1.0')
    .setVersion('0.1.0')
    .build();
  return cleanupOpenApiDoc(SwaggerModule.createDocument(app, config));
}

// Swagger UI sets inline styles; only its own pages get them allowed. It holds no user data.
const DOCS_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

/** Serves the document at /api/openapi.json and a browsable page at /api/docs. */
export function setupOpenApi(app: NestFastifyApplication): void {
  app.getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply, payload) => {
      if (request.url === '/api/docs' || request.url.startsWith('/api/docs/')) {
        reply.header('content-security-policy', DOCS_CONTENT_SECURITY_POLICY);
      }
      return payload;
    });
  SwaggerModule.setup('api/docs', app, buildOpenApiDocument(app), {
    useGlobalPrefix: false,
    jsonDocumentUrl: 'api/openapi.json',
    yamlDocumentUrl: 'api/openapi.yaml',
    customSiteTitle: 'Samverkan Värmland API',
  });
}
