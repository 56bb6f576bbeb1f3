import type { Rule } from './rule';
import { acrossClauses, rule, together } from './rule';
import {
  dangerouslyUnwell,
  drawnTowards,
  feelingWrong,
  goingWithout,
  medicine,
  otherSubstance,
  ownDeath,
  someoneElse,
} from './vocabulary';

const re = (source: string) => new RegExp(source);

/** Suicidal thoughts, in the many ways people say them. */
const suicide: readonly Rule[] = [
  rule('crisis', 'naming suicide is always taken seriously', /\bsuicid(e|al|ality)\b/, {
    isNegatable: true,
  }),
  rule(
    'crisis',
    "a way of ending one's own life",
    /\b(kill|killing|killed|off|offing|end|ending|hang|hanging|shoot|shooting|drown|drowning|poison|poisoning|gas|gassing|top|topping|unalive|unaliving) myself\b/,
    { isNegatable: true },
  ),
  rule(
    'crisis',
    "ending one's life in other words",
    /\b(end|take|ending|taking|finish|finishing) (my (own )?life|it all|everything)\b|\bunalive\b/,
    {
      isNegatable: true,
    },
  ),
  together(
    'crisis',
    "drawn towards one's own death",
    [re(`\\b${drawnTowards}\\b`), re(`\\b${ownDeath}\\b`)],
    {
      isNegatable: true,
    },
  ),
  together('crisis', 'wishing never to wake', [
    /\b(wish|want|hope|hopes|hoping|pray|praying|would love|rather|if only|could just|part of me)\b/,
    /\b(never|not) (wake|waking)( up)?\b|\bnot (make it|last|survive) (through|till|until|to)\b/,
  ]),
  rule(
    'crisis',
    'not wanting to live, said with the negation inside',
    /\b(do|did|does) not (want|wish|feel like i want) to (live|be alive|be here|exist|wake up(?! (early|at|for|so|before|in the))|go on|keep going|carry on|be around|keep living|continue|see tomorrow|do this any ?more)\b/,
    { isNegatable: true },
  ),
  rule(
    'crisis',
    'wishing to be dead or never born',
    /\bwish (i|that i) (was|were|had|could) (dead|never been born|not born|gone|not here|not alive|never woken up|died|disappear)\b/,
  ),
  rule(
    'crisis',
    'others better off without them',
    /\bbetter off (dead|without me|if i (was|were|am) (dead|gone|not here))\b/,
  ),
  rule(
    'crisis',
    'others better off or easier without them',
    /\b(better|easier|happier|lighter|simpler) (off )?(for (everyone|everybody|them|my family|my kids|all of them) )?(without me|if i (just )?(was not|were not|was gone|were gone|am gone|was dead|were dead|was not around|were not around|did not exist|was not here|disappeared))\b|\b(everyone|everybody|people|they|my family|the world|my kids|my children) (would|will) be (better|happier|fine) (off )?(without me|if i (was|were) gone|when i am gone)\b/,
  ),
  rule(
    'crisis',
    'no reason to go on',
    /\b(no|any|what is the|whats the) (point|reason|purpose|use) (in |to |of |for me to |for me in )?(living|live|go on|going on|carry on|carrying on|keep going|keeping going|keep living|keep on living|carry on living|being alive|be alive|being here|be here|staying alive|stay alive|life|trying any ?more|anything any ?more|exist|existing|wake up)\b/,
  ),
  rule(
    'crisis',
    'seeing no point, no way forward',
    /\b(cannot|do not|can not|could not) see (the|a|any) (point|reason|way forward|future|way out)\b|\bsee no (point|future|way out)\b/,
  ),
  rule(
    'crisis',
    'cannot go on',
    /\b(cannot|can not|could not) (go on|carry on|keep going|keep living|live like this|do life|face another day|face tomorrow|be here)( any ?more| like this)?(?= \||$)/,
  ),
  rule(
    'crisis',
    'at the end of what one can bear',
    /\b(cannot|can not) (take|stand|bear|handle|do) (it|this|this life|any of this|life) (any ?more|much longer)(?= \||$)/,
  ),
  rule(
    'crisis',
    'tired of being alive',
    /\b(tired|sick|done|had enough|finished) (of|with) (living|being alive|life|existing|this life|being here)\b/,
  ),
  rule(
    'crisis',
    'not being around much longer',
    /\b(not|will not|wont|never) be (around|here|alive) (much longer|for long|any ?more|tomorrow|next week)\b/,
  ),
  rule(
    'crisis',
    'life not worth living',
    /\b(life|living) (is|feels|is not|isnt) (not|no longer|nt)? ?worth\b|\bnot worth (living|it any ?more)\b|\bno way out\b|\bgive up on (life|living|myself)\b/,
  ),
  rule(
    'crisis',
    'saying goodbye for good',
    /\bgoodbye (forever|for good|cruel world|to everyone)\b|\b(suicide|goodbye|farewell) (note|letter|message)s?\b|\bsaid (my|all my|our) goodbyes\b|\bgiving (away|my) (my )?(things|stuff|belongings) away\b|\bready to go now\b/,
  ),
  rule(
    'crisis',
    'believing nobody would miss them',
    /\b(nobody|no one|noone|no body) (would|will|is going to|even) (even )?(miss me|care if i|notice if i|notice when i|care when i)\b|\bno one would (even )?care\b/,
  ),
  rule(
    'crisis',
    'fearing they are dying',
    /\b(i am|i feel like i am|i think i am|am i|i feel like i am going to|i am going to|i think i am going to|i feel like i will|i might|i could) (dying|die)\b/,
  ),
  rule(
    'crisis',
    'a means at hand or a plan',
    /\b(jump|jumping) (off|from) (a |the |this |my )?(bridge|building|roof|cliff|balcony|car park|tower)\b|\bin front of (a |the )?(train|bus|lorry|truck|car)\b|\b(stockpil\w*|saving up|hoarding|saved up) (my |the |all my )?(pills|meds|tablets|benzos|medication)\b|\b(have|got|bought|holding|found) (a |the )?(rope|noose|gun)\b/,
  ),

  rule(
    'crisis',
    'glad not to wake',
    /\bif i (just )?(did not|do not|never|could not|would not) wake( up)?\b|\bnot (make it|last|survive) (through|till|until|to) (the night|tomorrow|morning|the morning)\b/,
  ),
  rule(
    'crisis',
    'others fine without them',
    /\b(get on|manage|cope|be|do) (fine|better|okay|ok|happier|great) without me\b|\bwithout me\b[^|]{0,20}\b(better|easier|happier|lighter)\b/,
  ),
  rule(
    'crisis',
    'at a height, thinking of jumping',
    /\b(bridge|ledge|roof|rooftop|edge|cliff|tracks|platform|balcony|car park)\b[^|]{0,60}\b(jump|jumping|leap|leaping|step off|stepping off)\b|\b(jump|jumping|leap) (off|from)\b/,
  ),
  rule(
    'crisis',
    'no future pictured',
    /\b(cannot|can not|could not) (picture|imagine|see) (myself )?(being alive|being here|living|a future|tomorrow|next week|next year|getting through)\b/,
  ),

  rule(
    'crisis',
    'a note written, a method worked out',
    /\b(written|wrote|writing|left|leaving) (a|my|the) (note|letter|goodbye)\b|\b(working out|worked out|figured out|planning|planned|decided) (how|when|where) (i would|i will|i am going to|to) (do it|end it|go)\b/,
  ),

  rule(
    'crisis',
    'rather be dead',
    /\brather (be )?(dead|die|not (be )?(here|alive|exist|wake up)|never wake up)\b|\b(no )?wan(t)? (die|live again)\b|\bno wan live\b/,
    { isNegatable: true },
  ),
  rule(
    'crisis',
    'wanting everything to stop for good',
    /\b(want|wish|need|just want) (it|everything|it all|all of it|the world|life) to (stop|end|be over)( for good| forever| permanently)?\b(?! (raining|hurting my|being so loud))/,
    { isNegatable: true },
  ),
  together(
    'crisis',
    'others relieved if they were gone',
    [
      /\bif i (was|were|am|died|disappeared|was not|were not|did not exist)\b|\bwhen i am gone\b/,
      /\b(better|relieved|easier|happier|miss|care|notice|fine|lighter|free)\b/,
    ],
    { isNegatable: true },
  ),
  rule(
    'crisis',
    'feeling a burden',
    /\b(i am|i feel like|feel like|feeling like|i feel|just) (such |a |nothing but a |nothing but )+burden\b/,
    { isNegatable: true },
  ),

  rule(
    'crisis',
    'letters left, ready to go',
    /\b(written|wrote|writing|left|leaving)( \w+){0,2} (notes?|letters?|goodbyes?)( to| for)\b|\bready to go( now)?(?= \||$)/,
  ),
  together(
    'crisis',
    'not waking would be fine',
    [
      /\b(never|not) (woke|wake|waking)( up)?\b/,
      /\b(fine|ok|okay|better|relief|happy|glad|would not mind|wouldnt mind|be nice|a blessing)\b/,
    ],
    { isNegatable: true },
  ),
  rule(
    'crisis',
    'asking to be taken',
    /\b(god|he|someone) (takes|take|would take|will take|to take) me\b/,
  ),
  rule(
    'crisis',
    'no reason left',
    /\bno (point|reason|purpose|use) left\b|\b(cannot|can not|could not) face another day\b/,
  ),

  rule(
    'crisis',
    'no reason to keep living',
    /\b(cannot|do not|can not|could not) (really |honestly |even )?see (the|a|any) (point|reason|way forward|future|way out)\b/,
    { isNegatable: true },
  ),

  rule(
    'crisis',
    'a negation that is itself the despair',
    /\b(no longer|not sure i|not sure if i|never|not really) (want|wanna|wish|feel like i want) to (live|be alive|be here|wake up|go on|exist|keep going)\b|\bwish (i|that i) (was|were|had) never (been )?born\b|\b(not going to|will not|wont|not gonna) be (around|here|alive) (much longer|for long|any ?more|tomorrow)\b/,
  ),
  rule(
    'crisis',
    'nothing to live for',
    /\b(nothing|anything|nobody|no one|no reason) (left )?to live for\b|\b(just )?let me die\b|\bhate being alive\b|\b(do not|dont) care if i live or die\b|\bbetter off gone\b|\b(no one|nobody) cares if i (live|die|am here|am gone)\b|\benough (pills|tablets|meds|medication) to (end it|die|kill myself)\b|\bfeel like dying\b|\bno point any ?more\b/,
  ),
];

