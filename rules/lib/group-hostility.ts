import type { Draft } from '../../src/draft/types.js';
import { WordPhrases } from '../../src/shared/word-phrases.js';
import type { Target } from '../../src/draft/targets.js';

// Hostility to a group with a protected characteristic (offensive-language). Mentioning a group
// is never enough ("Eid Mubarak to all our patients celebrating today"): what counts is a
// hostile framing of the group, weighed per paragraph. The framings are the kinds of hate
// speech the Crown Prosecution Service and the IHRA working definitions describe: dehumanising
// words, exclusion and removal, collective blame, approval of violence, conspiracy tropes, and
// the disclaimer that comes before a generalisation ("I'm not racist but").

export type Framing =
  | 'dehumanising'
  | 'exclusion'
  | 'confinement'
  | 'denial'
  | 'pathologising'
  | 'danger to children'
  | 'danger to others'
  | 'collective blame'
  | 'approval of violence'
  | 'conspiracy trope'
  | 'disclaimer';

export interface Hostility {
  framing: Framing;
  /** The words found, for the message. */
  text: string;
  weight: number;
  range: [number, number];
  /** Whether the framing needs a group in view to count. */
  needsGroup: boolean;
}

const p = (s: string) => s.split(' ');
/** Every phrase of a head and a tail: "blokes in wigs" from [blokes] x [in wigs]. */
const product = (heads: string, tails: string[]) => heads.split(' ').flatMap((h) => tails.map((t) => p(`${h} ${t}`)));
// The trope that a trans woman is a man in women's clothes: a male noun, then what he wears.
const MALE = 'man men bloke blokes lad lads guy guys fella fellas geezer geezers male males';
const DRESSED = [
  'in a dress',
  'in dresses',
  'in a wig',
  'in wigs',
  'in a skirt',
  'in skirts',
  'in heels',
  'in lipstick',
  'in make-up',
  'in makeup',
  'in drag',
];
const FRAMINGS: { framing: Framing; phrases: string[][]; weight: number; needsGroup: boolean }[] = [
  {
    framing: 'dehumanising',
    weight: 1,
    needsGroup: true,
    phrases: [
      'animals',
      'vermin',
      'filth',
      'scum',
      'savages',
      'subhuman',
      'sub-human',
      'cockroaches',
      'parasites',
      'leeches',
      'bloodsuckers',
      'rats',
      'plague',
      'infestation',
      'infesting',
      'swarm',
      'swarming',
      'breed like',
      'breeding like',
      'diseased',
      'a disease',
      'a cancer',
      'monsters',
      'invaders',
      'invasion',
      'apes',
      'pigs',
      // Old patients called by what they cost ("bed blockers the lot of them").
      'bed blockers',
      'bed-blockers',
    ].map(p),
  },
  {
    framing: 'exclusion',
    weight: 1,
    needsGroup: true,
    phrases: [
      'send them back',
      'send the lot back',
      'send them all back',
      'send em back',
      'deport them',
      'deport the lot',
      'deport',
      'deported',
      'deporting',
      'deportation',
      'kicked out',
      'kick them out',
      'get rid of them',
      'get them out',
      'no place for them',
      'not welcome here',
      "don't belong here",
      'go back to where',
      'go back to your own',
      'go back to their own',
      'ban them',
      'stop the boats',
      'close the borders',
      'its own first',
      'our own first',
      'look after our own',
      'put our own',
      'put its own',
      'put britain first',
      'british jobs for british',
    ].map(p),
  },
  {
    // Locking people up or keeping them out of a place, said of any protected group (removal to
    // another country, above, is said of people by where they are from or what they believe).
    framing: 'confinement',
    weight: 1,
    needsGroup: true,
    phrases: [
      'want locking up',
      'wants locking up',
      'need locking up',
      'needs locking up',
      'should be locked up',
      'should all be locked up',
      'lock them up',
      'lock em up',
      'lock them all up',
      'locking them up',
      'keep them out',
      'keep them away from',
      'should be banned from',
      'not on my ward',
      'not in my practice',
      'not in my surgery',
      // Said of old people: out of the way, like a worn-out horse.
      'out to pasture',
    ].map(p),
  },
  {
    // Denying who someone is: the trope that a trans woman is "a man in a dress".
    framing: 'denial',
    weight: 0.6,
    needsGroup: true,
    phrases: [
      ...product(MALE, DRESSED),
      ...[
        'still a man',
        'still a bloke',
        'still a woman',
        'real women',
        'real woman',
        'biological male',
        'biological males',
        'pretending to be a woman',
        'pretending to be a man',
      ].map(p),
    ],
  },
  {
    // Who someone is called an illness: "they're mentally ill", "it's a mental disorder" (not
    // "more likely to be mentally ill", a finding about risk). Said of disabled people, it may
    // be a description: offensive-language does not count it for them alone.
    framing: 'pathologising',
    weight: 0.6,
    needsGroup: true,
    phrases: [
      'are mentally ill',
      'are all mentally ill',
      "they're mentally ill",
      'theyre mentally ill',
      'is a mental illness',
      "it's a mental illness",
      'its a mental illness',
      'is a mental disorder',
      "it's a mental disorder",
      'are sick in the head',
      'are not normal',
      "aren't normal",
      'are unnatural',
      "it's unnatural",
      'is unnatural',
      'are perverts',
      'are perverted',
      'are deviants',
      'are degenerates',
      'are delusional',
    ].map(p),
  },
  {
    // The trope that a group endangers children: "groomers", "shouldn't be anywhere near kids".
    framing: 'danger to children',
    weight: 1,
    needsGroup: true,
    phrases: [
      'groomers',
      'grooming kids',
      'grooming children',
      'grooming our kids',
      'anywhere near kids',
      'anywhere near children',
      'anywhere near our kids',
      'anywhere near our children',
      'allowed near kids',
      'allowed near children',
      'let near kids',
      'let near children',
      'a danger to kids',
      'a danger to children',
      'a threat to kids',
      'a threat to children',
    ].map(p),
  },
  {
    // The same trope aimed at women or patients ("a danger to every woman on the ward"). Said of
    // disabled people it may be a clinical risk: offensive-language does not count it for them alone.
    framing: 'danger to others',
    weight: 0.6,
    needsGroup: true,
    phrases: product('danger threat menace', [
      'to women',
      'to every',
      'to all',
      'to real',
      'to our',
      'to my',
      'to patients',
      'to everyone',
      'to society',
    ]).map((ph) => ['a', ...ph]),
  },
  {
    framing: 'collective blame',
    weight: 0.6,
    needsGroup: true,
    phrases: [
      'they all',
      'all of them',
      'every single one of them',
      'the lot of them',
      'these people',
      'those people',
      'that lot',
      'all the same',
      'nothing but',
      'every last one',
      'a drain on',
      'a burden on',
      'costing the rest of us',
    ].map(p),
  },
  {
    framing: 'conspiracy trope',
    weight: 0.6,
    needsGroup: false,
    phrases: [
      'pulling the strings',
      'pull the strings',
      'puppet masters',
      'puppet master',
      'globalists',
      'globalist',
      'the same lobby',
      'rootless cosmopolitans',
      'control the media',
      'controls the media',
      'control the banks',
      'controls the banks',
      'new world order',
      'great replacement',
      'we all know who',
      'followthemoney',
      'zionist-controlled',
      'rothschilds',
    ].map(p),
  },
  {
    framing: 'disclaimer',
    weight: 0.5,
    needsGroup: true,
    phrases: [
      'not racist but',
      'not being racist but',
      "i'm not racist",
      'not a racist but',
      'not being racist',
      'not homophobic',
      'not transphobic',
      'not sexist',
      'not ageist',
      'not islamophobic',
      'no offence but',
      'not being funny but',
      'sorry but',
    ].map(p),
  },
];

