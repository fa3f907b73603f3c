// Care words that name what staff learn, not care anyone receives: "his wound care module",
// "her sedation exam", "a falls prevention course". The people layer and the patient context
// both ask.

const LEARNING = new Set(
  'course courses training module modules exam exams qualification qualifications certificate diploma degree cpd workshop webinar lecture lectures teaching masterclass conference'.split(
    ' ',
  ),
);

/** Whether one of the next few words (lower-cased, in order) makes the care word before them a course's name. */
export function namesLearning(nextWords: readonly string[], within = 4): boolean {
  for (let k = 0; k < within && k < nextWords.length; k++) if (LEARNING.has(nextWords[k]!)) return true;
  return false;
}

/** The words right after offset `end` in a text, lower-cased, up to the end of the clause. */
export function wordsAfter(text: string, end: number, count = 4): string[] {
  const tail = text.slice(end, end + 80);
  const clause = tail.split(/[.,;:!?\n]/)[0] ?? '';
  return clause
    .toLowerCase()
    .split(/[^a-z0-9'’-]+/)
    .filter(Boolean)
    .slice(0, count);
}