/** Hurting oneself. */
const selfHarm: readonly Rule[] = [
  rule('crisis', 'self-harm named', /\bself (harm\w*|injur\w*|mutilat\w*)\b/, {
    isNegatable: true,
  }),
  rule(
    'crisis',
    'hurting oneself, or the urge to',
    /\b(hurt|hurting|harm|harmed|harming|injure|injuring|injured|cut|cutting|burn|burned|burnt|burning|hit|hitting|scratch|scratching|punch|punching|slice|sliced|slicing|carve|carved|carving|stab|stabbed|stabbing|bruise|bruising|punish|punishing|starve|starving|bite|biting|make|made) (myself|into my|my (arm|arms|wrist|wrists|leg|legs|skin|thigh|thighs|body|stomach|hand|hands|face|head)|me bleed)\b|\b(cut|slit|slash|slashed|slice)\w* my (wrist|wrists|arm|arms|throat|veins)\b|\bthe urge to (cut|hurt|harm|burn)\b|\bthe cutting thing\b/,
    { isNegatable: true },
  ),
  rule(
    'crisis',
    'making oneself bleed or bruise',
    /\b(till|until|so|to make|make) (i|myself|me|it) (bleed|bleeds|bled|bruise)\b|\bcovered in (bruises|cuts|blood)\b|\bto feel something\b/,
  ),
  together('crisis', 'a blade or flame in hand', [
    /\b(razor|razors|blade|blades|knife|lighter|scissors|broken glass)\b/,
    /\b(holding|in my hand|my (arm|arms|wrist|wrists|skin|leg|legs|thigh|thighs))\b/,
  ]),
  rule(
    'crisis',
    'bleeding that will not stop',
    /\b(bleeding|bled|blood)\b[^|]{0,40}\b(will not stop|not stopping|everywhere|a lot|so much|deep)\b|\b(will not|cannot) stop bleeding\b|\b(cuts|cut|wound|wounds) (is |are )?(deep|bleeding)\b/,
  ),
  rule(
    'crisis',
    'hurting oneself against walls',
    /\b(punching|punched|hitting|hit|banging|banged|smashing|smashed) (walls|the wall|my head|my fists|my hand|my hands)\b[^|]{0,40}\b(bled|bleed|bleeding|broke|broken|until|till|deserve|feel)\b|\bripping my hair\b/,
  ),
  rule(
    'crisis',
    'wanting pain to feel something',
    /\b(want|need) to feel (pain|something)\b|\bi deserve (pain|to (hurt|suffer|be punished|die))\b/,
  ),

  rule(
    'crisis',
    'head against a wall',
    /\b(smash|smashing|smashed|bang|banging|banged|hit|hitting|punch|punching)\w* my head (off|on|against|into)\b/,
  ),
  rule(
    'crisis',
    'hurting oneself until bleeding',
    /\b(till|until) (they|it|i|my \w+) (bled|bleed|bleeds|bruised|broke)\b/,
  ),
  rule(
    'crisis',
    'a blade at hand',
    /\bwith (a|my|the) (razor|blade|knife|lighter)\b|\b(razor|blade|knife)\b[^|]{0,40}\busing it\b/,
    { unless: /\b(tablets?|pills?|dose|medication|split|halve|in half)\b/ },
  ),
  rule(
    'crisis',
    'cutting again',
    /\b(been|keep|started|am|was|going to|want to|urge to|will|gonna|about to|need to) (cutting|cut|harming|burning|burn)( again| tonight| myself| so bad|$|(?= \|))(?! (my dose|back|down|the|it|a|some|off|dose|pills|tablets|out|up)\b)/,
  ),

  rule(
    'crisis',
    'cutting, said plainly',
    re(
      '\\bi (have |had |just )*(cut|burned|burnt)( myself)? (again|tonight|last night|today|yesterday|this morning|a lot|so much|deep|on my \\w+)\\b' +
        '|\\bi (have |had |just )*(cut|burned|burnt)( myself)?( again| tonight| last night| today| yesterday)?(?=$| \\|)' +
        '|\\b(relapsed|slipped|gave in) and (cut|burned|burnt)\\b',
    ),
    {
      isNegatable: true,
      // A cut to a dose (said in any clause: "I cut again, down to 2 mg"), or a sunburn, is not a wound.
      unless: re(
        `\\b(dose|doses|dosage|taper|tapering|tapered|milligrams?|mg|\\d+ ?mg|down to|from \\d+ to \\d+|my (gp|doctor|prescriber|pharmacist)|sunscreen|sunburn|sunburnt|in the sun|on (my )?${medicine})\\b`,
      ),
    },
  ),

  rule('crisis', 'the urge to cut', /\burges? to (cut|hurt|harm|burn|self harm|bleed)\b/, {
    isNegatable: true,
  }),

  acrossClauses('crisis', 'hurting oneself again', [
    /\b(cut|cutting|harm|harming|hurt myself|hurting myself|burn myself|burning myself|self harm)\b/,
    /\b(did|done|doing|do) it again\b|\bstarted again\b/,
  ]),

  rule(
    'crisis',
    'a blade to use on oneself',
    /\b(use|using|try|trying) (it|them|this|that|one|a blade|a razor|a knife) on myself\b/,
  ),

  rule(
    'crisis',
    'a hidden blade, or a cut too deep',
    /\b(get|getting|got|take|taking|took) (the|my) (blade|razor|knife|blades) out\b|\b(cut|cuts|cutting)\b[^|]{0,20}\btoo deep\b|\b(scratched|scratching|picked|picking|bit|bitten|pinched) (my )?(skin|arms?|legs?|wrists?) (raw|until|till|open)\b|\b(skin|arms?|legs?|wrists?) raw on purpose\b/,
  ),
];

