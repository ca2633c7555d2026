import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../../lib/api/openapi';
import { api, type Sandbox, startSandbox, tokens } from './helpers';

interface ResponseSpec {
  $ref?: string;
  headers?: Record<string, unknown>;
  content?: Record<string, { schema: { $ref?: string } }>;
}

interface Operation {
  parameters: { name: string; in: string; schema: { pattern?: string } }[];
  responses: Record<string, ResponseSpec>;
  security?: unknown[];
}

/** The parts of the document these tests read. */
interface Document {
  openapi: string;
  jsonSchemaDialect: string;
  security: unknown[];
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, object>;
    responses: Record<string, ResponseSpec>;
    securitySchemes: Record<string, unknown>;
  };
}

const doc = openApiDocument() as unknown as Document;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(doc, 'openapi');

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.dispose());

/** The documented response of an operation, with `$ref`s to components.responses followed. */
function documented(path: string, method: string, status: number): ResponseSpec {
  const response = doc.paths[path]?.[method]?.responses[String(status)];
  const spec = response?.$ref ? doc.components.responses[response.$ref.split('/').at(-1) ?? ''] : response;
  if (!spec) throw new Error(`${method} ${path} documents no ${status}`);
  return spec;
}

function operation(path: string, method: string): Operation {
  const op = doc.paths[path]?.[method];
  if (!op) throw new Error(`no ${method} ${path}`);
  return op;
}

/** Validates a live response's content type and body against the document. */
async function expectDocumented(response: Response, path: string, method = 'get') {
  const spec = documented(path, method, response.status);
  const type = response.headers.get('content-type')?.split(';')[0] ?? '';
  const content = spec.content?.[type];
  expect(content?.schema.$ref, `${response.status} ${type} documented for ${path}`).toBeDefined();
  const validate = ajv.compile({ $ref: `openapi${content?.schema.$ref}` });
  const body = await response.json();
  expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with a bearer scheme and JSON Schema 2020-12 components', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(doc.components.securitySchemes.bearer).toEqual({ type: 'http', scheme: 'bearer' });
    expect(doc.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Policy', 'Snapshot', 'SeatsResponse', 'TenantSearchResponse', 'Problem']),
    );
    for (const schema of Object.values(doc.components.schemas)) {
      expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    }
  });

  it.each([
    ['/v1/tenants/{tenant}/seats', 'get', ['200', '304', '401', '403', '404', '421', '429', '500']],
    ['/v1/tenants', 'get', ['200', '400', '401', '403', '421', '429', '500']],
    ['/v1/sandbox/reset', 'post', ['204', '401', '403', '421', '429', '500']],
    ['/v1/openapi.json', 'get', ['200', '421', '429']],
  ])('%s %s documents %j', (path, method, statuses) => {
    expect(Object.keys(operation(path, method).responses)).toEqual(statuses);
    for (const status of statuses.filter((s) => Number(s) >= 400)) {
      const problem = documented(path, method, Number(status)).content?.['application/problem+json'];
      expect(problem?.schema).toEqual({ $ref: '#/components/schemas/Problem' });
    }
  });

  it('documents Retry-After on every 429', () => {
    expect(doc.components.responses.TooManyRequests?.headers?.['Retry-After']).toBeDefined();
  });

  it('documents the ETag, If-None-Match and the tenant id pattern of the seats endpoint', () => {
    const seats = operation('/v1/tenants/{tenant}/seats', 'get');
    expect(seats.responses['200']?.headers?.ETag).toBeDefined();
    expect(seats.responses['304']?.headers?.ETag).toBeDefined();
    expect(seats.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['path:tenant', 'header:If-None-Match']);
    expect(seats.parameters[0]?.schema.pattern).toBeTruthy();
    expect(operation('/v1/tenants', 'get').parameters.map((p) => p.name)).toEqual(['q', 'limit']);
    expect(operation('/v1/openapi.json', 'get').security).toEqual([]);
  });

  it.each([
    ['users', 'billable', 'boolean', /takes no seat/],
    ['users', 'name', 'string', /never changes a count/],
    ['users', 'email', 'string', /never changes a count/],
    ['users', 'lastActiveAt', 'string', /RFC 3339/],
    ['teams', 'name', 'string', /never changes a count/],
  ])('documents the v1.1 field %s.%s (%s)', (list, field, type, description) => {
    const snapshot = doc.components.schemas.Snapshot as {
      properties: Record<
        string,
        { items: { properties: Record<string, { type: string; description?: string }> } }
      >;
    };
    const property = snapshot.properties[list]?.items.properties[field];
    expect(property?.type).toBe(type);
    expect(property?.description).toMatch(description);
  });

  it.each([
    [{ kind: 'role', roles: ['project-moderator', 'folder-moderator'] }, true],
    [{ kind: 'role', role: 'admin' }, true],
    [{ kind: 'role', roles: [] }, false],
    [{ kind: 'role', roles: 'admin' }, false],
  ])('validates the role pool counts %j: %s', (counts, valid) => {
    const pool = { id: 'p', counts, included: 0, purchased: 0, enforce: 'none', billing: 'usage' };
    const policy = {
      tenant: 't',
      name: 'T',
      currency: 'EUR',
      contract: { start: '2026-01-01', cycle: 'year' },
      warnAt: 0.8,
      pools: [pool],
    };
    expect(ajv.compile({ $ref: 'openapi#/components/schemas/Policy' })(policy)).toBe(valid);
  });

  it('is served without a token and equals openApiDocument()', async () => {
    const response = await fetch(`${sandbox.url}/v1/openapi.json`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});

describe('live responses match the document', () => {
  const seatsPath = '/v1/tenants/{tenant}/seats';

  it.each(['qics-demo', 'am-demo', 'echo-teams', 'echo-members', 'citizenlab-demo'])(
    'seats of %s',
    async (tenant) => {
      await expectDocumented(await api(sandbox.url, `/v1/tenants/${tenant}/seats`, tokens.agent), seatsPath);
    },
  );

  it.each([
    ['401', undefined, 'qics-demo'],
    ['403', tokens.tenants['am-demo'], 'qics-demo'],
    ['404', tokens.agent, 'ghost-demo'],
  ])('seats %s problem', async (_status, token, tenant) => {
    await expectDocumented(await api(sandbox.url, `/v1/tenants/${tenant}/seats`, token), seatsPath);
  });

  it.each([
    ['?q=demo', tokens.agent],
    ['?q=velden&limit=1', tokens.agent],
    ['?limit=0', tokens.agent],
    ['?q=demo', tokens.tenants['echo-teams']],
    ['', undefined],
  ])('search %s', async (query, token) => {
    await expectDocumented(await api(sandbox.url, `/v1/tenants${query}`, token), '/v1/tenants');
  });
});
