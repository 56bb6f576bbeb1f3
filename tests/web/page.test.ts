/// <reference lib="dom" />
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { createApp } from '../../src/server/createApp';
import { createSkill } from '../../src/platforms/alexa';

/**
 * The page in a real browser: Debian's chromium, headless, driven by playwright-core, against the app as
 * `npm run dev` builds it. Headless chromium has no voices, so speechSynthesis is stubbed in the page here only:
 * each utterance "takes" 20 ms a word and is recorded as heard.
 */
jest.setTimeout(60_000);

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const speechStub = () => {
  const heard: string[] = [];
  (window as unknown as { heard: string[] }).heard = heard;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: SpeechSynthesisUtterance | undefined;
  const synthesis = {
    speak(utterance: SpeechSynthesisUtterance) {
      heard.push(utterance.text);
      current = utterance;
      timer = setTimeout(
        () => {
          current = undefined;
          utterance.onend?.(new Event('end') as SpeechSynthesisEvent);
        },
        20 * utterance.text.split(' ').length,
      );
    },
    cancel() {
      if (timer) clearTimeout(timer);
      const cancelled = current;
      current = undefined;
      cancelled?.onerror?.(new Event('error') as SpeechSynthesisErrorEvent);
    },
    getVoices: () => [],
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
};

let server: Server;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  const app = createApp({
    isVerifying: false,
    hasInspector: true,
    skill: createSkill(),
  });
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: chromiumPath, headless: true });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function openPage(
  locale = 'en-US',
  options: { reducedMotion?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({
    locale,
    ...(options.reducedMotion ? { reducedMotion: 'reduce' as const } : {}),
  });
  await context.addInitScript(speechStub);
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.locator('#captions p').first().waitFor();
  return page;
}

async function say(page: Page, words: string): Promise<void> {
  await page.fill('#words', words);
  await page.press('#words', 'Enter');
}

const circleWidth = (page: Page) =>
  page.locator('#circle').evaluate((circle) => circle.getBoundingClientRect().width);

describe('the page', () => {
  it('greets the visitor aloud and in captions, with the wellness note', async () => {
    const page = await openPage();
    await expect(page.locator('#captions')).toBeTruthy();
    await page.waitForFunction(() =>
      document.querySelector('#captions')?.textContent?.includes('Would you like'),
    );
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    expect(heard.join(' ')).toMatch(/not medical care/);
    await page.context().close();
  });

  it('"help me breathe": the cue is captioned and the circle grows during the in-breath', async () => {
    const page = await openPage();
    await say(page, 'help me breathe');
    await page.waitForSelector('#circle[data-phase="breatheIn"]', { timeout: 15_000 });
    const early = await circleWidth(page);
    await page.waitForTimeout(1500);
    const later = await circleWidth(page);
    expect(later).toBeGreaterThan(early);
    await expect(page.locator('#captions').textContent()).resolves.toMatch(/Breathe in\./);
    await expect(page.locator('#phase').textContent()).resolves.toMatch(/Breathe in \(4 seconds\)/);
    // And shrinks during the out-breath, the next cue coming the in-breath's four seconds after it.
    await page.waitForSelector('#circle[data-phase="breatheOut"]', { timeout: 6_000 });
    const out = await circleWidth(page);
    await page.waitForTimeout(1500);
    expect(await circleWidth(page)).toBeLessThan(out);
    await page.context().close();
  });

  it('the stop button and "stop" typed end speech at once', async () => {
    const page = await openPage();
    await say(page, 'help me breathe');
    await page.waitForSelector('#circle[data-phase="breatheIn"]', { timeout: 15_000 });
    await page.click('#stop');
    await expect(page.locator('#circle').getAttribute('data-phase')).resolves.toBe('rest');
    const heardAtStop = await page.evaluate(
      () => (window as unknown as { heard: string[] }).heard.length,
    );
    await page.waitForTimeout(4500);
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard.length)).toBe(
      heardAtStop,
    );
    await page.context().close();
  });

  it.each([
    ['en-US', "I don't want to be here anymore", 'tel:988', 'sms:988', 'tel:911'],
    ['en-GB', 'I want to kill myself', 'tel:116123', undefined, 'tel:999'],
    ['en-AU', "I'm going to end my life tonight", 'tel:131114', 'sms:0477131114', 'tel:000'],
  ] as const)(
    'in %s a crisis statement shows buttons to call the line and the emergency number',
    async (locale, words, call, text, emergency) => {
      const page = await openPage(locale);
      await expect(page.locator('#locale').inputValue()).resolves.toBe(locale);
      await say(page, words);
      await page.waitForSelector('#crisis:not([hidden])');
      const links = await page
        .locator('#crisis-buttons a')
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      expect(links).toContain(call);
      expect(links).toContain(emergency);
      if (text) expect(links).toContain(text);
      // The crisis heading takes focus, so a screen reader hears it first.
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('crisis-heading');
      await expect(page.locator('footer a').first().getAttribute('href')).resolves.toBe(call);
      await page.context().close();
    },
  );

  it('the locale chooser changes the numbers in the footer', async () => {
    const page = await openPage('en-US');
    await page.selectOption('#locale', 'en-NZ');
    await page.waitForSelector('footer a[href="tel:1737"]');
    await page.context().close();
  });

  it('works by keyboard alone: every control in order, the microphone note, typing, Escape to stop', async () => {
    const page = await openPage();
    const order: string[] = [];
    for (let index = 0; index < 8; index += 1) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(
          () => document.activeElement?.id || document.activeElement?.textContent || '',
        ),
      );
    }
    expect(order).toEqual([
      'Skip to the message box',
      'locale',
      'captions',
      'words',
      'Send',
      'mic',
      'stop',
      expect.stringMatching(/988/),
    ]);
    // The microphone says, before its first use, where the voice may go; "Keep typing" returns to the box.
    await page.focus('#mic');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('mic-note-heading');
    await expect(page.locator('#mic-note').innerText()).resolves.toMatch(
      /send the sound of your voice to their maker/,
    );
    await page.focus('#mic-decline');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('words');
    await page.keyboard.type('help me breathe');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#circle[data-phase="breatheIn"]', { timeout: 15_000 });
    await page.keyboard.press('Escape');
    await expect(page.locator('#circle').getAttribute('data-phase')).resolves.toBe('rest');
    await page.context().close();
  });

  it('has no serious or critical axe-core violations, before and during a crisis answer', async () => {
    const page = await openPage('en-GB');
    const scan = async () => {
      // Evaluated through the debugging protocol: the page's own policy rightly refuses an inline script.
      await page.evaluate(axeSource);
      return page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: () => Promise<{ violations: { id: string; impact: string }[] }> };
          }
        ).axe;
        const { violations } = await axe.run();
        return violations
          .filter((found) => ['serious', 'critical'].includes(found.impact))
          .map((found) => found.id);
      });
    };
    await expect(scan()).resolves.toEqual([]);
    await say(page, 'I want to kill myself');
    await page.waitForSelector('#crisis:not([hidden])');
    await expect(scan()).resolves.toEqual([]);
    await page.context().close();
  });

  it('is served with a strict Content-Security-Policy and loads nothing from elsewhere', async () => {
    const page = await openPage();
    const response = await page.request.get(baseUrl);
    expect(response.headers()['content-security-policy']).toMatch(/default-src 'none'/);
    expect(response.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    const hosts = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).host),
    );
    expect(new Set(hosts)).toEqual(new Set([new URL(baseUrl).host]));
    await page.context().close();
  });

  it('at 200% zoom the box and the buttons stay on screen without sideways scrolling', async () => {
    const context = await browser.newContext({
      viewport: { width: 640, height: 480 },
      deviceScaleFactor: 1,
    });
    await context.addInitScript(speechStub);
    const page = await context.newPage();
    await page.goto(baseUrl);
    // 200% zoom of a 1280-wide window is a 640-wide layout with doubled text.
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