/** Too much taken, on purpose or by accident. */
const overdose: readonly Rule[] = [
  rule('crisis', 'an overdose named', /\boverdos(e|ed|es|ing)\b/, { isNegatable: true }),
  rule(
    'crisis',
    'too many or too much taken',
    /\b(took|taken|take|swallowed|popped|downed|taking|had|used|necked|done|have) (way |far |a lot |far too |way too |much )?too (many|much)\b(?! (photos|pictures|selfies|coffee|coffees|caffeine|sugar|food|time|sweets|chocolate|cake|biscuits|tea|notes|naps|shows|episodes|videos|clothes|things|stuff|tabs|calls|emails|hours|classes|steps|days off|to drink|to eat|on my plate|cups|of a))/,
    {
      isNegatable: true,
      unless:
        /\b(to eat|on my plate|cups? of|coffees?|teas?|food|dinner|lunch|breakfast|wine at|sugar|sun|caffeine)\b/,
    },
  ),
  rule(
    'crisis',
    'a whole supply taken',
    re(
      `\\b(took|taken|swallowed|popped|downed|ate|taking|necked|emptied|finished|had) (all|the whole|a whole|the entire|an entire|my entire|my whole|a handful|handfuls|a bunch|loads|lots|a lot|a load|heaps|dozens|the rest|half the bottle|half a bottle|every|a whole lot)( \\w+){0,2} (of )?(my |the |those |these )?(${medicine}|bottle|pack|packet|box|strip|supply|stash|prescription|them|it|pill in|tablet in)\\b`,
    ),
  ),
  rule(
    'crisis',
    'swallowed them all',
    /\b(swallowed|took|taken|necked|downed|ate) (them|it|the lot|everything) all\b|\b(swallowed|took|taken|necked|downed) (all of )?(them|the lot|everything)( at once| in one go)\b|\b(swallowed|took|downed) (the lot|everything i had)\b|\blost count of how many\b/,
  ),
  rule(
    'crisis',
    'many times the dose',
    /\b(double|doubled|triple|tripled|twice|three times|four times|five times|six times|seven times|ten times|several times|quadruple|way over) (my |the |a |what )?(usual |normal |prescribed )?(dose|doses|amount|prescription|prescribed|i am prescribed|i am meant|i am supposed|i should)\b|\b(dose|pills|tablets) (two|three|four|five|six|several|many) times\b/,
  ),
  rule(
    'crisis',
    'far more than meant',
    /\b(way|much|far|a lot|loads|lots|heaps|so much|many) more\b[^|]{0,25}\bthan (i am|i was|i should|i am meant|i am supposed|i was meant|i was supposed|meant|prescribed|i should have|my dose|i am allowed)\b/,
  ),
  rule(
    'crisis',
    'a number of pills taken at once',
    re(
      `\\b(took|taken|swallowed|popped|downed|ate|necked|had) (about |around |like |maybe |roughly |over |at least |nearly |almost )?([5-9]|[1-9][0-9]+|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|dozens of|a few dozen)( \\w+)? (${medicine}|of them|of my|of those)\\b`,
    ),
  ),
  rule(
    'crisis',
    'taken on purpose',
    re(`\\b(took|taken|swallowed|popped|downed|had|taking)\\b[^|]{0,40}\\bon purpose\\b`),
  ),

  rule(
    'crisis',
    'the whole lot swallowed',
    re(
      `\\b(necked|chucked back|knocked back|threw back|tipped back|swallowed|took|taken|downed|ate|had) (the lot|a handful|handfuls|the rest|everything)\\b|\\bevery (${medicine}|tablet|pill) (in|from) the (box|bottle|pack|packet|house|cupboard)\\b`,
    ),
  ),
  rule(
    'crisis',
    'many times what was prescribed',
    /\b(two|three|four|five|six|seven|eight|nine|ten|several|many|\d+) times (what|the amount|the dose|my dose|more than)\b/,
  ),
  together('crisis', 'a child or pet into the pills', [
    /\b(little|baby|toddler|kid|kids|child|children|son|daughter|boy|girl|grandson|granddaughter|dog|cat|puppy)\b/,
    re(
      `\\b(got into|ate|swallowed|chewed|eaten|has had|had some of)\\b[^|]{0,20}\\b${medicine}\\b`,
    ),
  ]),
  rule(
    'crisis',
    'a large number just taken',
    /\b(just |have |had |i )(took|taken|swallowed|popped|downed|necked) (about |around |like |maybe |over )?([5-9]|[1-9][0-9]+|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\b(?! (minutes|mins|hours|days|weeks|months|years|seconds|am|pm|o clock|mg|milligrams?))/,
  ),
  acrossClauses('crisis', 'a slip with danger words: cannot wake or stay awake', [
    re(
      `\\b(took|taken|had|swallowed|popped|extra|more)\\b[^|]{0,30}\\b(${medicine}|dose|one|half)\\b`,
    ),
    /\b(cannot|can not|could not|will not|barely|hardly|struggling to) (wake|be woken|stay awake|keep my eyes open|keep awake)\b|\b(really|very|so|too) (drowsy|sleepy|out of it)\b/,
  ]),

  {
    ...together(
      'crisis',
      'far too many, or lost count, even across clauses',
      [
        /\b(took|taking|taken|had|swallowed|kept taking|keep taking|been taking|popped|necked)\b/,
        /\btoo (many|much)\b|\blost count\b|\b(do not|cannot|can not) (know|remember|tell) how (many|much)\b/,
      ],
      {
        isNegatable: true,
        unless:
          /\btoo (many|much) (photos|pictures|selfies|coffee|coffees|caffeine|sugar|food|time|sweets|chocolate|cake|biscuits|tea|notes|naps|shows|episodes|videos|clothes|things|stuff|tabs|calls|emails|hours|classes|steps|days off|to drink|to eat|on my plate|cups)\b|\b(to eat|on my plate|cups? of|coffees?|teas?|food|dinner|lunch|breakfast)\b/,
      },
    ),
    isAcrossClauses: true,
  },
  rule(
    'crisis',
    'nearly all of a supply',
    /\b(taken|took|had|swallowed|gone through|used) (nearly |almost |about |practically |basically )?(all|most|the whole lot) of (it|them|my|the|a)\b/,
  ),
  together('crisis', 'a new supply already empty', [
    /\b(empty|all gone|none left|nothing left)\b/,
    /\b(filled|refilled|picked (it |them )?up|collected|got (it|them)|prescription|bottle|packet|box)\b[^|]*\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|this week|days ago|last week|only|just)\b|\b(only|just) (filled|refilled|picked|collected|got)\b/,
  ]),

  rule(
    'crisis',
    'more than prescribed',
    /\bmore\b[^|]{0,30}\bthan\b[^|]{0,20}\b(prescribed|meant|supposed|should|allowed|told|recommended|said|says)\b/,
    {
      isNegatable: true,
      unless:
        /\b(one|a|an|half a|a bit|a little|slightly|an extra|just a) (more|extra)\b|\bone more than\b/,
    },
  ),
  rule(
    'crisis',
    'many taken together',
    re(
      `\\b(many|lots of|loads of|a lot of|several|a bunch of|a handful of|handfuls of|all my|all of my|all the|all)( \\w+)? (${medicine})\\b[^|]{0,20}\\b(together|at once|in one go|at the same time)\\b`,
    ),
  ),
  rule(
    'crisis',
    'all of them swallowed or taken',
    re(
      `\\b(swallow|swallowed|take|taken|took|drank|ate|chucked|necked) (down )?(all|the lot|every)( of)? (my |the )?(${medicine}|lot|one)\\b`,
    ),
  ),

  rule(
    'crisis',
    'a whole supply gone',
    re(
      `\\b(whole|entire|full|new) (packet|bottle|box|pack|strip|prescription|supply|blister)( of \\w+)? (is |has )?(gone|empty|finished|done)\\b|\\b(packet|bottle|box|pack|strip|prescription|supply) (is |has )?(all )?(gone|empty|finished)\\b[^|]{0,30}\\b(already|kept taking|taking more|only|just)\\b|\\b(kept|keep) taking more\\b`,
    ),
  ),

  rule(
    'crisis',
    'a bottle emptied',
    /\bemptied (the|a|my|half the|the whole) (bottle|packet|box|pack|strip|tub|jar|blister pack|blister|blisters)\b/,
  ),
  together('crisis', 'many of them taken', [
    /\b(took|taken|swallowed|had|popped|necked|downed)\b/,
    /\b(about |like |maybe |around )?([5-9]|[1-9][0-9]+|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty) of (them|those|these|the \w+)\b/,
  ]),

  rule(
    'crisis',
    'a month or a whole script taken',
    re(
      `\\b(took|taken|swallowed|had|necked|downed|popped)( \\w+){0,2} (a|my|the|a whole|my whole|the whole|a full|my full|the full|full|whole|entire|my entire)( \\w+)? (month|months|week|weeks|fortnight|whole|full|entire)?( of)? ?(supply|script|prescription|strip|pack|packet|box|bottle|blister)\\b`,
    ),
  ),

  rule(
    'crisis',
    "weeks' worth taken at once",
    /\b(took|taken|swallowed|had|necked|downed)\b[^|]{0,20}\b(days?|weeks?|months?|fortnights?) worth\b/,
  ),
];

