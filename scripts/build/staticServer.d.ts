import type { Server } from "http";

export interface StaticServer {
  server: Server;
  /** The base URL, e.g. `http://127.0.0.1:3000/`. */
  url: string;
  close(): Promise<void>;
}

/** Serves the files of `root` on 127.0.0.1 at `port` (0 picks a free port). */
export function startStaticServer(root: string, port?: number): Promise<StaticServer>;
