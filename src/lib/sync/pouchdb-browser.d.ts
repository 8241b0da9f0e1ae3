// The small part of PouchDB's API the sync engine uses (the package ships no types).
declare module 'pouchdb-browser' {
  export interface PouchDoc {
    _id: string;
    _rev?: string;
    _deleted?: boolean;
    _conflicts?: string[];
    [field: string]: unknown;
  }
  export interface ReplicationResult {
    ok: boolean;
    docs_read: number;
    docs_written: number;
    doc_write_failures: number;
    errors: unknown[];
  }
  export interface ReplicateOptions {
    batch_size?: number;
    batches_limit?: number;
    retry?: boolean;
  }
  export interface ChangesResult {
    results: { id: string; seq: number | string; doc?: PouchDoc; deleted?: boolean }[];
    last_seq: number | string;
  }
  export interface BulkResult {
    ok?: boolean;
    id?: string;
    rev?: string;
    error?: string | boolean;
    status?: number;
  }
  export interface DatabaseOptions {
    auto_compaction?: boolean;
    skip_setup?: boolean;
    fetch?: (url: string | Request, init?: RequestInit) => Promise<Response>;
  }
  export default class PouchDB {
    constructor(name: string, options?: DatabaseOptions);
    get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<PouchDoc>;
    put(doc: PouchDoc): Promise<BulkResult>;
    bulkDocs(docs: PouchDoc[]): Promise<BulkResult[]>;
    allDocs(options: { include_docs?: boolean; conflicts?: boolean }): Promise<{ rows: { id: string; value: { rev: string }; doc?: PouchDoc }[] }>;
    changes(options: { since: number | string; include_docs?: boolean; conflicts?: boolean; return_docs?: boolean; limit?: number }): Promise<ChangesResult>;
    info(): Promise<{ update_seq: number | string; doc_count: number }>;
    destroy(): Promise<unknown>;
    close(): Promise<unknown>;
    replicate: {
      from(source: PouchDB, options?: ReplicateOptions): Promise<ReplicationResult>;
      to(target: PouchDB, options?: ReplicateOptions): Promise<ReplicationResult>;
    };
  }
}
