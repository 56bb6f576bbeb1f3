import { spokenNumber } from './spokenNumber';

/** Parts of the day Alexa's AMAZON.TIME reports by name. */
const partsOfDay: Readonly<Record<string, string>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
};

/** What AMAZON.TIME would hear: "20:00" for "eight pm" or "8 pm", "MO" for "the morning", "?" when it is no time. */
export function spokenTime(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/\b(at|the|in|o'?clock)\b/g, ' ')
    .trim()
    .split(/\s+/);
  const part = words.find((word) => partsOfDay[word]);
  const meridiem =
    words.find((word) => ['am', 'pm', 'a m', 'p m'].includes(word)) ??
    (part === 'evening' || part === 'night' || part === 'afternoon' ? 'pm' : undefined);
  const numberWords = words.filter(
    (word) => !['am', 'pm', 'morning', 'afternoon', 'evening', 'night'].includes(word),
  );
  if (numberWords.length === 0) return part ? (partsOfDay[part] ?? '?') : '?';
  const clock = /^(\d{1,2}):(\d{2})$/.exec(numberWords.join(''));
  const [hourWord = '', ...minuteWords] = numberWords;
  const hour = clock ? Number(clock[1]) : Number(spokenNumber(hourWord));
  const minute = clock
    ? Number(clock[2])
    : minuteWords.length > 0
      ? Number(spokenNumber(minuteWords.join(' ')))
      : 0;
  if (!Number.isInteger(hour) || !Number.isInteger(minute) || hour > 23 || minute > 59) return '?';
  const hour24 =
    meridiem === 'pm' && hour < 12 ? hour + 12 : meridiem === 'am' && hour === 12 ? 0 : hour;
  return `${String(hour24).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
