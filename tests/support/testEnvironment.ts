/** Tests read what the listener hears; log lines are checked where they matter, not printed everywhere. */
process.env.LOG_LEVEL ??= 'silent';
/** Servers built in tests remember listeners in memory unless a test gives them a store of its own. */
process.env.USER_STORE ??= 'memory';
