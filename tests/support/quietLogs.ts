/** Tests read what the listener hears; log lines are checked where they matter, not printed everywhere. */
process.env.LOG_LEVEL ??= 'silent';
