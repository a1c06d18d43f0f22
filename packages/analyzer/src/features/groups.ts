/**
 * Groups a post mentions (targets of hate speech are groups as often as people), from a
 * lexicon of neutral group names. A cheap pass over the post's tokens runs first; only
 * posts where it finds a candidate go through wink-nlp, whose tokenizer and lemmatizer
 * decide the match (lemmas fold plurals and irregular forms; tokens give bigrams such as
 * "black people").
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type GroupCategory = 'religion' | 'ethnicity' | 'nationality' | 'migration' | 'gender' | 'sexuality' | 'disability';

export interface GroupMention {
  readonly category: GroupCategory;
  /** The lexicon's canonical term (singular), not the post's wording. */
  readonly term: string;
}

const lexicon: Record<GroupCategory, readonly string[]> = {
  religion: ['muslim', 'islam', 'jew', 'jewish', 'judaism', 'christian', 'catholic', 'hindu', 'sikh', 'buddhist', 'atheist', 'mormon'],
  ethnicity: ['black people', 'black man', 'black woman', 'white people', 'white man', 'white woman', 'asian', 'african', 'african american',
    'hispanic', 'latino', 'latina', 'arab', 'native american', 'indigenous', 'aboriginal', 'roma', 'jewish people'],
  nationality: ['mexican', 'chinese', 'indian', 'pakistani', 'somali', 'syrian', 'russian', 'irish', 'polish', 'haitian', 'nigerian', 'korean', 'japanese'],
  migration: ['immigrant', 'migrant', 'refugee', 'foreigner', 'asylum seeker', 'illegal alien', 'illegal immigrant'],
  gender: ['woman', 'girl', 'female', 'feminist', 'lady'],
  sexuality: ['gay', 'lesbian', 'bisexual', 'transgender', 'trans', 'queer', 'lgbt', 'lgbtq', 'homosexual'],
  disability: ['disabled', 'autistic', 'deaf', 'blind people', 'handicapped', 'wheelchair user'],
};

const termCategory = new Map<string, GroupCategory>();
for (const [category, terms] of Object.entries(lexicon) as [GroupCategory, readonly string[]][]) {
  for (const term of terms) termCategory.set(term, category);
}
const irregularPlurals = new Map([['women', 'woman'], ['men', 'man'], ['ladies', 'lady'], ['jews', 'jew']]);

/** Singular candidates of a surface word: itself, without -s or -es, irregular plurals. */
function singulars(word: string): string[] {
  const irregular = irregularPlurals.get(word);
  return irregular === undefined ? [word, word.replace(/s$/, ''), word.replace(/es$/, '')] : [irregular];
}

/** Surface forms of every term's first word (singular, -s, -es, irregular plurals): the cheap pass looks these up. */
const candidateForms = new Set<string>();
for (const term of termCategory.keys()) {
  const first = term.split(' ')[0] as string;
  for (const form of [first, `${first}s`, `${first}es`]) candidateForms.add(form);
}
for (const plural of irregularPlurals.keys()) candidateForms.add(plural);

/** Indices of tokens that may start a lexicon term. */
function candidateIndices(tokens: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (candidateForms.has(tokens[i] as string)) out.push(i);
  return out;
}

let nlp: ReturnType<typeof winkNLP> | undefined;
const getNlp = () => (nlp ??= winkNLP(model));

/** Lexicon version: bump when the lexicon changes (it is part of the metadata's provenance). */
export const groupLexiconVersion = 'groups-1';

/**
 * Groups mentioned in a post whose normalised words are `tokens`. Only the short spans
 * around candidate words go through wink-nlp, which keeps the cost off ordinary posts.
 */
export function findGroups(tokens: readonly string[], max: number): GroupMention[] {
  const candidates = candidateIndices(tokens);
  if (candidates.length === 0) return [];
  const nlpInstance = getNlp();
  const found = new Map<string, GroupCategory>();
  // One span per candidate (the word and the next), separated so no pair crosses spans.
  const spans = candidates.map((i) => tokens.slice(i, i + 2).join(' '));
  const doc = nlpInstance.readDoc(spans.join(' ; '));
  const lemmas = (doc.tokens().out(nlpInstance.its.lemma as never) as string[]).map((l) => l.toLowerCase());
  const normals = doc.tokens().out(nlpInstance.its.normal);
  for (let i = 0; i < lemmas.length; i++) {
    const forms = [lemmas[i] as string, ...singulars(normals[i] as string)];
    const nextForms = i + 1 < lemmas.length ? [lemmas[i + 1] as string, ...singulars(normals[i + 1] as string)] : [];
    for (const form of forms) {
      const single = termCategory.get(form);
      if (single) found.set(form, single);
      for (const next of nextForms) {
        const pair = termCategory.get(`${form} ${next}`);
        if (pair) found.set(`${form} ${next}`, pair);
      }
    }
  }
  return [...found].sort((a, b) => (a[0] < b[0] ? -1 : 1)).slice(0, max).map(([term, category]) => ({ category, term }));
}
