export { answerWebhook, type WebhookResult } from './webhook';
export { dialogflowNameOf, welcomeIntentName } from './intentNames';
export type { WebhookRequest, WebhookResponse } from './webhookTypes';
