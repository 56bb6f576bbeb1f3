import type { HandlerInput } from 'ask-sdk-core';
import { log } from '../../log';
import { callAlexaApi } from './alexaApi';

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
export function isZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The device's time zone if it was asked for lately in this process; undefined when it was not, or is unknown. */
export function cachedTimeZone(input: HandlerInput): string | undefined {
  const deviceId = input.requestEnvelope.context?.System?.device?.deviceId;
  const kept = typeof deviceId === 'string' ? zonesByDevice.get(deviceId) : undefined;
  return kept && kept.until > Date.now() ? kept.zone : undefined;
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
  const now = Date.now();
  const kept = zonesByDevice.get(deviceId);
  if (kept && kept.until > now) return kept.zone;
  if (zonesByDevice.size >= mostDevicesKept) zonesByDevice.clear();
  zonesByDevice.set(deviceId, { zone: undefined, until: now + unknownKeptForMs });
  try {
    const path = `/v2/devices/${encodeURIComponent(deviceId)}/settings/System.timeZone`;
    const zone = (await callAlexaApi(input, 'GET', path, undefined, waitMs))?.answer;
    if (!isZone(zone)) return undefined;
    zonesByDevice.set(deviceId, { zone, until: now + keptForMs });
    return zone;
  } catch (error) {
    log.debug('time zone unknown', { platform: 'alexa', error: (error as Error).name });
    return undefined;
  }
}

/** One formatter per zone: making one is slow, and a warm container sees the same few zones again and again. */
const formats = new Map<string, Intl.DateTimeFormat>();

function formatOf(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    if (formats.size >= 1000) formats.clear();
    format = new Intl.DateTimeFormat('en-US', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: 'numeric',
      hourCycle: 'h23',
      timeZone: zone,
    });
    formats.set(zone, format);
  }
  return format;
}

/** The moment a request was made, from its timestamp; now when it carries none that parses. */
function momentOf(timestamp: unknown): Date {
  const parsed = typeof timestamp === 'string' ? Date.parse(timestamp) : Number.NaN;
  return new Date(Number.isNaN(parsed) ? Date.now() : parsed);
}

/** The listener's local day and hour at `timestamp`, in their time zone, or in UTC where it is not known. */
export function localTimeOf(
  timestamp: unknown,
  zone: string | undefined,
): { readonly day: string; readonly hour: number } {
  const at = momentOf(timestamp);
  if (zone === undefined) return { day: at.toISOString().slice(0, 10), hour: at.getUTCHours() };
  const parts = Object.fromEntries(
    formatOf(zone)
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number.parseInt(parts.hour ?? '0', 10) % 24,
  };
}
