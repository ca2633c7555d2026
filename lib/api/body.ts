import type * as z from 'zod/mini';
import { SeatApiError } from './errors';
import { parseWith } from './issues';

/** The body as the schema's output, or an 'invalid-response' error naming the status and the first bad path. */
export function parseBody<S extends z.ZodMiniType>(schema: S, status: number, text: string): z.output<S> {
  const parsed = parseWith(schema, parseJson(status, text));
  if (!parsed.ok) throw invalidResponse(status, parsed.issue);
  return parsed.data;
}

function parseJson(status: number, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw invalidResponse(status, `not JSON (${(error as Error).message})`, error);
  }
}

export function invalidResponse(status: number, issue: string, cause?: unknown): SeatApiError {
  return new SeatApiError('invalid-response', `The Seat API sent an invalid response (${status}): ${issue}`, {
    status,
    cause,
  });
}
