/** Word groups the safety rules share, as regular-expression source. */

/** Benzodiazepines and the words people use for their medication. */
export const medicine =
  '(?:pills?|tablets?|meds|medications?|medicines?|prescriptions?|benzos|benzodiazepines?|diazepam|valium|' +
  'xanax|bars|alprazolam|klonopin|clonazepam|lorazepam|ativan|temazepam|restoril|librium|chlordiazepoxide|' +
  'oxazepam|nitrazepam|zopiclone|zolpidem|ambien|sleeping pills?|sleepers)';

/** Alcohol and opioids, the substances that are dangerous with a benzodiazepine. */
export const otherSubstance =
  '(?:alcohol|drinks?|drinking|drank|drunk|wine|beers?|vodka|whisky|whiskey|gin|rum|booze|liquor|spirits|' +
  'cider|lager|grog|goon|rye|mickey|lean|sizzurp|pub|pints?|shots|bottle of|cans|tinnies|tins|gear|smack|opioids?|opiates?|oxy\\w*|fentanyl|heroin|methadone|morphine|' +
  'codeine|tramadol|painkillers?|percocet|vicodin|hydrocodone|kratom|gabapentin|pregabalin|lyrica|subs|suboxone)';

/** How a body in danger feels, in people's words. */
export const feelingWrong =
  '(?:(?:feel|feeling|felt|feels|am|is|seem|getting|gone|going|so|really|very) (?:(?:really|very|so|super|quite|a bit|kind of|kinda|like|all|pretty|real|proper|well|dead|reel|too) )*' +
  '(?:weird|strange|wrong|off|real off|funny|odd|bad|terrible|awful|horrible|sick|woozy|faint|drowsy|dizzy|out of it|' +
  'confused|floaty|spaced out|numb|not right|heavy|loopy|wasted|slurry|foggy|sinking|fading|slipping|drifting|' +
  'sleepy|groggy|scared|frightened|cold|clammy|blue|rough|dizzy|wrecked|crook|dreadful|giddy|unwell|slow|like i am going to pass out|' +
  'not (?:ok|okay|alright|right|well|good))|(?:everything|everything is|things are|it is) slow(?:ed|ing)? (?:right )?down|somethings? (is )?(?:wrong|not right)|something (?:strange|weird|funny)|' +
  'heart (?:is )?(?:doing|beating) (?:something )?(?:strange|weird|funny|odd)|something is not right|' +
  '(?:cannot|can not|could not|barely|hardly|struggling to|struggle to|trying to) (?:stay awake|keep (?:my|his|her|their) eyes open|keep awake|' +
  'breathe|stand up|stand|walk straight|walk|think straight|wake up|move|stay conscious|feel my|keep (?:my|his|her|their) head up|' +
  'hold (?:my|his|her|their) head up|focus|talk|speak)|' +
  '(?:breathing|breath|heartbeat|heart rate|pulse|heart) (?:is |feels |seems )?(?:really |very |so )?(?:slow|slowing|shallow|weird|strange|funny|faint)|' +
  'pass(?:ing)? out|passed out|black(?:ing)? out|blacked out|throwing up|vomiting|slurring|groaning|' +
  'heart (?:is )?(?:racing|pounding|slow|slowing)|nodding off|falling asleep|keep falling asleep|going under|' +
  'not feel right|not feeling right|do not feel right|everything is (?:spinning|foggy|blurry)|room is spinning|fading out|' +
  'cannot feel|lost consciousness|losing consciousness|eyes (?:are )?rolling)';

/** People who might be found in danger by the person speaking. */
export const someoneElse =
  '(?:my (?:da|pa|mam|husband|wife|partner|friend|mate|son|daughter|mum|mom|mother|dad|father|brother|sister|' +
  'husbands|wifes|partners|friends|mates|sons|daughters|mums|moms|dads|brothers|sisters|' +
  'boyfriend|girlfriend|roommate|flatmate|housemate|kid|child|baby|grandma|grandmother|nan|nana|grandad|' +
  'grandfather|grandpa|neighbou?r|uncle|aunt|auntie|cousin|fiance|fiancee|wifey|hubby|other half|room mate)|' +
  'he|she|they|someone|somebody|this (?:guy|man|woman|girl|boy|person))';

/** Words before a danger phrase that mean it is a question or a plan, not something that happened. */
export const notYetCue =
  '\\b(?:want|wants|going|gonna|should|can|could|would|thinking|think|planning|plan|how|if|whether|tempted|' +
  'considering|about to|safe to|ok to|okay to|is it|will|might|may)\\b';

