import { randomBytes } from 'node:crypto';
import type { FieldErrors } from './forms';

/** Why a write was given up inside its transaction: a vanished row, or references that do not resolve. */
export type Rejection = { kind: 'missing' } | { kind: 'invalid'; errors: FieldErrors };

/** Thrown from a seat write's plan to roll the transaction back with a reason the page can show. */
export class Rejected extends Error {
  override readonly name = 'Rejected';
  constructor(readonly rejection: Rejection) {
    super(rejection.kind);
  }
}

/** Runs a write, turning a Rejected into its rejection. */
export function unlessRejected<T>(write: () => T): T | Rejection {
  try {
    return write();
  } catch (error) {
    if (error instanceof Rejected) return error.rejection;
    throw error;
  }
}

export const hasErrors = (errors: FieldErrors) => Object.keys(errors).length > 0;

/** A new row id; random so that ids never hint at how many rows a tenant has. */
export const newId = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;
