import { createHash } from 'node:crypto';

/** A listener's platform id, hashed, so no raw id is stored or logged. */
export function userKeyOf(platformUserId: string): string {
  return createHash('sha256').update(`kind-recovery:${platformUserId}`).digest('hex');
}
