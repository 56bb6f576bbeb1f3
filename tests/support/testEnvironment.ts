/** Tests read what the listener hears; log lines are checked where they matter, not printed everywhere. */
process.env.LOG_LEVEL ??= 'silent';
/** Servers built in tests remember listeners in memory unless a test gives them a store of its own. */
process.env.USER_STORE ??= 'memory';
/**
 * The AWS SDK warns once per process that its releases from 2027 need Node 22. Production runs on Node 22
 * (serverless.yml); the tests may run on Node 20, where the warning says nothing about the code under test. This
 * is the SDK's own switch for it.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
