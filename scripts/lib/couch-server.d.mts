export const ADMIN: { user: string; password: string };

export interface Couch {
  origin: string;
  /** Stops the server for real (SIGKILL: no goodbye). */
  kill: () => Promise<void>;
  /** Starts it again on the same port, with the same users (and no documents: it keeps nothing in memory). */
  restart: () => Promise<void>;
  stop: () => Promise<void>;
  /** An admin request; body as JSON. */
  admin: (method: string, path: string, body?: unknown) => Promise<{ status: number; json: unknown }>;
  /** Creates user `name` with their own database `study-${name}`; returns its URL. */
  addUser: (name: string, password: string) => Promise<string>;
}

export function startCouch(): Promise<Couch>;
