/** The basic-auth pair the benchmark's webhook server expects and its load sends. */
export const benchUser = 'dialogflow';
export const benchPassword = 'a long shared secret for the benchmark';
