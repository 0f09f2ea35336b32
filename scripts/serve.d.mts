// Types for scripts/serve.mjs (plain JavaScript, so the zip's server runs on Node alone).
interface ServeLimits {
  maxConnections: number;
  headersTimeout: number;
  requestTimeout: number;
  idleTimeout: number;
  keepAliveTimeout: number;
}

export declare function serve(options: {
  root: string;
  base?: string;
  port?: number;
  policy?: string | null;
  tryNextPorts?: boolean;
  hosts?: string[];
  limits?: Partial<ServeLimits>;
}): Promise<{ url: string; close: () => Promise<void> }>;
