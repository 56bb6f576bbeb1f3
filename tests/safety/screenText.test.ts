import { screenText } from '../../src/core/safety/screenText';

/** The rules alone: what they are sure of. The whole screen, with the model, is measured in screen.test.ts. */
describe('idioms and negation', () => {
  it.each([
    'this craving is killing me',
    "I'm dying to try that",
    'I want to kill some time',
    'I slipped up yesterday',
    "I'm not suicidal, I'm just exhausted",
    'I would never hurt myself',
    "I don't want to die, I want to get better",
    'my phone died halfway through the exercise',
    'this taper is killing me',
    'I could murder a cup of tea',
    "I'm dead tired",
    'I used to self harm years ago but not any more',
    'can you help me breathe',
    'I need help with my taper',
    "let's end it there for tonight",
    'I had too much to eat',
    "I've had too much on my plate",
    'my dog had a seizure',
    "I'm short of breath after climbing the stairs",
  ])('"%s" is not a crisis', (statement) => {
    expect(screenText(statement).concern).not.toBe('crisis');
  });

  it.each([
    "I don't see the point in going on",
    'everyone would be better off without me',
    "I don't want to wake up tomorrow",
    'I want to kill myself',
    'I took too many pills',
    'I mixed my pills with vodka and I feel really strange',
    "I'm having a seizure",
    "I'm seeing things that aren't there",
    "I can't breathe",
    'my chest hurts',
    'I stopped my diazepam cold turkey and I feel awful',
    "my friend won't wake up",
    'I need help',
    'I took an extra pill and now I can barely keep my eyes open',
    'i want to kill my self',
    'sue aside',
    'I no longer want to live',
    'I wish I was never born',
    'I have nothing to live for',
    'just let me die',
    "honestly I don't care if I live or die",
    'I kept taking them, far too many',
  ])('"%s" is a crisis', (statement) => {
    expect(screenText(statement).concern).toBe('crisis');
  });
});

describe('slips and medication questions', () => {
  it.each([
    'I slipped',
    'I relapsed last week',
    'I took an extra pill last night',
    'I gave in to a craving',
  ])('"%s" is a slip', (statement) => {
    expect(screenText(statement).concern).toBe('slip');
  });

  it.each([
    'how much should I cut my dose by',
    'how fast should I taper',
    'can I skip my dose tonight',
    'should I stop taking my clonazepam',
    'should I switch to diazepam',
    'can I drink wine on valium',
    'how long will the withdrawal last',
    'is it safe to stop cold turkey',
  ])('"%s" is a medication question', (statement) => {
    expect(screenText(statement).concern).toBe('medication');
  });

  it.each(['thank you, that helped', 'I had a rough day at work', 'can we do the breathing again'])(
    '"%s" is none of them',
    (statement) => {
      expect(screenText(statement).concern).toBe('none');
    },
  );

  it('says which rule it applied, so a reviewer can see why', () => {
    expect(screenText('I took too many pills').reason).toMatch(/too many/);
  });
});

describe('screening keeps no state between statements', () => {
  const statements = [
    'I want to kill myself',
    'I took too many pills and I feel strange',
    'help me breathe',
    "I hadn't cut myself in years, but tonight I cut myself again",
    'yes',
    'I relapsed last night',
    'how much should I cut my dose by',
  ];
  it('finds the same in any order, and when a statement is screened twice running', () => {
    const forwards = statements.map((statement) => screenText(statement).concern);
    const backwards = [...statements].reverse().map((statement) => screenText(statement).concern);
    const twice = statements.map((statement) => {
      screenText(statement);
      return screenText(statement).concern;
    });
    expect(backwards.reverse()).toEqual(forwards);
    expect(twice).toEqual(forwards);
    expect(forwards).toEqual(['crisis', 'crisis', 'none', 'crisis', 'none', 'slip', 'medication']);
  });
});
