import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { getIntentName, getRequestType, getSlotValue } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { contentFor } from '../../../content';
import { newProfile, restoreProfile } from '../../../core';
import type { UserProfile } from '../../../core';
import { log } from '../../../log';
import { alexaSpeech, toSsml } from '../../../speech';
import { localeOf } from '../localeOf';
import type { PersistentAttributes } from '../persistence';
import {
  askForReminderPermission,
  dailyReminder,
  deleteReminderQuietly,
  hasReminderPermission,
  reminderFailure,
  reminderPermission,
  reminderTime,
  spokenClock,
} from '../reminders';
import { callAlexaApi } from '../alexaApi';
import { cachedTimeZone, isZone, localTimeOf, timeZoneOf } from '../timeZone';

type Outcome = 'confirmed' | 'cancelled' | 'noReminder' | 'denied' | 'unsupported' | 'failed';

const say = (input: HandlerInput, text: string, isListening: boolean): Response => {
  const builder = input.responseBuilder.speak(toSsml([{ type: 'text', text }], alexaSpeech));
  if (!isListening) return builder.withShouldEndSession(true).getResponse();
  const { content } = contentFor(localeOf(input.requestEnvelope));
  return builder
    .reprompt(toSsml([{ type: 'text', text: content.whatNext.reprompt }]))
    .withShouldEndSession(false)
    .getResponse();
};

async function profileOf(
  input: HandlerInput,
): Promise<{ profile: UserProfile; version?: number } | undefined> {
  try {
    const attributes =
      (await input.attributesManager.getPersistentAttributes()) as PersistentAttributes;
    const today = localTimeOf(input.requestEnvelope.request.timestamp, cachedTimeZone(input)).day;
    return {
      profile: restoreProfile(attributes.profile) ?? newProfile(today),
      ...(attributes.version ? { version: attributes.version } : {}),
    };
  } catch {
    return undefined;
  }
}

async function saveProfile(
  input: HandlerInput,
  profile: UserProfile,
  version: number | undefined,
): Promise<void> {
  input.attributesManager.setPersistentAttributes({ profile, version });
  await input.attributesManager.savePersistentAttributes();
}

/** Creates the daily reminder through the Reminders API at the request's apiEndpoint, replacing any earlier one. */
async function createReminder(
  input: HandlerInput,
  time: { hour: number; minute: number },
): Promise<Outcome> {
  const locale = localeOf(input.requestEnvelope);
  const { content } = contentFor(locale);
  if (typeof input.requestEnvelope.context?.System?.apiAccessToken !== 'string') {
    return 'unsupported';
  }
  const stored = await profileOf(input);
  await deleteReminderQuietly(input, stored?.profile.reminder?.alertToken);
  // The same zone the listener's days are counted in, so the first reminder falls on their own today.
  const remembered = stored?.profile.timeZone;
  const zone = cachedTimeZone(input) ?? (isZone(remembered) ? remembered : await timeZoneOf(input));
  let alertToken: string | undefined;
  try {
    const request = dailyReminder(
      time,
      locale,
      content,
      new Date(String(input.requestEnvelope.request.timestamp ?? Date.now())),
      { today: localTimeOf(input.requestEnvelope.request.timestamp, zone).day, zone },
    );
    const created = (await callAlexaApi(input, 'POST', '/v1/alerts/reminders', request))?.answer;
    const token = (created as { alertToken?: unknown } | undefined)?.alertToken;
    alertToken = typeof token === 'string' ? token : undefined;
  } catch (error) {
    log.warn('reminder not created', { platform: 'alexa', error: (error as Error).name });
    return reminderFailure(error);
  }
  if (stored) {
    const pad = (value: number) => String(value).padStart(2, '0');
    const reminder = {
      time: `${pad(time.hour)}:${pad(time.minute)}`,
      ...(alertToken ? { alertToken } : {}),
    };
    try {
      await saveProfile(input, { ...stored.profile, reminder }, stored.version);
    } catch (error) {
      // The reminder exists; only our note of it failed, so the listener still hears that it is set.
      log.error('reminder not remembered', { platform: 'alexa', error: (error as Error).name });
    }
  }
  return 'confirmed';
}

function answer(
  input: HandlerInput,
  outcome: Outcome,
  time?: { hour: number; minute: number },
): Response {
  const { content } = contentFor(localeOf(input.requestEnvelope));
  const { reminders, whatNext } = content;
  const text =
    outcome === 'confirmed' && time
      ? reminders.confirmed(spokenClock(time))
      : reminders[outcome === 'confirmed' ? 'failed' : outcome];
  if (outcome === 'denied')
    input.responseBuilder.withAskForPermissionsConsentCard([reminderPermission]);
  return say(input, `${text} ${whatNext.question[0]}`, true);
}

/** "Remind me to practise every day at 8 pm": asks for permission by voice if needed, then creates the reminder. */
export const SetReminderIntentHandler: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' &&
    getIntentName(input.requestEnvelope) === 'SetReminderIntent',
  handle: async (input) => {
    const time = reminderTime(getSlotValue(input.requestEnvelope, 'time'));
    if (!time) {
      const { reminders } = contentFor(localeOf(input.requestEnvelope)).content;
      return input.responseBuilder
        .speak(toSsml([{ type: 'text', text: reminders.askTime }]))
        .reprompt(toSsml([{ type: 'text', text: reminders.askTimeReprompt }]))
        .withShouldEndSession(false)
        .getResponse();
    }
    if (!hasReminderPermission(input)) {
      const token = `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
      return input.responseBuilder.addDirective(askForReminderPermission(token)).getResponse();
    }
    return answer(input, await createReminder(input, time), time);
  },
};

/** The listener's answer to the permission question: accepted creates the reminder, anything else is met kindly. */
export const ReminderPermissionResponseHandler: RequestHandler = {
  canHandle: (input) => {
    const request = input.requestEnvelope.request as { type: string; name?: string };
    return request.type === 'Connections.Response' && request.name === 'AskFor';
  },
  handle: async (input) => {
    const request = input.requestEnvelope.request as {
      payload?: { status?: string };
      token?: string;
    };
    const time = reminderTime(request.token);
    if (request.payload?.status !== 'ACCEPTED' || !time) return answer(input, 'denied');
    return answer(input, await createReminder(input, time), time);
  },
};

/** "Cancel my reminder": deletes it through the Reminders API and forgets it. */
export const CancelReminderIntentHandler: RequestHandler = {
  canHandle: (input) =>
    getRequestType(input.requestEnvelope) === 'IntentRequest' &&
    getIntentName(input.requestEnvelope) === 'CancelReminderIntent',
  handle: async (input) => {
    const stored = await profileOf(input);
    const alertToken = stored?.profile.reminder?.alertToken;
    if (!stored || !alertToken) return answer(input, 'noReminder');
    try {
      await callAlexaApi(input, 'DELETE', `/v1/alerts/reminders/${encodeURIComponent(alertToken)}`);
    } catch (error) {
      const { statusCode } = error as { statusCode?: number };
      if (statusCode !== 404) {
        log.warn('reminder not deleted', { platform: 'alexa', error: (error as Error).name });
        return answer(input, reminderFailure(error));
      }
    }
    const { reminder: _removed, ...rest } = stored.profile;
    await saveProfile(input, rest, stored.version);
    return answer(input, 'cancelled');
  },
};