/** The body in danger: mixing, seizures, hallucinations, breathing, the heart. */
const bodyInDanger: readonly Rule[] = [
  acrossClauses('crisis', 'a benzodiazepine mixed with alcohol or opioids and feeling wrong', [
    re(`\\b${otherSubstance}\\b`),
    re(`\\b${feelingWrong}\\b`),
  ]),

  rule(
    'crisis',
    'a seizure named',
    /\b(seizure|seizures|seizing|convuls\w*|having a fit|had a fit|fitting|fitted|epileptic|fits|fit coming)\b/,
    { isNegatable: true, unless: /\b(my |the |our )(dog|cat|pet|puppy|kitten|horse|rabbit)\b/ },
  ),
  rule(
    'crisis',
    'shaking or jerking that cannot be stopped',
    /\b(cannot|can not|could not|will not|wont|unable to) stop (shaking|trembling|twitching|jerking|convulsing|spasming|them|it)\b|\b(shaking|trembling|twitching|jerking|spasming|spasms|shakes|tremors|jerks|thrashing)\b[^|]{0,60}\b(uncontrol\w*|violent\w*|all over|non ?stop|so (bad|badly|hard|much)|lost control|losing time|cannot stop|could not stop|thrashing|fell)\b|\buncontrol\w* (shak|trembl|twitch|jerk|spasm)\w*|\b(body|arms|legs|whole body|hands|head) (started |is |are |keeps |keep )?(jerking|convulsing|spasming|thrashing)\b|\blost control of (my body|it|my limbs)\b/,
  ),
  rule(
    'crisis',
    'the signs after a seizure',
    /\b(bit|bitten|biting) my tongue\b|\btongue is bleeding\b|\b(blanked|passed|blacked) out and (wet|peed) myself\b|\blosing time\b/,
  ),

  rule(
    'crisis',
    'hallucinations named',
    /\bhallucinat\w*|\bseeing things\b|\b(hearing|hear|heard) (things|voices)\b/,
    {
      isNegatable: true,
      unless:
        /\b(downstairs|upstairs|next door|outside|the kids|the children|neighbou?rs|the tv|the telly|the radio|must be|clearly|more clearly|differently|in a new light|positively|a different way)\b/,
    },
  ),
  together(
    'crisis',
    'perceiving what others say is not there',
    [
      /\b(see|seeing|saw|hear|hearing|heard|feel|feeling|felt|touching|talking|calling|whispering|crawling|standing|running|watching|staring|voices?|people|someone|something|animals|bugs|insects|ants|spiders|snakes|shadows|faces|figures|music|sounds|noises|radio|smell|smelling)\b/,
      /\b(no one|nobody|noone|no body|nothing|not there|not really there|not real|is empty|was empty|empty room|empty house|no one else|nobody else|on my own|by myself|is not playing|isnt playing|not playing|there is nothing|there are not any|says there is nothing|says there are none|nobody is|no one is|from nowhere|out of nowhere|what is real|whats real)\b/,
    ],
    { isNegatable: true },
  ),
  rule(
    'crisis',
    'voices or objects speaking',
    /\bvoices? (are |is |keep )?(telling|talking|saying|shouting|whispering|ordering|calling)\b|\b(tv|telly|television|radio|walls|wall|pictures|objects|furniture) (is |are |keeps |keep )?(talking|speaking|whispering|watching) (straight |directly |right )?(to |at )?me\b|\bwhisper\w* (in|from|inside) the walls?\b|\b(inside|in) my head\b[^|]{0,20}\b(radio|music|voices|talking|playing)\b|\bmy dead \w+ (talking|speaking|standing|sitting|calling)\b|\b(hearing|seeing|hear|see) my dead\b/,
  ),
  rule(
    'crisis',
    'things crawling on or under the skin',
    /\b(bugs|insects|ants|spiders|something|things|worms|creatures) (are )?(crawling|moving|all over|under my skin|in my skin)\b|\b(crawling|moving) (under|on|in) my skin\b|\bskin is crawling with\b|\bunder my skin\b[^|]{0,25}\b(moving|crawling|bugs|worms|things)\b/,
  ),
  rule(
    'crisis',
    'the room changing shape',
    /\b(walls|floor|ceiling|room|furniture) (are |is |keep |keeps )?(moving|breathing|melting|turning into|changing shape|crawling)\b|\b(see|seeing|saw) (little|tiny|small) (people|men|animals|creatures)\b|\b(flashes|figures|shapes|shadows|faces|people|animals) (that )?(vanish|disappear|moving everywhere|running across|in the dark|in the corner)\b|\bseeing (shadows|figures|faces|shapes|animals|people) (moving|everywhere|in the dark|in the corner|that)\b/,
  ),

  together(
    'crisis',
    'trouble getting air',
    [
      /\b(breathing|breath|breathe|air|suffocat\w*|gulping|gasping)\b/,
      /\b(cannot|can not|could not|struggling|struggle|trouble|difficulty|difficult|hard|hardly|barely|unable|not able|fighting|gulping|gasping|no air|not getting|nothing goes in|not going in|suffocat\w*|stopped|stopping|stops|short of|choking|is a struggle|rattl\w*|gurgl\w*|shallow)\b/,
    ],
    {
      unless:
        /\b(hold|holding|held) (my |your )?breath\b|\bseconds\b|\bcount(ing|s)?\b|\bbox breathing\b|\b(in|out) for\b|\b(that|so) long\b|\bshorter\b|\bthrough my nose\b|\bhay ?fever\b|\bafter (climbing|running|walking|the gym|exercise|a run|the stairs)\b|\bclimbing the stairs\b|\b(in|out) (that|so) (slowly|long|fast|deep|deeply)\b|\b(that|so) slowly\b|\b(blocked|stuffy|runny) nose\b|\bcongested\b/,
      isNegatable: true,
    },
  ),
  rule(
    'crisis',
    'suffocating',
    /\bsuffocat\w*|\bnot breathing\b|\bstop(s|ping|ped)? breathing\b|\bturning blue\b/,
  ),
  rule(
    'crisis',
    'chest pain, a closing throat or a blue colour',
    /\b(chest|heart)\b[^|]{0,30}\b(pain|pains|hurts|hurting|tight|tightness|tightening|pressure|crushing|burning|heavy|exploding|on fire|squeez\w*|aching|ache|stabbing)\b|\b(pains?|pressure|tightness|weight|elephant|squeezing|crushing)\b[^|]{0,25}\b(in|on|across) my chest\b|\bheart attack\b|\bleft arm (is |goes |has gone )?(numb|tingling|dead)\b|\bthroat (is )?(closing|swelling|tight)\b|\b(lips|face|fingers|skin|nails)\b[^|]{0,20}\bblue\b|\bchoking\b/,
    {
      isNegatable: true,
      unless:
        /\b(less tight|less painful|looser|eased|easing|easier now|feels better|feeling better|is better|much better|lighter now|calmer now)\b/,
    },
  ),

  rule(
    'crisis',
    'waking after a seizure',
    /\b(bitten|bit|bleeding) (my |a )?tongue\b|\b(woke up|came to|came round|came around) on the (floor|ground|bathroom floor)\b|\b(went|gone|is|was) (all )?(rigid|stiff)\b[^|]{0,30}\b(jerking|shaking|then)\b|\bthrashing (about|around)\b/,
  ),
  rule(
    'crisis',
    'things turning into other things',
    /\b(turning|turn|turned|changing) into (faces|snakes|spiders|bugs|people|monsters|animals|water|creatures|eyes)\b|\b(carpet|floor|walls|ceiling|bed|room|sheets|curtains)\b[^|]{0,20}\b(wriggling|wriggles|alive|full of (snakes|bugs|spiders|worms|insects))\b/,
  ),
  together('crisis', 'a sense others do not share', [
    /\b(hear|hearing|see|seeing|smell|smelling|feel|feeling|whispering|whispers|music|voices|someone|burning)\b/,
    /\b(nobody else|no one else|noone else|alone in|am alone|i am alone|(says|said) (he|she|they) (cannot|can not|does not|do not|did not) (hear|see|smell)|cannot (hear|see|smell) (it|anything|them))\b/,
  ]),
  rule('crisis', 'the voices', /\bthe voices\b/, { isNegatable: true }),
  rule('crisis', 'throat closing', /\bthroat\b[^|]{0,25}\b(closing|swelling|tightening|swollen)\b/),
  rule(
    'crisis',
    'chest sore or pain spreading',
    /\bchest (is |feels )?(really |so |very )?(sore|agony|in agony)\b|\b(in|across|on) (the (middle|centre|center) of )?my chest\b[^|]{0,30}\b(pain|spreading|jaw|arm)\b|\bpain\b[^|]{0,10}\b(in|across) (the (middle|centre|center) of )?my chest\b|\bspreading (up |down )?(to|into) my (jaw|arm|neck)\b/,
    { isNegatable: true },
  ),

  rule(
    'crisis',
    'limbs moving or failing on their own',
    /\b(jerking|twitching|shaking|moving|spasming) (on (its|their) own|by (itself|themselves))\b|\b(cannot|can not|could not) (control|stop|feel) my (legs|arms|body|hands|limbs|arm|leg)\b/,
  ),
  rule(
    'crisis',
    'the dead speaking',
    /\b(late|dead|deceased|passed) (father|mother|dad|mum|mom|husband|wife|partner|brother|sister|son|daughter|nan|gran|grandad|grandma|friend)\b[^|]{0,40}\b(calling|talking|speaking|standing|sitting|whispering|saying|here|in the room)\b|\bwhispers everywhere\b/,
  ),
  rule(
    'crisis',
    'not knowing what is real',
    /\b(not sure|do not know|cannot tell|can not tell|no idea|losing track of) what is real\b|\b(who|that|which) (are|is|were|was) not (really )?(in the room|there|real|here)\b/,
  ),
  rule(
    'crisis',
    'a figure that vanishes',
    /\b(man|woman|person|figure|someone|people|child|kid|shadow) (standing|sitting|watching|staring)\b[^|]{0,30}\b(corner|doorway|end of the bed|room)\b|\b(bugs|insects|ants|spiders|worms|lice) (on|under|in|all over) my (skin|body|arms|legs|face)\b/,
  ),

  together('crisis', 'collapsing while shaking', [
    /\b(blacked out|passed out|collapsed|fell|woke up|came to)\b/,
    /\b(shaking|jerking|twitching|fitting|convuls\w*|on the floor|floor)\b/,
  ]),
  rule(
    'crisis',
    'episodes of jerking or lost time',
    /\b(jerking|shaking|twitching) (episodes|attacks|fits|spells)\b|\blost time\b|\b(took|take|taking|having|had) a fit\b|\b(woke up|came to|came round|came around) on the (\w+ )?(floor|ground)\b/,
    { isNegatable: true },
  ),
  together('crisis', 'shaking that cannot be controlled', [
    /\b(shaking|jerking|trembling|twitching|spasming|convulsing)\b/,
    /\b(cannot|can not|could not|unable to) (control|stop|hold) (it|them|my body|myself)\b|\bout of control\b|\bwhole body\b/,
  ]),
  rule(
    'crisis',
    'things seen in the walls, or melting',
    /\b(faces|eyes|people|figures|shapes|things|bugs|spiders|snakes|someone) (in|on|coming out of) the (walls?|ceiling|floor|carpet|curtains|mirror)\b|\b(everything|the walls?|the room|the floor|the ceiling|things|faces)\b[^|]{0,25}\b(melting|breathing|moving|crawling|wriggling)\b|\bcolou?rs are (all )?wrong\b/,
  ),
  rule(
    'crisis',
    'breathing too slow',
    /\b(breathing|breath|breaths) (is|has|feels|seems|has gone|is going|are)( really| very| so| too| super)? (slow|slowed|slowing)\b/,
    {
      unless:
        /\b(calm|calmer|relaxed|nice|good|better|steady|exercise|peaceful|easy|lovely|deep|now that)\b/,
    },
  ),
  rule(
    'crisis',
    'something heavy on the chest',
    /\b(someone|somebody|something|weight|elephant|pressure|brick|truck|ton)\b[^|]{0,25}\b(sitting|sat|pressing|crushing|standing)? ?on my chest\b|\bchest (is )?(paining|aching|hurting)\b/,
    { isNegatable: true },
  ),

  rule(
    'crisis',
    'some kind of fit',
    /\b(had|having|have|just had) (some kind of|a sort of|like a|some sort of|what felt like a) (fit|seizure|convulsion)\b/,
  ),

  rule(
    'crisis',
    'another fit coming',
    /\b(going to|about to|gonna) have (another|a) (fit|seizure)\b|\banother (fit|seizure)\b/,
    { isNegatable: true },
  ),
  rule(
    'crisis',
    'voices from the walls or a figure at the bed',
    /\b(whisper\w*|voices?|talking|music|knocking)\b[^|]{0,30}\b(out of|from|in|inside|behind) the walls?\b|\b(someone|somebody|a man|a woman|a figure|a person|people|a child)\b[^|]{0,20}\b(foot|end|side) of (my|the) bed\b/,
  ),
  rule(
    'crisis',
    'a crisis worker asked for',
    /\bcrisis (counsell?or|councillor|worker|team|nurse|service)\b/,
  ),

  rule(
    'crisis',
    'after a fit',
    /\b(after|from|since) (a|the|another|my) (fit|seizure|convulsion)\b|\bcome round after\b/,
    { isNegatable: true },
  ),

  rule(
    'crisis',
    'someone at the bedside who is not there',
    /\b(standing|sitting|waiting|staring) (by|beside|next to|over|at the end of) my bed\b/,
    {
      isNegatable: true,
      unless: /\b(my (husband|wife|partner|cat|dog|kid|son|daughter)|the cat|the dog)\b/,
    },
  ),

  rule(
    'crisis',
    'shaking that will not stop',
    /\b(shaking|trembling|jerking|twitching)\b[^|]{0,30}\b(cannot|can not|could not) (make|get) (it|them) (to )?stop\b/,
  ),
  together(
    'crisis',
    'seeing someone who cannot be there',
    [
      /\b(see|seeing|saw|hear|hearing|heard)\b/,
      /\b(cannot|can not|could not) be (real|there|here)\b/,
    ],
    { isNegatable: true },
  ),
];

