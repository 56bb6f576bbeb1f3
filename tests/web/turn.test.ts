import request from 'supertest';
import { createApp } from '../../src/server/createApp';
import { createSkill } from '../../src/platforms/alexa';

const app = createApp({ isVerifying: false, skill: createSkill() });
const inspected = createApp({ isVerifying: false, hasInspector: true, skill: createSkill() });

const said = (body: { script: { steps: { text?: string }[] } }) =>
  body.script.steps.map((step) => step.text ?? '').join(' ');

describe('POST /web/turn', () => {
  it.each([
    ['', 'en-US', /welcome to Kind Recovery/i, undefined],
    ['help me breathe', 'en-US', /long exhale breathing/, undefined],
    // Loneliness is reflected in one of several wordings; the offer that fits it is always the same.
    ['I feel so alone', 'en-US', /kind thought about support/, undefined],
    ["I don't want to be here anymore", 'en-US', /9 8 8/, 'tel:988'],
    ['I want to kill myself', 'en-GB', /1 1 6, 1 2 3/, 'tel:116123'],
    ["my mate took too many pills and won't wake up", 'en-AU', /triple zero/, 'tel:000'],
    ['how much should I cut my dose', 'en-US', /prescriber/, undefined],
  ])('"%s" in %s is heard and answered', async (text, locale, heard, button) => {
    const response = await request(app).post('/web/turn').send({ text, locale });
    expect(response.status).toBe(200);
    expect(said(response.body)).toMatch(heard);
    if (button) {
      expect(response.body.crisis).toBeDefined();
      const links = [...response.body.contacts.lines, ...response.body.contacts.emergency].map(
        (link: { call: string }) => link.call,
      );
      expect(links).toContain(button);
    } else {
      expect(response.body.crisis).toBeUndefined();
    }
  });

  it('screens the words even mid-practice, and takes back only a state it recognises', async () => {
    const first = await request(app).post('/web/turn').send({ text: 'help me breathe' });
    const crisis = await request(app)
      .post('/web/turn')
      .send({ text: 'I want to end my life', state: first.body.state });
    expect(crisis.body.crisis).toEqual({ isMedical: false });
    const tampered = await request(app)
      .post('/web/turn')
      .send({ text: 'yes', state: { version: 1, activity: { name: 'hacked' } } });
    expect(tampered.status).toBe(200);
    expect(tampered.body.state.activity).toEqual({ name: 'menu' });
  });

  it.each([
    ['a body that is not an object', [1, 2]],
    ['words too long', { text: 'a'.repeat(1001) }],
    ['a malformed locale', { text: 'hi', locale: '<script>' }],
  ])('refuses %s with a short 400', async (_what, body) => {
    const response = await request(app).post('/web/turn').send(body);
    expect(response.status).toBe(400);
    expect(Object.keys(response.body)).toEqual(['error']);
  });
});

describe('the page and the inspector', () => {
  it('serves the page with a strict policy', async () => {
    const response = await request(app).get('/');
    expect(response.status).toBe(200);
    expect(response.text).toMatch(/Kind Recovery/);
    expect(response.headers['content-security-policy']).toMatch(
      /default-src 'none'.*script-src 'self'.*frame-ancestors 'none'/,
    );
  });

  it('has no inspector unless asked (npm start)', async () => {
    expect((await request(app).get('/inspect')).status).toBe(404);
  });

  it("the inspector shows the turn, the reply and both platforms' responses with SSML checked", async () => {
    await request(inspected).post('/web/turn').send({ text: 'help me breathe', locale: 'en-US' });
    const page = await request(inspected).get('/inspect');
    expect(page.status).toBe(200);
    for (const part of [
      'The neutral Turn',
      'State before',
      'State after',
      'The Reply',
      'The Alexa response',
      'Alexa SSML checked',
      'The Dialogflow response',
      'Dialogflow SSML checked',
    ]) {
      expect(page.text).toContain(part);
    }
    expect(page.text).toMatch(/intent: breathe/);
    expect(page.text).toMatch(/&#34;problems&#34;: &#34;ok&#34;/);
  });
});

describe('a page is a conversation', () => {
  it('words typed with no state (a first turn, or after a goodbye) start a practice that ends with the check-in', async () => {
    const response = await request(app).post('/web/turn').send({ text: 'help me breathe' });
    expect(said(response.body)).toMatch(/How are you feeling now\?$/);
    expect(response.body.script.isListening).toBe(true);
  });
});
