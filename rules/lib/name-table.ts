// The first-name table lives below the rules and the draft model (src/shared/name-table.ts).
export { bucketNames, nameFlags } from '../../src/shared/name-table.js';
