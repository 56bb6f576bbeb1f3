// Kind Recovery in a browser: sends what the person types or says to POST /web/turn, and plays the timed script it
// gets back: words through speechSynthesis and as captions, silences and chimes timed here, and the breathing
// circle moved in time with each cue.

const apiBase =
  document.querySelector('meta[name="kind-recovery-api"]')?.getAttribute('content') ?? '';
const localeChooser = document.getElementById('locale');
const captions = document.getElementById('captions');
const circle = document.getElementById('circle');
const phaseLabel = document.getElementById('phase');
const form = document.getElementById('talk');
const words = document.getElementById('words');
const micButton = document.getElementById('mic');
const stopButton = document.getElementById('stop');
const micNote = document.getElementById('mic-note');
const crisisPanel = document.getElementById('crisis');
const crisisButtons = document.getElementById('crisis-buttons');
const footerLine = document.getElementById('footer-line');

const supportedLocales = [...localeChooser.options].map((option) => option.value);
const localeKey = 'kind-recovery-locale';
const micNoteKey = 'kind-recovery-mic-note-seen';

/** The conversation's state, as the server gave it last; nothing else about the person is kept. */
let state;
/** Each reply played bumps this, so a stopped or superseded script stops at its next step. */
let playing = 0;
let pendingTimers = [];

const phaseWords = {
  breatheIn: 'Breathe in',
  topUp: 'A little more',
  holdIn: 'Hold',
  breatheOut: 'Breathe out',
  holdOut: 'Hold',
};

/** The browser's language, as one of the locales the numbers are known for; the United States otherwise. */
function defaultLocale() {
  const saved = localStorage.getItem(localeKey);
  if (saved && supportedLocales.includes(saved)) return saved;
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const language of languages) {
    const exact = supportedLocales.find(
      (locale) => locale.toLowerCase() === language.toLowerCase(),
    );
    if (exact) return exact;
    const region = language.split('-')[1]?.toUpperCase();
    const byRegion = supportedLocales.find((locale) => locale.endsWith(`-${region}`));
    if (region && byRegion) return byRegion;
  }
  return 'en-US';
}

function wait(seconds) {
  return new Promise((resolve) => {
    pendingTimers.push(setTimeout(resolve, seconds * 1000));
  });
}

