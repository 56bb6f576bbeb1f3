export { answerWebhook, type WebhookResult } from './webhook';
export { dialogflowNameOf, welcomeIntentName } from './intentNames';
export type { WebhookRequest, WebhookResponse } from './webhookTypes';
export { type DialogflowAccess, dialogflowAccessFromEnvironment } from './access';
export { answerBody, type HttpAnswer, refuseByHead, webhookBodyLimitBytes } from './httpEndpoint';