/** Coming off a benzodiazepine too fast, and the emergencies that follow. */
const withdrawal: readonly Rule[] = [
  rule(
    'crisis',
    'stopping suddenly, a withdrawal emergency',
    re(
      `\\b(stopped|quit|quitting|came off|come off|went off|go off|dropped|ditched|cut out|ran out of|run out of|ran out|gave up|threw away|binned|flushed|jumped off|cut me off|cut off|stopping)\\b[^|]{0,40}\\b(cold turkey|all at once|suddenly|abruptly|overnight|at once|in one go|just like that|no taper|without tapering|without a taper|on my own)\\b|\\bwent cold turkey\\b|\\b(cut me off|took me off)\\b|\\bfrom my (full |whole |usual )?dose to (nothing|zero)\\b`,
    ),
    { isEventOnly: true, isNegatable: true },
  ),
  {
    ...acrossClauses('crisis', 'going without, then feeling dangerously unwell', [
      re(`\\b${goingWithout}\\b`),
      re(`\\b${dangerouslyUnwell}\\b`),
    ]),
    isNegatable: true,
  },
  rule(
    'crisis',
    'severe withdrawal',
    /\b(severe|dangerous|extreme|really bad|bad|terrible|awful|horrific|horrendous) withdrawals?\b|\bwithdrawals? (is|are) (absolutely |so |really )?(horrendous|horrific|unbearable|dangerous|terrible)\b/,
    { isNegatable: true },
  ),
];