/** Dying, said of oneself. */
export const ownDeath =
  '(?:(?:to|i|and|just|should|could|would|will|then|me|myself|might as well) (?:just )?(?:die|be dead|not wake up|never wake up|stop breathing|not be here|not exist|disappear|be gone|vanish|go to sleep forever|sleep forever)|' +
  'dying|my death|death|suicide|suicidal|kill(?:ing)? myself|end(?:ing)? (?:it|it all|my life|things|everything)|' +
  'me dead|myself dead|myself gone|not being here|not being alive|not existing|no longer (?:here|alive|around)|' +
  'out of the picture|not around anymore|not here anymore|six feet under|in the ground|end of me)';

/** Wanting, planning or being drawn towards something. */
export const drawnTowards =
  '(?:want|wanted|wanting|wanna|wish|wishing|rather|ready|going to|plan|planning|planned|thinking about|think about|' +
  'thought about|thoughts (?:of|about)|keep thinking|cannot stop thinking|obsess\\w*|urge|urges|tempted|longing|long for|' +
  'hope|hoping|pray|praying|deserve|should|be better|be easier|decided|how to|ways to|way to|method|looked up|' +
  'researching|dream about|fantasi[sz]\\w*|welcome|would not mind|would not care if|not care if|okay with|fine with)';

/** How withdrawal becomes an emergency, in people's words. */
export const dangerouslyUnwell =
  '(?:seizure|seizing|fits?|fitting|confused|confusion|disoriented|disorientated|delirious|muddled|fever|feverish|' +
  'temperature|burning hot|burning up|sky high|hallucinat\\w*|shaking (?:so )?(?:badly|violently|uncontrol\\w*)|jerking|' +
  'heart\\w*(?: rate)? (?:is |going |has been )?(?:pounding|racing|thumping|hammering|going mental|going crazy|through the roof|out of my chest|a million miles)|' +
  'through the roof|heart rate|pulse|cannot (?:think|breathe|stand|walk|get up)|really (?:bad|terrible|awful|unwell|ill|scared)|' +
  'very (?:unwell|ill)|so (?:bad|ill|unwell|confused)|terrible state|terrible|awful|horrific|dying|losing my mind|' +
  'going crazy|out of my mind|(?:do|does|did) not know (?:where|what day|who)|(?:do|does|did) not recogni[sz]e|' +
  'not make sense|collapse|collapsing|collapsed|faint|fainting|fainted|passed out|pass out|black(?:ed|ing)? out|' +
  'fallen down|falling over|fell over|hospital|need a doctor|dripping with sweat|drenched|sweating|severe|what is real|whats real|' +
  'unwell|dangerously|cannot stand up|twitching|all over|' +
  'like a drum|keep forgetting|forgetting what|cannot remember what|really sick|so sick|very sick|vomiting|throwing up|' +
  'trembling|shaking|(?:do|does|did) not know where|not making sense|something terrible|all wrong|something bad|' +
  'horrendous|proper state|in a state|unbearable)';

/** Going without a benzodiazepine, however it happened. */
export const goingWithout =
  '(?:since my last (?:pill|dose|tablet)|without ' +
  medicine +
  '|(?:prescription|script) (?:lapsed|ran out|expired)|(?:been )?out of (?:my|her|his) ' +
  medicine +
  '|gone without|had none|had no|no stock|out of stock|stopped|stopping|stop (?:the|my|taking)|decided to (?:just )?stop|quit|quitting|came off|come off|ran out|run out|' +
  'missed|went off|gave up|jumped off|threw away|ditched|dropped|cold turkey|straight off|on my own|' +
  '(?:have|had|has) not (?:had|taken|been able to get)|did not take|without (?:my|her|his|their|any)|no (?:more |any )?' +
  medicine +
  ' (?:for|since|in)|' +
  '(?:could not|cannot|can not|did not|would not|will not|unable to) (?:get|fill|refill|afford|collect|pick up|give me)|' +
  '(?:lost|lose) (?:my|her|his) (?:script|prescription)|day (?:two|three|four|five|six|seven|\\d+) without|' +
  '(?:pharmacy|chemist|doctor|gp)\\b[^|]{0,20}\\b(?:would not|will not|did not|refused|cut (?:me|her|him) off|stopped))';
