import { patternTriggerIndex } from './ruleTriggers';

/** A way of talking that borrows a danger word but means no danger; it is set aside before screening. */
export interface Idiom {
  readonly pattern: RegExp;
  readonly reason: string;
}

/** Idioms with kill, die, dead and death in them, as people use them every day. */
export const idioms: readonly Idiom[] = [
  {
    pattern:
      /\b(is|are|was|were|been|keeps?|it|this|that|they|craving|cravings|taper|back|head|feet|legs|withdrawal) killing (me|it)\b/g,
    reason: 'something "is killing me" is a complaint about pain or strain, not a plan',
  },
  {
    pattern:
      /\boverdos\w* on (netflix|tv|telly|youtube|chocolate|sugar|coffee|caffeine|tea|sweets|cake|shows|series|podcasts|news|social media|tiktok)\b/g,
    reason: '"overdosed on netflix" is too much of a good thing',
  },
  { pattern: /\bkilling it\b/g, reason: '"killing it" means doing well' },
  {
    pattern: /\bkill(ing)? (some |the |a bit of |a little )?time\b/g,
    reason: '"kill time" means waiting',
  },
  {
    pattern: /\b(could|would|will|i) (kill|murder) (for )?(a|an|some|another|the) \w+/g,
    reason: '"I could murder a cup of tea" is wanting something',
  },
  { pattern: /\bdying (to|for)\b/g, reason: '"dying to" and "dying for" mean wanting something' },
  {
    pattern:
      /\b(dying|died|die|boiling|roasting|freezing) (of|from|in|with) (the |this |a )?(heat|cold|thirst|hunger|hay ?fever|flu|man flu|a cold|virus|bug|hangover)\b/g,
    reason: '"dying of the heat" is a complaint about the weather',
  },
  { pattern: /\b(be|been) the death of me\b/g, reason: '"the death of me" means a great nuisance' },
  {
    pattern: /\bdying (my|your|her|his|their|the) (hair|clothes|jeans|shirt|eggs)\b/g,
    reason: 'colouring hair, not dying',
  },
  {
    pattern:
      /\b(would|will|that is|that would|it is|it would) be (social |career |political )?suicide\b/g,
    reason: '"going to the mall today would be suicide" is a joke about crowds',
  },
  {
    pattern: /\bgasping for (a|some|another) \w+/g,
    reason: '"gasping for a cup of tea" is wanting one',
  },
  {
    pattern: /\b(nearly|almost|practically) (had|have|having) a (fit|heart attack)\b/g,
    reason: '"I nearly had a fit" is surprise',
  },
  { pattern: /\bto die for\b/g, reason: '"to die for" means wonderful' },
  {
    pattern: /\b(rather|sooner) die than\b/g,
    reason: '"I\'d rather die than sing karaoke" is a strong dislike',
  },
  {
    pattern: /\b(died|dying|die|dead) (of |from )?(laughing|laughter|embarrassment|boredom)\b/g,
    reason: 'dying of laughter or boredom is exaggeration',
  },
  {
    pattern:
      /\b(bored|scared|frightened|worried|worry|tickled|sick|done|talked|worked|loved|freezing) to death\b/g,
    reason: '"bored to death" and its kin are exaggeration',
  },
  {
    pattern:
      /\bdead (tired|beat|on my feet|set|end|line|serious|easy|quiet|slow|boring|right|heat)\b/g,
    reason: '"dead tired", "dead end" and the like use dead to mean very',
  },
  { pattern: /\bdeadlines?\b/g, reason: 'a deadline is a date' },
  { pattern: /\bover my dead body\b/g, reason: 'a refusal' },
  {
    pattern:
      /\b(phone|battery|laptop|car|plant|plants|tv|telly|charger|the wifi|wifi|speaker|echo) (has |is |just )?(died|dead|dying)\b/g,
    reason: 'things run out of battery or wilt',
  },
  {
    pattern: /\bkill (the )?(lights|music|noise|engine|mood|vibe)\b/g,
    reason: 'turning something off',
  },
  { pattern: /\bkiller \w+/g, reason: '"a killer workout" means a hard one' },
  {
    pattern: /\b(shoot|kill) me now\b(?! for real)/g,
    reason: 'a joking groan about something tedious',
  },
  { pattern: /\bi nearly died\b(?= (laughing|when|of))/g, reason: 'a story told for effect' },
  { pattern: /\bdie ?hard\b/g, reason: 'a devoted fan, or a film' },
];

/** The text with every idiom set aside, so its danger words are not read literally. */
export function withoutIdioms(text: string): string {
  const isPossible = possibleIdioms(text);
  return idioms.reduce(
    (remaining, idiom, index) =>
      isPossible[index] === 1 ? remaining.replace(idiom.pattern, ' ~ ') : remaining,
    text,
  );
}

/** Which idioms could be in a text; setting one aside never brings another's words. */
const possibleIdioms = patternTriggerIndex(idioms.map((idiom) => idiom.pattern));
