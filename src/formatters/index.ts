import type { Formatter } from './types.js';

// Each formatter loads only when chosen.
export const formatters: Record<string, () => Promise<Formatter>> = {
  stylish: () => import('./stylish.js').then((m) => m.default),
  json: () => import('./json.js').then((m) => m.default),
  compact: () => import('./compact.js').then((m) => m.default),
  unix: () => import('./unix.js').then((m) => m.default),
  sarif: () => import('./sarif.js').then((m) => m.default),
  github: () => import('./github.js').then((m) => m.default),
  gitlab: () => import('./gitlab.js').then((m) => m.default),
  html: () => import('./html.js').then((m) => m.default),
  junit: () => import('./junit.js').then((m) => m.default),
};

export type { Formatter } from './types.js';
