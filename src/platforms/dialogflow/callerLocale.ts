/** Country calling codes of the English locales the crisis table covers (+1 is the US and Canada, which share 911 and 988). */
const localeByCallingCode: ReadonlyArray<readonly [string, string]> = [
  ['+353', 'en-IE'],
  ['+44', 'en-GB'],
  ['+61', 'en-AU'],
  ['+64', 'en-NZ'],
  ['+91', 'en-IN'],
  ['+1', 'en-US'],
];

/** The locale a phone caller's country code points to, so a crisis answer gives their numbers; only the code is read. */
export function localeOfCaller(callerId: unknown): string | undefined {
  if (typeof callerId !== 'string') return undefined;
  const dialled = callerId.replace(/[\s()-]/g, '');
  return localeByCallingCode.find(([code]) => dialled.startsWith(code))?.[1];
}