/** Someone else found in danger. */
const someoneElseInDanger: readonly Rule[] = [
  together(
    'crisis',
    'someone else not breathing or not waking',
    [
      re(`\\b${someoneElse}\\b`),
      /\b(is not|will not|cannot|can not|does not|did not|would not|are not|was not|isnt|wont|not) (breathing|breathe|waking|wake\b(?!( up)? (for|in the morning|early|at|on time|before))( up)?|respond|responding|moving|conscious|answer|answering|opening (his|her|their) eyes|open (his|her|their) eyes)\b|\b(not|non) ?responsive\b|\b(unconscious|unresponsive|limp|floppy|turning blue|gone blue|out cold|stone cold|is cold|passed out|breathing (is )?(really |very |so )?(weird|strange|funny|slow|shallow))\b/,
    ],
    {
      isNegatable: true,
      unless:
        /\bsnoring away\b|\bfast asleep\b|\bafter (his|her|their) (night |long )?shift\b|\bhaving a nap\b|\bsleeping (it off|in)\b/,
    },
  ),
  rule(
    'crisis',
    'someone found collapsed',
    re(
      `\\b(cannot|can not|could not|unable to) (wake|rouse) (${someoneElse}|him|her|them)\\b|\\b(cannot|can not|could not) get (${someoneElse}|him|her|them) to (respond|wake|move|answer|open)\\b|\\b(cannot|can not|could not) hear (him|her|them|his|their) (breathing|breathe|breath)\\b|\\b(unconscious|unresponsive|passed out cold|collapsed|out cold)\\b|\\bfound (him|her|them|${someoneElse}) (on the floor|passed out|not breathing|unconscious|blue)\\b`,
    ),
    { isNegatable: true },
  ),

  together('crisis', 'someone close gone floppy or silent', [
    /\bmy (da|pa|mam|mammy|ma|mum|mom|dad|nan|gran|granny|missus|fella|bloke|old man|old lady|lad|lass|bub|bubba|wee \w+)\b|\b(he|she|they) (is|are|has|have|was)\b/,
    /\b(floppy|limp|will not answer|not answering|not breathing|unresponsive|unconscious|blue|cold and|will not wake|not waking)\b/,
  ]),

  rule(
    'crisis',
    'someone who will not wake, in pidgin',
    /\b(e|he|she|him|her|them) no (dey )?(wake|breathe|respond|move)\b/,
  ),

  together(
    'crisis',
    'someone slumped and silent',
    [
      new RegExp(`\\b${someoneElse}\\b`),
      /\b(slumped|collapsed|keeled over)\b|\b(cannot|can not|could not) get (any )?(response|answer|reply|sense)\b|\bno response\b/,
    ],
    { isNegatable: true },
  ),
];

