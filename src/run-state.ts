// What a module keeps that belongs to the process it runs in: what it read from the process (the
// environment, its own folder) and native objects (ICU's). The CLI can start from a V8 startup
// snapshot taken after a warm-up lint at build time (bin/snapshot-entry.cjs): what was kept then
// is the build's, and a native object cannot be saved at all, so both are forgotten before the
// snapshot is taken and as each run starts, and made again on use.
const resets: (() => void)[] = [];

/** Registers how to forget state read from the process; it is read again on next use. */
export function onNewRun(reset: () => void): void {
  resets.push(reset);
}

/** Forgets every module's state of its process: as a CLI run starts, and before a snapshot. */
export function startNewRun(): void {
  for (const reset of resets) reset();
}