function speak(text, isGuided, isQuiet) {
  return new Promise((resolve) => {
    if (!('speechSynthesis' in window)) {
      resolve();
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = localeChooser.value;
    utterance.rate = isGuided ? 0.8 : 0.95;
    utterance.volume = isQuiet ? 0.6 : 1;
    utterance.onend = () => resolve();
    utterance.onerror = () => resolve();
    window.speechSynthesis.speak(utterance);
  });
}

let audioContext;

/** A soft bell, made here so no sound file is fetched; quiet mode keeps its length as silence. */
function ring(seconds, isQuiet) {
  if (isQuiet || !window.AudioContext) return;
  audioContext ??= new AudioContext();
  const now = audioContext.currentTime;
  for (const [frequency, loudness] of [
    [528, 0.2],
    [1056, 0.06],
  ]) {
    const tone = audioContext.createOscillator();
    const volume = audioContext.createGain();
    tone.frequency.value = frequency;
    volume.gain.setValueAtTime(loudness, now);
    volume.gain.exponentialRampToValueAtTime(0.0001, now + Math.max(seconds, 0.5));
    tone.connect(volume).connect(audioContext.destination);
    tone.start(now);
    tone.stop(now + seconds);
  }
}

function moveCircle(phase, seconds) {
  circle.style.setProperty('--phase-seconds', `${seconds}s`);
  circle.dataset.phase = phase;
  phaseLabel.textContent = `${phaseWords[phase] ?? ''} (${seconds} seconds)`;
}

function restCircle() {
  circle.dataset.phase = 'rest';
  phaseLabel.textContent = '';
}

function addCaption(who, text) {
  const item = document.createElement('p');
  item.className = who === 'you' ? 'you' : 'skill';
  const name = document.createElement('span');
  name.className = 'who';
  name.textContent = who === 'you' ? 'You: ' : 'Kind Recovery: ';
  const said = document.createElement('span');
  said.className = 'said';
  said.textContent = text;
  item.append(name, said);
  captions.append(item);
  item.scrollIntoView({ block: 'nearest' });
  return said;
}

/** Ends speech, silences and the circle at once. */
function stopSpeaking() {
  playing += 1;
  pendingTimers.forEach(clearTimeout);
  pendingTimers = [];
  if ('speechSynthesis' in window) window.speechSynthesis.cancel();
  restCircle();
}

/** Plays a script's steps in order; a stop or a new turn ends it at the next step. */
async function play(script) {
  const run = ++playing;
  const caption = addCaption('skill', '');
  const show = (text) => {
    caption.textContent = caption.textContent ? `${caption.textContent} ${text}` : text;
  };
  const title = script.breathing?.title ?? script.shownText?.title;
  if (title) phaseLabel.textContent = title;
  for (const step of script.steps) {
    if (run !== playing) return;
    if (step.type === 'say') {
      show(step.text);
      await speak(step.text, step.isGuided, script.isQuiet);
    } else if (step.type === 'pause') {
      await wait(step.seconds);
    } else if (step.type === 'chime') {
      ring(step.seconds, script.isQuiet);
      await wait(step.seconds);
    } else if (step.type === 'breath') {
      // The next cue is due the phase's seconds after this one began, however long the voice takes to say it.
      const due = wait(step.seconds);
      moveCircle(step.phase, step.seconds);
      show(step.text);
      await Promise.all([due, speak(step.text, true, script.isQuiet)]);
    }
  }
  if (run === playing) restCircle();
}

function link(href, text, className) {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.className = className;
  anchor.textContent = text;
  return anchor;
}

function showFooter(contacts) {
  footerLine.replaceChildren();
  const [line] = contacts.lines;
  const [emergency] = contacts.emergency;
  if (!line && !emergency) {
    footerLine.textContent = 'In an emergency, call your local emergency number.';
    return;
  }
  if (line) {
    footerLine.append(
      'Thinking of ending your life? Call ',
      link(line.call, line.label, 'footer-link'),
      '. ',
    );
  }
  if (emergency) {
    footerLine.append(
      'In an emergency, call ',
      link(emergency.call, emergency.number, 'footer-link'),
      '.',
    );
  }
}

function showCrisis(contacts, crisis) {
  crisisButtons.replaceChildren();
  if (!crisis) {
    crisisPanel.hidden = true;
    return;
  }
  const buttons = [];
  if (!crisis.isMedical) {
    for (const line of contacts.lines) {
      buttons.push(link(line.call, `Call ${line.label}`, 'big call'));
      if (line.text)
        buttons.push(link(line.text, `Text ${line.text.replace('sms:', '')}`, 'big text'));
    }
  }
  for (const number of contacts.emergency) {
    buttons.push(link(number.call, `Call emergency ${number.number}`, 'big emergency'));
  }
  crisisButtons.append(
    ...buttons.map((button) => {
      const item = document.createElement('li');
      item.append(button);
      return item;
    }),
  );
  const wasHidden = crisisPanel.hidden;
  crisisPanel.hidden = false;
  if (wasHidden) document.getElementById('crisis-heading').focus();
}

/** Sends one turn (no words opens the conversation) and plays what comes back. */
async function takeTurn(text) {
  stopSpeaking();
  if (text) addCaption('you', text);
  let answer;
  try {
    const response = await fetch(`${apiBase}/web/turn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        text,
        locale: localeChooser.value,
        state,
        localHour: new Date().getHours(),
      }),
    });
    if (!response.ok) throw new Error(String(response.status));
    answer = await response.json();
  } catch {
    addCaption(
      'skill',
      'Sorry, I could not reach Kind Recovery just now. If you are in danger, please call the number below.',
    );
    return;
  }
  // A conversation that has closed starts again fresh with the next words.
  state = answer.script.isListening ? answer.state : undefined;
  showFooter(answer.contacts);
  showCrisis(answer.contacts, answer.crisis);
  await play(answer.script);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = words.value.trim();
  if (!text) return;
  words.value = '';
  // "stop" ends speech at once, before the server's goodbye is even asked for.
  if (/^\s*(stop|cancel|be quiet|quiet|shush)\W*$/i.test(text)) stopSpeaking();
  takeTurn(text);
});

stopButton.addEventListener('click', stopSpeaking);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') stopSpeaking();
});

localeChooser.value = defaultLocale();
localeChooser.addEventListener('change', () => {
  localStorage.setItem(localeKey, localeChooser.value);
  state = undefined;
  takeTurn('');
});

const Recognition = window.SpeechRecognition ?? window.webkitSpeechRecognition;
let recognition;

function listen() {
  recognition ??= new Recognition();
  recognition.lang = localeChooser.value;
  recognition.interimResults = false;
  recognition.onresult = (event) => {
    const heard = event.results[0]?.[0]?.transcript ?? '';
    if (/^\s*stop\W*$/i.test(heard)) stopSpeaking();
    if (heard.trim()) takeTurn(heard.trim());
  };
  recognition.onend = () => micButton.setAttribute('aria-pressed', 'false');
  stopSpeaking();
  micButton.setAttribute('aria-pressed', 'true');
  recognition.start();
}

if (Recognition) {
  micButton.hidden = false;
  micButton.addEventListener('click', () => {
    if (localStorage.getItem(micNoteKey) === 'yes') {
      listen();
      return;
    }
    micNote.hidden = false;
    document.getElementById('mic-note-heading').focus();
  });
  document.getElementById('mic-agree').addEventListener('click', () => {
    localStorage.setItem(micNoteKey, 'yes');
    micNote.hidden = true;
    listen();
  });
  document.getElementById('mic-decline').addEventListener('click', () => {
    micNote.hidden = true;
    words.focus();
  });
}

takeTurn('');
