/**
 * What ask-sdk-core takes from ask-sdk-model when the skill runs: `services.ServiceClientFactory`, which it builds
 * only for a skill configured with an API client. This skill configures none (its two Alexa API calls go over
 * fetch, in alexaApi.ts), so the Lambda bundles alias the package, about 60 KiB of service clients, to this file
 * (serverless.yml). Types still come from the real package.
 */
export const services = {};
