import { patternTriggerIndex } from './ruleTriggers';
import { correctedWord } from './spellingFixes';

/** Contractions spelled out, with and without the apostrophe a recogniser may drop, so rules see one form. */
const contractions: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(can ?not|can'?t|cant)\b/g, 'cannot'],
  [/\bwon'?t\b/g, 'will not'],
  [/\b(do|does|did|is|are|was|were|could|would|should|have|has|had|ai|must|need)n'?t\b/g, '$1 not'],
  [/\bi'?m\b/g, 'i am'],
  [/\bi'?ve\b/g, 'i have'],
  [/\bi'?ll\b/g, 'i will'],
  [/\bi'?d\b/g, 'i would'],
  [/\b(you|we|they)'re\b/g, '$1 are'],
  [/\b(he|she|it|that|there|what)'s\b/g, '$1 is'],
  [/'s\b/g, ''],
  [/\bgonna\b/g, 'going to'],
  [/\bwanna\b/g, 'want to'],
  [/\bgotta\b/g, 'got to'],
];

/** Regional and spoken forms: "meself", "cannae", "me hands", "shakin". */
const spokenForms: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(meself|mesel|masel|maself|myseln)\b/g, 'myself'],
  [/\b(cannae|canny|canna|cant)\b/g, 'cannot'],
  [/\b(dinnae|dinna|didnae)\b/g, 'did not'],
  [/\b(wouldnae|widnae)\b/g, 'would not'],
  [/\b(isnae|isny)\b/g, 'is not'],
  [
    /\b(me|ma) (mate|mates|pal|hands?|head|chest|heart|arms?|legs?|wrists?|skin|body|breath|breathing|pills|tablets|meds|valium|diazepam|benzos|script|prescription|da|dad|mam|mum|ma|husband|wife|missus|fella|partner|throat|face|lips|tongue)\b/g,
    'my $2',
  ],
  [/\b(a|ah) (cannot|can not|am|have|had|feel|think|need|took|cannot)\b/g, 'i $2'],
  [
    /\b(cutt|shak|breath|hurt|harm|bleed|jerk|fitt|trembl|convuls|think|see|hear|kill|dy|fad|sink|pass|black|faint|choking|gasp|spasm|drink|smok|us|burn|twitch)in\b/g,
    '$1ing',
  ],
  [/\b(an)\b(?= (a|i|my|the|now|then|it|will|wont|not|she|he|they|cannot|is|was)\b)/g, 'and'],
  [
    /\bpure\b(?= (sore|tight|sair|bad|awful|agony|dizzy|sick|rough|wrecked|scared|shaking))/g,
    'really',
  ],
];

/** Mishearings a spelling fix cannot reach: split words, sound-alikes and slang. */
const mishearings: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(on|un) ?(conscious|conscience|conchus)\b/g, 'unconscious'],
  [/\b(on|un) ?(responsive|responding)\b(?! to\b)/g, 'unresponsive'],
  [/\bcon ?vuls(ing|ions?|ed)\b/g, 'convuls$1'],
  [/\b(amber|ambu|am be) ?lance\b/g, 'ambulance'],
  [/\b(summer ?tans|sama ?ritans|samaratins|summer tins)\b/g, 'samaritans'],
  [/\b(value him|val eum|vale um)\b/g, 'valium'],
  [/\bcannot (breed|bread|breeze|brief)\b/g, 'cannot breathe'],
  [/\b(and|an) (my|me) life\b/g, 'end my life'],
  [/\b(sue a ?side|sewer side|sue side|soo side|su icide|sui side)\b/g, 'suicide'],
  [/\bself ?(arm|harming|harmed|arming)\b/g, 'self harm'],
  [/\bmy ?(self|slef|sef)\b/g, 'myself'],
  [
    /\b(over ?dose|over ?doze|over ?dosed|over ?dozed|overdoze|overdozed|od)\b(?! on (netflix|tv|telly|youtube|chocolate|sugar|coffee|caffeine|tea|sweets|cake))/g,
    'overdosed',
  ],
  [/\b(i|he|she|they|we|might have|may have|think i) (odd|oded|odeed|odead)\b/g, '$1 overdosed'],
  [/\b(to|two) (many|much)\b/g, 'too $2'],
  [/\b(see ?jure|sea ?sure|see ?sure|seez ?ure|seizer|ceasure|seasure|siezure)\b/g, 'seizure'],
  [/\b(bensos?|benzoe?s|benzies|benzo|bennies)\b/g, 'benzos'],
  [/\b(zanax|zanex|xanex|xannies|xans)\b/g, 'xanax'],
  [/\b(vallium|vallum|valum|vallies|vals)\b/g, 'valium'],
  [/\bmetha ?done\b/g, 'methadone'],
  [/\b(stoped|stopt|stoppped)\b/g, 'stopped'],
  [/\bcold turk(y|ee|ie)\b/g, 'cold turkey'],
  [/\b(un ?conshus|unconcious|unconsious|unconsius)\b/g, 'unconscious'],
  [/\bchest payne?\b/g, 'chest pain'],
  [/\btape her(ing)?\b/g, 'taper$1'],
  [/\bbreath(?= (properly|right|normally|at all|anymore|any more))/g, 'breathe'],
  [/\bcannot (breath|brethe|breth|breeth)\b/g, 'cannot breathe'],
  [/\bgrand mal\b/g, 'seizure'],
  [/\bkil\b/g, 'kill'],
  [/\bsue (a )?sidal\b/g, 'suicidal'],
  [/\bvalley ?um\b/g, 'valium'],
  [/\bun ?(concious|conscious|conshus)\b/g, 'unconscious'],
  [/\b(wierd|weerd)\b/g, 'weird'],
  [/\bhole (body|bottle|pack|packet|box|lot|strip)\b/g, 'whole $1'],
  [/\b(a|had a|having a) (sieze ?her|seize ?her|cease ?her|seas ?her|seize ?you)\b/g, '$1 seizure'],
  [/\bno ones\b/g, 'no one is'],
  [/\b(evryone|everyones)\b/g, 'everyone'],
  [/\bn\b(?= (dizzy|sick|shaking|scared|confused|weird))/g, 'and'],
  [/\bzan ?axe?\b/g, 'xanax'],
  [/\bhall?o ?(sinat|cinat|sunat)(\w*)/g, 'hallucinat$2'],
  [/\b(colonel|klono|kolono) ?pin\b/g, 'klonopin'],
  [/\bwith ?draw ?(all|als|el)\b/g, 'withdrawal'],
  [/\ba live\b/g, 'alive'],
  [/\b(rly|rlly|realy)\b/g, 'really'],
  [/\bclone? ?(as|az|us) ?a ?pam\b/g, 'clonazepam'],
  [/\bperk ?(a|o) ?set\b/g, 'percocet'],
  [/\b(want|wont|won) wake\b/g, 'will not wake'],
  [/\bcrisis (lion|lying|loin)\b/g, 'crisis line'],
  [/\b(sue ?side|soo ?side|sooside|sueside|suiside)\b/g, 'suicide'],
  [/\bhole (pack|packet|bottle|box|lot|strip|supply)\b/g, 'whole $1'],
  [/\breel\b(?= (weird|bad|sick|strange|crook|off|wrong|dizzy))/g, 'real'],
  [/\bval ?yum\b/g, 'valium'],
  [/\b(a|having a|had a|another) (sees your|seize your|cease your|seas your)\b/g, '$1 seizure'],
  [/\b(can|i) here\b/g, '$1 hear'],
  [/\bchess (pain|pains|is|hurts)\b/g, 'chest $1'],
  [
    /\b(trouble|difficulty|hard|struggling|problem|problems) (breeding|breading|breezing)\b/g,
    '$1 breathing',
  ],
  [/\bambulan\w*\b/g, 'ambulance'],
  [/\b(rists?|wristes)\b/g, 'wrists'],
  [/\b(haveing|havin)\b/g, 'having'],
  [/\b(laura|lora|lorry) ?(zepam|zapam|zepan)\b/g, 'lorazepam'],
  [/\b(attic|at a|adi) ?van\b/g, 'ativan'],
  [/\b(clona|clonna) ?(zepam|zapam)\b/g, 'clonazepam'],
  [/\bvoice is\b/g, 'voices'],
  [/\b(chest|my) pane\b/g, '$1 pain'],
  [/\b(breeth|breth|brethe|breeeth)\b/g, 'breathe'],
  [/\b(crysis|crises|cri sis)\b/g, 'crisis'],
  [/\b(outta|outa)\b/g, 'out of'],
  [/\b(dunno|dno)\b/g, 'do not know'],
  [/\bwi\b/g, 'with'],
  [/\bno right\b/g, 'not right'],
  [/\bi here\b/g, 'i hear'],
  [/\b(see zure|sea zure|see seizure)\b/g, 'seizure'],
  [/\b(pain ?pills?|pain ?meds|pain ?killers?)\b/g, 'painkillers'],
];

/** Which repairs could apply to a text, so those whose words are absent are not run. */
const wordForms = [...contractions, ...spokenForms];
const possibleBefore = patternTriggerIndex(wordForms.map(([pattern]) => pattern));
const possibleMishearings = patternTriggerIndex(mishearings.map(([pattern]) => pattern));

/**
 * Applies a list of repairs in order, skipping those whose words are absent. A repair can bring another's words
 * ("hole bottle" becomes "whole bottle"), so what could apply is found again whenever the text changes.
 */
function repairedInTurn(
  text: string,
  repairs: ReadonlyArray<readonly [RegExp, string]>,
  possible: (text: string) => Uint8Array,
): string {
  let result = text;
  let isPossible = possible(result);
  repairs.forEach(([pattern, replacement], index) => {
    if (isPossible[index] !== 1) return;
    const next = result.replace(pattern, replacement);
    if (next !== result) isPossible = possible(next);
    result = next;
  });
  return result;
}

/** Lowercase words, contractions spelled out and common mishearings mended; clauses kept apart by " | ". */
export function normaliseText(text: string): string {
  // Most of what people say is plain ASCII, which NFKC leaves as it is.
  let normalised = (/^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[.!?;:,\n\r]+/g, ' | ')
    .replace(/[^a-z0-9'| ]+/g, ' ')
    .replace(/\s+/g, ' ');
  normalised = repairedInTurn(normalised, wordForms, possibleBefore);
  normalised = normalised.replace(/'/g, '').split(' ').map(correctedWord).join(' ');
  normalised = repairedInTurn(normalised, mishearings, possibleMishearings);
  return normalised.replace(/\s+/g, ' ').trim();
}
