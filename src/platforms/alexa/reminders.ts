import type { HandlerInput } from 'ask-sdk-core';
import { callAlexaApi } from './alexaApi';
import type { services } from 'ask-sdk-model';
import type { Content } from '../../content/types';

/** The permission a skill needs to set reminders. */
export const reminderPermission = 'alexa::alerts:reminders:skill:readwrite';

/** The hour and minute AMAZON.TIME reports, with its parts of the day as sensible hours. */
export function reminderTime(
  slotValue: string | undefined,
): { hour: number; minute: number } | undefined {
  const partsOfDay: Readonly<Record<string, string>> = {
    MO: '08:00',
    AF: '14:00',
    EV: '19:00',
    NI: '21:00',
  };
  const value = partsOfDay[slotValue ?? ''] ?? slotValue ?? '';
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour < 24 && minute < 60 ? { hour, minute } : undefined;
}

/** A time as it is said: "8 PM", "7:30 AM". */
export function spokenClock({ hour, minute }: { hour: number; minute: number }): string {
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return `${twelve}${minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`} ${hour < 12 ? 'AM' : 'PM'}`;
}

/** Whether the listener has granted the reminders permission. */
export function hasReminderPermission(input: HandlerInput): boolean {
  const scopes = input.requestEnvelope.context?.System?.user?.permissions?.scopes ?? {};
  return scopes[reminderPermission]?.status === 'GRANTED';
}

/** Asks by voice for the reminders permission; the answer comes back as a Connections.Response with this token. */
export function askForReminderPermission(token: string) {
  return {
    type: 'Connections.SendRequest',
    name: 'AskFor',
    payload: {
      '@type': 'AskForPermissionsConsentRequest',
      '@version': '2',
      permissionScopes: [{ permissionScope: reminderPermission, consentLevel: 'ACCOUNT' }],
    },
    token,
  } as const;
}

/**
 * A daily reminder at a time that invites a kind moment, from the listener's own `today`, in their time zone where
 * it is known (the device's own where it is not, by giving none).
 */
export function dailyReminder(
  time: { hour: number; minute: number },
  locale: string,
  content: Content,
  now: Date,
  listener: { readonly today: string; readonly zone?: string },
): services.reminderManagement.ReminderRequest {
  const { today, zone } = listener;
  const pad = (value: number) => String(value).padStart(2, '0');
  const startDateTime = `${today}T${pad(time.hour)}:${pad(time.minute)}:00.000`;
  return {
    requestTime: now.toISOString().slice(0, 23),
    trigger: {
      type: 'SCHEDULED_ABSOLUTE',
      ...(zone ? { timeZoneId: zone } : {}),
      recurrence: {
        startDateTime,
        recurrenceRules: [
          `FREQ=DAILY;BYHOUR=${time.hour};BYMINUTE=${time.minute};BYSECOND=0;INTERVAL=1;`,
        ],
      },
    },
    alertInfo: { spokenInfo: { content: [{ locale, text: content.reminders.reminderText }] } },
    pushNotification: { status: 'ENABLED' },
  };
}

/** Deletes a reminder if there is one, ignoring failures: used before replacing it and when forgetting a listener. */
export async function deleteReminderQuietly(
  input: HandlerInput,
  alertToken: string | undefined,
): Promise<void> {
  if (!alertToken) return;
  try {
    await callAlexaApi(input, 'DELETE', `/v1/alerts/reminders/${encodeURIComponent(alertToken)}`);
  } catch {
    // Already gone, or the service is away: either way the listener is not left with a reminder we still track.
  }
}

/** What the Reminders API said, reduced to what the listener should hear. */
export function reminderFailure(error: unknown): 'unsupported' | 'failed' {
  const { statusCode, message } = error as { statusCode?: number; message?: string };
  return statusCode === 403 || /DEVICE_NOT_SUPPORTED|not supported/i.test(message ?? '')
    ? 'unsupported'
    : 'failed';
}
