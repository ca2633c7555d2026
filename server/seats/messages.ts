import * as z from 'zod/mini';

// What the server and its seats builder thread say to each other, and the built body they share.

/** The encodings every body is kept in, in the order the server prefers them. */
export const Encoding = z.enum(['br', 'gzip', 'identity']);
export type Encoding = z.output<typeof Encoding>;

const Body = z.instanceof(Uint8Array);

/** A tenant's seats body at one version, ready to send in each encoding. */
export const BuiltSeats = z.object({
  version: z.int(),
  /** The strong tag of the content without asOf, so that an unchanged tenant revalidates across builds. */
  etag: z.string(),
  /** When this version was built: the snapshot's asOf. */
  asOf: z.string(),
  bodies: z.object({ br: Body, gzip: Body, identity: Body }),
});
export type BuiltSeats = z.output<typeof BuiltSeats>;

/** The thread's start: the database file it opens read-only, and its module for the JavaScript entry. */
export const WorkerData = z.object({ dataFile: z.string(), module: z.string() });
export type WorkerData = z.output<typeof WorkerData>;

export const BuildRequest = z.object({ id: z.int(), tenant: z.string(), asOf: z.string() });
export type BuildRequest = z.output<typeof BuildRequest>;

/** A build's outcome: the body, null when the tenant does not exist, or the error's message. */
export const BuildReply = z.union([
  z.object({ id: z.int(), built: z.nullable(BuiltSeats) }),
  z.object({ id: z.int(), error: z.string() }),
]);
export type BuildReply = z.output<typeof BuildReply>;
