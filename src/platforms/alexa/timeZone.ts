import type { HandlerInput } from 'ask-sdk-core';
import { log } from '../../log';

/**
 * Time zones already asked for, by device, so a listener's every visit does not wait on the Settings API; a zone
 * that could not be had is remembered too, for a shorter while, so an outage does not slow every welcome.
 */
const zonesByDevice = new Map<
  string,
  { readonly zone: string | undefined; readonly until: number }
>();
const keptForMs = 24 * 60 * 60 * 1000;
const unknownKeptForMs = 10 * 60 * 1000;
/** Beyond this many devices the cache starts again, so it cannot grow without end. */
const mostDevicesKept = 10_000;
/** The longest a welcome waits for the Settings API before it goes on in UTC. */
const waitMs = 400;

/** A time zone name the runtime knows, such as "America/Los_Angeles". */
function isZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The device's time zone from the Alexa Settings API (`getSystemTimeZone`, no permission needed), cached for a
 * day; undefined when the request names no device or carries no token for the API, or the API fails or takes
 * too long.
 */
export async function timeZoneOf(input: HandlerInput): Promise<string | undefined> {
  const system = input.requestEnvelope.context?.System;
  const deviceId = system?.device?.deviceId;
  if (typeof deviceId !== 'string' || typeof system?.apiAccessToken !== 'string') return undefined;
  const client = input.serviceClientFactory?.getUpsServiceClient();
  if (!client) return undefined;
  const now = Date.now();
  const kept = zonesByDevice.get(deviceId);
  if (kept && kept.until > now) return kept.zone;
  if (zonesByDevice.size >= mostDevicesKept) zonesByDevice.clear();
  zonesByDevice.set(deviceId, { zone: undefined, until: now + unknownKeptForMs });
  try {
    let timer: NodeJS.Timeout | undefined;
    const zone = await Promise.race([
      client.getSystemTimeZone(deviceId),
      new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), waitMs);
      }),
    ]).finally(() => clearTimeout(timer));
    if (!isZone(zone)) return undefined;
    zonesByDevice.set(deviceId, { zone, until: now + keptForMs });
    return zone;
  } catch (error) {
    log.debug('time zone unknown', { platform: 'alexa', error: (error as Error).name });
    return undefined;
  }
}

/** One formatter per zone: making one is slow, and a warm container sees the same few zones again and again. */
const hourFormats = new Map<string, Intl.DateTimeFormat>();

function hourFormatOf(zone: string): Intl.DateTimeFormat {
  let format = hourFormats.get(zone);
  if (!format) {
    if (hourFormats.size >= 1000) hourFormats.clear();
    format = new Intl.DateTimeFormat('en-US', {
      hour: 'numeric',
      hourCycle: 'h23',
      timeZone: zone,
    });
    hourFormats.set(zone, format);
  }
  return format;
}

/** The listener's hour, 0 to 23, at `timestamp` in their time zone, or in UTC where the zone is not known. */
export function localHourOf(timestamp: unknown, zone: string | undefined): number {
  const parsed = typeof timestamp === 'string' ? Date.parse(timestamp) : Number.NaN;
  const at = new Date(Number.isNaN(parsed) ? Date.now() : parsed);
  if (zone === undefined) return at.getUTCHours();
  return Number.parseInt(hourFormatOf(zone).format(at), 10) % 24;
}
