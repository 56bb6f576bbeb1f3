import type { PersistenceAdapter } from 'ask-sdk-core';
import { getUserId } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { userKeyOf } from '../../storage/userKey';
import type { UserStore } from '../../storage/userStore';

/** What the skill keeps as persistent attributes: the listener's profile, and the version it was read at. */
export interface PersistentAttributes {
  readonly profile?: unknown;
  readonly version?: number;
}

/**
 * The ask-sdk persistence adapter over the project's user store. Listeners are keyed by a hash of their Alexa user
 * id; writes carry the version they read, so a concurrent write is refused rather than lost.
 */
export class UserStorePersistenceAdapter implements PersistenceAdapter {
  /** A turn reads and then writes; the hash is worked out once per request. */
  private readonly keys = new WeakMap<RequestEnvelope, string>();

  constructor(private readonly store: UserStore) {}

  async getAttributes(requestEnvelope: RequestEnvelope): Promise<PersistentAttributes> {
    const stored = await this.store.get(this.keyOf(requestEnvelope));
    return stored ? { profile: stored.value, version: stored.version } : {};
  }

  async saveAttributes(
    requestEnvelope: RequestEnvelope,
    attributes: PersistentAttributes,
  ): Promise<void> {
    await this.store.put(this.keyOf(requestEnvelope), attributes.profile, attributes.version);
  }

  async deleteAttributes(requestEnvelope: RequestEnvelope): Promise<void> {
    await this.store.delete(this.keyOf(requestEnvelope));
  }

  private keyOf(requestEnvelope: RequestEnvelope): string {
    let key = this.keys.get(requestEnvelope);
    if (key === undefined) {
      key = userKeyOf(getUserId(requestEnvelope));
      this.keys.set(requestEnvelope, key);
    }
    return key;
  }
}
