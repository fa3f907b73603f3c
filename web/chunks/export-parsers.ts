// dist/web/exports.js: the parsers only a scheduler export needs (CSV, JSON), loaded when the
// user picks a file. The main bundle's imports of these packages read them from here
// (scripts/build-web.mjs). csv-parse's browser build carries its own Buffer.
export * as csv from 'csv-parse/browser/esm/sync';
export * as jsonc from 'jsonc-parser';
