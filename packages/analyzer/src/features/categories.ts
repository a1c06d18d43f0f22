/**
 * Threat and harassment scores. The training data labels hate speech and offensive
 * language only, so these two are rules over lexicons and the classifier's abuse
 * probability: a threat is violent wording with intent against a target; harassment is
 * abuse aimed at a person. They are not validated against labels (see README).
 */

const violentWords = new Set([
  'kill', 'killed', 'killing', 'murder', 'shoot', 'shot', 'stab', 'hang', 'hanged', 'lynch', 'burn', 'bomb', 'behead',
  'slaughter', 'exterminate', 'execute', 'gas', 'strangle', 'choke', 'beat', 'attack', 'destroy', 'die', 'dead',
  'gun', 'guns', 'knife', 'bullet', 'bullets', 'shotgun', 'rifle', 'torch', 'massacre', 'genocide', 'eliminate', 'hunt',
]);
const intentWords = new Set(['will', 'gonna', 'going', "i'll", "we'll", "you'll", 'gon', 'finna', 'should', 'deserve', 'deserves', 'must', 'need', 'wanna', 'want']);
const secondPerson = new Set(['you', 'your', "you're", 'u', 'ur', 'yourself', 'youre', 'ya', 'yall', "y'all"]);

export interface CategoryInputs {
  readonly tokens: readonly string[];
  /** 1 − P(neither) from the classifier. */
  readonly abuseProbability: number;
  readonly profane: boolean;
  readonly mentionCount: number;
  readonly groupCount: number;
  readonly isReply: boolean;
}

export interface RuleScores {
  readonly threat: number;
  readonly harassment: number;
  readonly addressesSomeone: boolean;
}

export function ruleScores(input: CategoryInputs): RuleScores {
  let violent = 0;
  let intent = false;
  let addressed = false;
  for (const token of input.tokens) {
    if (violentWords.has(token)) violent++;
    if (intentWords.has(token)) intent = true;
    if (secondPerson.has(token)) addressed = true;
  }
  const targeted = addressed || input.mentionCount > 0 || input.groupCount > 0;
  const violence = violent === 0 ? 0 : violent === 1 ? 0.75 : 1;
  const threat = violence * (targeted ? 1 : 0.4) * (intent ? 1 : 0.6) * (0.4 + 0.6 * input.abuseProbability);
  const directed = addressed && (input.mentionCount > 0 || input.isReply) ? 1 : addressed ? 0.85 : input.mentionCount > 0 || input.isReply ? 0.6 : 0.25;
  const harassment = directed * input.abuseProbability * (input.profane ? 1 : 0.85);
  return { threat: round(threat), harassment: round(harassment), addressesSomeone: addressed };
}

const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 1e4) / 1e4;
