// What the device keeps about sync: the remote and its credentials (never
// synced, never in a backup: DEVICE_SETTINGS) and how the last sync went.

export interface SyncConfig {
  /** The CouchDB database URL, without credentials. */
  url: string;
  user: string;
  password: string;
  /** Off keeps the credentials but never contacts the server. */
  enabled: boolean;
}

export interface SyncReport {
  /** Documents the server took from this device. */
  sent: number;
  /** Records that changed on this device because of the server's copy. */
  received: number;
  /** Documents on the server that fail validation: never stored (counted at every sync while they are there). */
  skipped: number;
  /** The first few of their ids, for the status line. */
  skippedIds: string[];
}

export interface SyncStatus {
  /** Epoch ms of the last sync that completed; 0 = never. */
  lastSuccessAt: number;
  /** What that sync moved. */
  last: SyncReport | null;
  /** When the latest try began (epoch ms): its outcome is the rest of this status. */
  startedAt?: number;
  /** Why the latest try failed (null when it succeeded). */
  error: string | null;
  errorAt: number;
}