/**
 * Who is meant when the group is not named: a disclaimer names the characteristic ("not being
 * racist but"), and the migration story names people by nationality ("off the boats", "can't be
 * bothered learning English"). Race in the Equality Act includes nationality.
 */
const CODED: { characteristic: string; phrases: string[][] }[] = [
  { characteristic: 'race', phrases: ['racist', 'racists'].map(p) },
  { characteristic: 'sexual orientation', phrases: ['homophobic'].map(p) },
  { characteristic: 'gender reassignment', phrases: ['transphobic'].map(p) },
  { characteristic: 'sex', phrases: ['sexist'].map(p) },
  { characteristic: 'age', phrases: ['ageist'].map(p) },
  // Old people named by a sneer ("a ward full of coffin dodgers"): the name itself says age.
  { characteristic: 'age', phrases: ['coffin dodger', 'coffin dodgers', 'coffin-dodgers', 'wrinklies', 'crumblies'].map(p) },
  { characteristic: 'religion', phrases: ['islamophobic', 'antisemitic'].map(p) },
  // A group named by its month, week, day or festival ("pride month again ..."). A mainstream
  // holiday (Christmas, Easter) names a season, not a group, and is left out.
  {
    characteristic: 'sexual orientation',
    phrases: [
      'pride month',
      'pride week',
      'pride parade',
      'pride march',
      'pride flag',
      'pride flags',
      'lgbt history month',
      'lgbtq history month',
      'rainbow lanyard',
      'rainbow lanyards',
      'rainbow badge',
      'rainbow badges',
    ].map(p),
  },
  {
    characteristic: 'gender reassignment',
    phrases: ['trans awareness week', 'trans day of visibility', 'trans day of remembrance', 'pronoun badges', 'pronoun badge'].map(p),
  },
  {
    characteristic: 'race',
    phrases: ['black history month', 'windrush day', 'south asian heritage month', 'gypsy roma traveller history month'].map(p),
  },
  {
    characteristic: 'religion',
    phrases: ['ramadan', 'eid', 'diwali', 'hanukkah', 'vaisakhi', 'passover', 'rosh hashanah', 'yom kippur', 'iftar'].map(p),
  },
  {
    characteristic: 'race',
    phrases: [
      'off the boats',
      'off the boat',
      'small boats',
      'on the boats',
      'dinghies',
      'crossing the channel',
      'crossed the channel',
      'asylum hotel',
      'asylum hotels',
      'learning english',
      'learn english',
      'speak english',
      'speak a word of english',
      'learn the language',
      'interpreters for',
      'came over here',
      'come over here',
      'coming over here',
      'their own country',
      'from abroad',
    ].map(p),
  },
];
const APPROVAL = [
  'fair play',
  'well done',
  'good on',
  'about time',
  'respect to',
  'proud of the boys',
  'finish the job',
  'deserved it',
  'had it coming',
  'good riddance',
  'nice one',
].map(p);
const VIOLENCE =
  /^(?:torched|burned|burnt|bombed|firebombed|petrol-bombed|attacked|gassed|shot|lynched|massacred|massacre|genocide|holocaust|wiped|cleansing|smashed|stabbed|torch|burn)$/;

