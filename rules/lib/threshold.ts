// The evidence threshold the evidence-weighing rules share: how much weighed evidence a
// sentence or paragraph needs before it is reported. Each rule says what it weighs.

/** The `threshold` option (default 1, at least 0.1), described for one rule. */
export function thresholdOption(description: string) {
  return { type: 'number', default: 1, minimum: 0.1, description } as const;
}
