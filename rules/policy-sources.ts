// The policy texts rules cite, by the short names of the seeds index (seeds/README.md in the
// shared reference folder), and the other codes a rule may cite beside them. A rule's
// meta.policy entries each begin with one of these names (test/quality/rule-files.test.ts checks).
// Kept here so the check runs in a clone without the reference folder.

export const POLICY_SOURCES: readonly { name: string; cited: readonly string[] }[] = [
  { name: 'GDC guidance', cited: ['GDC guidance', 'GDC Standards'] },
  { name: 'CODE policy summary', cited: ['CODE policy summary'] },
  { name: 'HCPC guidance', cited: ['HCPC'] },
  { name: 'Practice policy template', cited: ['Practice policy'] },
  { name: 'CSP guidance', cited: ['CSP'] },
  // Not a seed: the UK advertising code, for health claims.
  { name: 'CAP Code', cited: ['CAP Code'] },
  // Not a policy: what a platform itself accepts (platform-limits).
  { name: "The platform's own limit", cited: ["The platform's own limit"] },
];
