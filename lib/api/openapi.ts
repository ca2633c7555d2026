import * as z from 'zod/mini';
import { Policy, Snapshot, Team, User } from '../rules';
import {
  Problem,
  SeatsResponseShape,
  TenantId,
  TenantSearchQuery,
  TenantSearchResponse,
  TenantSummary,
} from './schemas';

// The Seat API's OpenAPI 3.1 document, generated from the zod schemas so that it cannot drift (seat-api.md).

type JsonSchema = Record<string, unknown>;
type Json = Record<string, unknown>;

const DIALECT = 'https://json-schema.org/draft/2020-12/schema';
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** What the contract v1.1 fields mean (rules-api.md, v1.1 2 and 3), said where a reader of the document looks. */
const DESCRIPTIONS = new Map<unknown, string>([
  [
    User.shape.billable,
    "false for a vendor's own staff working in the tenant: takes no seat in any pool, whatever its roles (default true).",
  ],
  [User.shape.name, 'Display name; never changes a count.'],
  [User.shape.email, 'E-mail address, for display; never changes a count.'],
  [User.shape.lastActiveAt, 'When the user was last active (RFC 3339); for display, never changes a count.'],
  [Team.shape.name, 'Display name; never changes a count.'],
]);

/** Named schemas, generated together so that shared ones become $refs. */
function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  const named = {
    Policy,
    Snapshot,
    SeatsResponse: SeatsResponseShape,
    TenantSummary,
    TenantSearchResponse,
    Problem,
  };
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'output',
    uri: (id) => `#/components/schemas/${id}`,
    override: ({ zodSchema, jsonSchema }) => {
      const description = DESCRIPTIONS.get(zodSchema);
      if (description) jsonSchema.description = description;
    },
  });
  // The document's jsonSchemaDialect states the dialect once; a fragment-only $id is not allowed in 2020-12.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema]),
  );
}

function inputSchema(schema: z.ZodMiniType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
  return rest;
}

const PROBLEMS = {
  400: ['BadRequest', 'A query parameter is invalid.'],
  401: ['Unauthorized', 'The bearer token is missing or not valid.'],
  403: ['Forbidden', 'The token may not do this, or not for this tenant (existence is never revealed).'],
  404: ['NotFound', 'No such tenant or route.'],
  421: [
    'MisdirectedRequest',
    "The Host is not one of the server's own names (it refuses others: DNS rebinding).",
  ],
  429: [
    'TooManyRequests',
    'Too many requests of this token or address, or too many failed authentications from this address; retry after Retry-After seconds.',
  ],
  500: ['ServerError', 'The server failed; the detail never carries a stack.'],
} as const;

type ProblemCode = keyof typeof PROBLEMS;

function problemResponses(): Json {
  const headers: Record<string, Json> = {
    401: { 'WWW-Authenticate': { schema: { type: 'string' } } },
    429: {
      'Retry-After': {
        description: 'Seconds until the limit lets this client in again.',
        schema: { type: 'integer', minimum: 1 },
      },
    },
  };
  return Object.fromEntries(
    Object.entries(PROBLEMS).map(([code, [name, description]]) => [
      name,
      {
        description,
        content: { 'application/problem+json': { schema: ref('Problem') } },
        ...(headers[code] ? { headers: headers[code] } : {}),
      },
    ]),
  );
}

const errors = (...codes: ProblemCode[]) =>
  Object.fromEntries(
    codes.map((code) => [String(code), { $ref: `#/components/responses/${PROBLEMS[code][0]}` }]),
  );

function searchParameters(): Json[] {
  const { properties = {} } = inputSchema(TenantSearchQuery) as { properties?: Record<string, JsonSchema> };
  const descriptions: Record<string, string> = {
    q: 'Text to find in the tenant id or name, case-insensitively; empty lists every tenant.',
    limit: 'Most tenants to return.',
  };
  return Object.entries(properties).map(([name, schema]) => ({
    name,
    in: 'query',
    required: false,
    description: descriptions[name],
    schema,
  }));
}

function paths(): Json {
  const etag = { description: 'Strong validator of the policy and snapshot.', schema: { type: 'string' } };
  const cacheControl = { schema: { type: 'string', const: 'private, no-cache' } };
  return {
    '/v1/tenants/{tenant}/seats': {
      get: {
        operationId: 'getSeats',
        summary: "A tenant's policy and snapshot",
        parameters: [
          { name: 'tenant', in: 'path', required: true, schema: inputSchema(TenantId) },
          { name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } },
        ],
        responses: {
          '200': {
            description: 'What the tenant bought and what it uses now.',
            headers: { ETag: etag, 'Cache-Control': cacheControl },
            content: { 'application/json': { schema: ref('SeatsResponse') } },
          },
          '304': { description: 'Unchanged since the ETag sent.', headers: { ETag: etag } },
          ...errors(401, 403, 404, 421, 429, 500),
        },
      },
    },
    '/v1/tenants': {
      get: {
        operationId: 'searchTenants',
        summary: 'Find tenants by id or name (agent tokens only)',
        parameters: searchParameters(),
        responses: {
          '200': {
            description: 'Matching tenants with their seat levels.',
            content: { 'application/json': { schema: ref('TenantSearchResponse') } },
          },
          ...errors(400, 401, 403, 421, 429, 500),
        },
      },
    },
    '/v1/openapi.json': {
      get: {
        operationId: 'getOpenApi',
        summary: 'This document',
        security: [],
        responses: {
          '200': {
            description: 'The OpenAPI 3.1 document.',
            content: { 'application/json': { schema: {} } },
          },
          ...errors(421, 429),
        },
      },
    },
    '/v1/sandbox/reset': {
      post: {
        operationId: 'resetSandbox',
        summary: 'Restore the sandbox tenants as seeded (reference server only; agent tokens only)',
        responses: {
          '204': { description: 'Restored.' },
          ...errors(401, 403, 421, 429, 500),
        },
      },
    },
  };
}

/** The OpenAPI 3.1 document of the Seat API v1. */
export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: DIALECT,
    info: {
      title: 'seatguard Seat API',
      version: '1.0.0',
      description:
        'Seat usage facts (policy and snapshot) of SaaS tenants, for the seatguard extension and widget.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    paths: paths(),
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: componentSchemas(),
      responses: problemResponses(),
    },
  };
}