/** Asking outright for urgent help. */
const askingForHelp: readonly Rule[] = [
  rule(
    'crisis',
    'asking for help urgently',
    /\b(i )?(really |urgently |desperately )?need (urgent |immediate |emergency |real |some )?help( now| right now| please| urgently| fast| quick| asap| right away| immediately)*(?= \||$)/,
  ),
  rule(
    'crisis',
    'asking for someone or a doctor now',
    /\bneed (someone|somebody|a doctor|a nurse|an ambulance|a paramedic|to go to hospital|to go to the hospital|the hospital|a hospital)\b|\b(get|send) (me )?(some |an? )?(help|someone|somebody|ambulance|doctor)\b/,
    { isNegatable: true },
  ),
  rule(
    'crisis',
    'something badly wrong',
    /\bsomething (is )?(really |very |seriously |badly |terribly )?wrong with me\b|\b(serious|real|big) trouble\b/,
  ),
  rule('crisis', 'an emergency or urgency named', /\b(emergency|urgent|urgently)\b/, {
    isNegatable: true,
    unless:
      /\bemergency (pill|pills|dose|tablet|tablets|supply|stash|contact|contacts|fund|kit|plan|appointment|exit)\b|\b(is this|are you|is kind recovery)( an?)? emergency service\b/,
  }),
  rule(
    'crisis',
    'asking for emergency services',
    /\bcall (an? )?(ambulance|paramedics|nine one one|911|999|000|112|111|triple zero|the police|for help|emergency|someone)\b|\bambulance\b|\bparamedics?\b|\bsos\b/,
    {
      isNegatable: true,
      unless:
        /\b(went past|drove past|go past|going past|siren|outside|down the street|on tv|on the telly)\b/,
    },
  ),
  rule(
    'crisis',
    'not feeling safe',
    /\b(i am not|i do not feel|i no longer feel|not feeling|do not feel|i am no longer|i feel un) ?safe\b|\bunsafe\b/,
  ),
  rule('crisis', 'in danger', /\bin danger\b/, {
    isNegatable: true,
    unless: /\b(nobody|no one|noone) (is |s )?in danger\b/,
  }),
  rule(
    'crisis',
    'calling out for anyone',
    /\b(somebody|someone|anyone|anybody) (please )?help( me)?\b|\b(please help me|help me please)\b(?! (breathe|with|to|find|learn|relax|sleep|calm))/,
  ),
  rule(
    'crisis',
    'naming a crisis or asking for the line',
    /\b(i am|we are|in) (a |an )?crisis\b|\b(crisis|suicide) ?(line|hotline|number)\b|\bhotline\b/,
    { isNegatable: true },
  ),

  rule(
    'crisis',
    'an emergency number asked for',
    /\b(ring|call|phone|dial|get|need|want) (me )?(nine one one|nine nine nine|triple nine|triple zero|zero zero zero|one one two|one one one|911|999|000|112)\b|\b(nine nine nine|triple zero|nine one one)\b/,
  ),
  rule(
    'crisis',
    'a crisis line asked for',
    /\b(samaritans|lifeline|crisis line|crisis text line|helpline|tele manas|988|nine eight eight)\b[^|]{0,30}\b(number|call|ring|phone|contact|through|now|please|talk)\b|\b(put me through|connect me|give me|get me) (to )?(the )?(samaritans|lifeline|crisis|helpline|someone|988|nine eight eight|a counsell?or)\b/,
    { isNegatable: true },
  ),

  rule(
    'crisis',
    'the number for a crisis line',
    /\bnumber (for|of) (the )?(samaritans|lifeline|crisis|helpline|suicide|someone i can talk to|someone to talk to|tele manas)\b/,
  ),
  rule(
    'crisis',
    'not safe, in their own words',
    /\b(i am|i feel|feeling|i do not feel|i really do not feel|i am really|i am just)( really| very| just| so)? (not |un)safe\b|\bnot safe (right now|tonight|at home|here|with myself|around myself|on my own)\b/,
    { isNegatable: true },
  ),

  rule(
    'crisis',
    'needing to talk to someone now',
    /\bneed to (talk|speak) to (someone|somebody|a person|a human|anyone)( right)? now\b|\bnumber for (988|nine eight eight|lifeline|the lifeline|the crisis line)\b/,
  ),

  rule(
    'crisis',
    'needing a person now',
    /\bneed (a |some )?(real )?(person|human|someone|somebody) to talk to\b[^|]{0,20}\b(now|tonight|right away|urgently)\b|\bin a (really |very )?(bad|dark|terrible) place\b|\bwho (can|do|should) i (call|ring|phone) (right )?now\b|\bwho i can (call|ring|phone|talk to)\b/,
    { isNegatable: true },
  ),
];

/** Statements that need the crisis answer at once; each rule says why. */
export const crisisRules: readonly Rule[] = [
  ...suicide,
  ...selfHarm,
  ...overdose,
  ...bodyInDanger,
  ...withdrawal,
  ...someoneElseInDanger,
  ...askingForHelp,
];