// Every framing's phrases in one index, in the order the framings are tried; a one-word
// phrase also matches as a hashtag ("#followthemoney").
const FRAMING_INDEX = new WordPhrases(
  FRAMINGS.flatMap((f) => f.phrases.flatMap((ph) => [[ph, f] as const, ...(ph.length === 1 ? [[[`#${ph[0]}`], f] as const] : [])])),
);
const APPROVAL_INDEX = WordPhrases.of(APPROVAL);
const CODED_INDEX = new WordPhrases(CODED.flatMap((c) => c.phrases.map((ph) => [ph, c.characteristic] as const)));

const NEGATED = new Set(['not', 'never', "aren't", "isn't", "wasn't", "weren't", 'no']);

/** Hostile framings per paragraph, with the groups in view. */
export function groupHostility(draft: Draft): { paragraph: number; groups: Target[]; found: Hostility[] }[] {
  const byParagraph = new Map<number, { groups: Target[]; found: Hostility[] }>();
  const entry = (para: number) => {
    let e = byParagraph.get(para);
    if (!e) byParagraph.set(para, (e = { groups: [], found: [] }));
    return e;
  };
  for (const s of draft.sentences) {
    const ws = s.words;
    const e = entry(s.paragraph);
    for (let i = 0; i < ws.length; i++) {
      const framed = FRAMING_INDEX.at(ws, i);
      // "they are not a danger to children": the trope denied (in "should not be allowed near
      // children" the "not" is the trope's own).
      if (
        (framed?.value.framing === 'danger to children' || framed?.value.framing === 'danger to others') &&
        !framed.phrase.includes('near') &&
        ws.slice(Math.max(0, i - 2), i).some((x) => NEGATED.has(x.key))
      )
        continue;
      if (framed) {
        const { phrase, value: f } = framed;
        const end = ws[i + phrase.length - 1]?.range[1] ?? ws[i]!.range[1];
        e.found.push({
          framing: f.framing,
          text: draft.prose.slice(ws[i]!.range[0], end),
          weight: f.weight,
          range: [ws[i]!.range[0], end],
          needsGroup: f.needsGroup,
        });
      }
      const approval = APPROVAL_INDEX.phraseAt(ws, i);
      if (approval) {
        const violent = ws.slice(i + approval.length, i + approval.length + 10).find((x) => VIOLENCE.test(x.key));
        if (violent)
          e.found.push({
            framing: 'approval of violence',
            text: `${approval.join(' ')} … ${violent.text}`,
            weight: 1,
            range: [ws[i]!.range[0], violent.range[1]],
            needsGroup: false,
          });
      }
    }
  }
  // The groups are asked of the draft only when a framing turned up: most drafts have none.
  if (![...byParagraph.values()].some((e) => e.found.length)) return [];
  for (const t of draft.targets.all) if (t.kind === 'protected') entry(draft.sentences[t.sentence]!.paragraph).groups.push(t);
  draft.sentences.forEach((s, si) => {
    const e = byParagraph.get(s.paragraph);
    if (!e?.found.length) return;
    for (let i = 0; i < s.words.length; i++) {
      const coded = CODED_INDEX.at(s.words, i);
      if (!coded) continue;
      const { phrase, value: characteristic } = coded;
      const range: [number, number] = [s.words[i]!.range[0], s.words[i + phrase.length - 1]!.range[1]];
      e.groups.push({
        kind: 'protected',
        range,
        text: draft.prose.slice(...range),
        sentence: si,
        characteristic,
        cared: false,
        plural: true,
      });
    }
  });
  return [...byParagraph].map(([paragraph, v]) => ({ paragraph, ...v }));
}
