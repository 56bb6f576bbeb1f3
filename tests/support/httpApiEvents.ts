import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/** Basic-auth credentials the webhook fixtures use. */
export const webhookUser = 'dialogflow';
export const webhookPassword = 'a long shared secret';

export const basicAuthorization = (user = webhookUser, password = webhookPassword) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

interface HttpApiOptions {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly isBase64Encoded?: boolean;
}

/** An HTTP API (payload format 2.0) event for `POST /dialogflow`, as API Gateway hands it to Lambda. */
export function httpApiEvent(
  body: string | undefined,
  options: HttpApiOptions = {},
): APIGatewayProxyEventV2 {
  const method = options.method ?? 'POST';
  return {
    version: '2.0',
    routeKey: `${method} /dialogflow`,
    rawPath: '/dialogflow',
    rawQueryString: '',
    headers: options.headers ?? {
      'content-type': 'application/json',
      authorization: basicAuthorization(),
    },
    requestContext: {
      accountId: '123456789012',
      apiId: 'a1b2c3d4e5',
      domainName: 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com',
      domainPrefix: 'a1b2c3d4e5',
      http: {
        method,
        path: '/dialogflow',
        protocol: 'HTTP/1.1',
        sourceIp: '203.0.113.7',
        userAgent: 'Google-Dialogflow',
      },
      requestId: 'Jd8yYgWhIAMEVbQ=',
      routeKey: `${method} /dialogflow`,
      stage: '$default',
      time: '28/Nov/2026:05:00:00 +0000',
      timeEpoch: 1795842000000,
    },
    isBase64Encoded: options.isBase64Encoded ?? false,
    ...(body === undefined ? {} : { body }),
  };
}
