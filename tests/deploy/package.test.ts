import { contentSecurityPolicy } from '../../src/server/webRoute';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  allModelBytes,
  codeBudgetKiB,
  modelBudgetKiB,
  modelBytes,
  webLanguageModelBudgetKiB,
} from '../../scripts/lambda/budgets';
import { answerInFreshProcess } from '../../scripts/lambda/freshProcess';
import type { PackagedService } from '../../scripts/lambda/packageFunctions';
import { packageFunctions } from '../../scripts/lambda/packageFunctions';
import { heard } from '../support/alexa';
import { startDynalite } from '../../scripts/dynalite';
import { intentEnvelope, launchEnvelope, skillId } from '../support/envelopes';
import { httpApiEvent, webhookPassword, webhookUser } from '../support/httpApiEvents';
import { webhookRequest } from '../support/webhookRequests';

/** `serverless package` runs once, offline, exactly as CI and a deploy would run it. */
jest.setTimeout(180_000);

let service: PackagedService;
let outputFolder: string;

beforeAll(async () => {
  outputFolder = mkdtempSync(join(tmpdir(), 'kind-recovery-package-'));
  service = await packageFunctions(outputFolder, skillId);
});

afterAll(() => rmSync(outputFolder, { recursive: true, force: true }));

const KiB = 1024;

describe('the packaged bundles', () => {
  it.each([
    ['alexa', codeBudgetKiB.alexa * KiB],
    ['dialogflow', codeBudgetKiB.dialogflow * KiB],
  ] as const)(
    '%s is one minified file within %d bytes of code, and the two models',
    (name, budget) => {
      const bundle = service.functions[name];
      expect(bundle.entries).toEqual([`src/handlers/${name}.js`]);
      expect(bundle.bundleBytes - allModelBytes).toBeLessThanOrEqual(budget);
    },
  );

  it('web is one minified file within 200 KiB of code, less the two models and the language model', () => {
    const bundle = service.functions.web;
    expect(bundle.entries).toEqual(['src/handlers/web.js']);
    const languageModelBytes = readFileSync(
      join(__dirname, '..', '..', 'interaction-models', 'alexa', 'en-US.json'),
    ).byteLength;
    // The model is minified into the bundle, so its file's size is an upper bound on what it adds.
    expect(languageModelBytes).toBeLessThanOrEqual(webLanguageModelBudgetKiB * KiB);
    expect(bundle.bundleBytes - allModelBytes - languageModelBytes).toBeLessThanOrEqual(
      codeBudgetKiB.web * KiB,
    );
    expect(bundle.inputs).toContain('interaction-models/alexa/en-US.json');
  });

  it.each([
    ['screen', 'trainedModel.ts'],
    ['feelings', 'trainedFeelings.ts'],
  ] as const)('carries the %s model in both bundles, within its own budget', (model, file) => {
    expect(modelBytes[model]).toBeLessThanOrEqual(modelBudgetKiB[model] * KiB);
    for (const name of ['alexa', 'dialogflow'] as const) {
      expect(service.functions[name].inputs).toContain(`src/core/understanding/${file}`);
    }
  });

  it.each(['alexa', 'dialogflow', 'web'] as const)(
    '%s carries no Google client, gRPC, web server or AWS SDK',
    (name) => {
      const { inputs, externals, bundlePath } = service.functions[name];
      // The benchmark's peer alone uses Amazon's DynamoDB adapter and aws-sdk v2; ask-sdk-model's service clients
      // are left out (serverless.yml's alias), since the skill calls the Alexa APIs over fetch.
      const forbidden =
        /node_modules\/(@google-cloud|google-gax|@grpc|grpc|protobufjs|express|ask-sdk-express-adapter|@aws-sdk|aws-sdk|ask-sdk-dynamodb-persistence-adapter|ask-sdk-model|pino)\//;
      expect(inputs.filter((input) => forbidden.test(input))).toEqual([]);
      // Only Node's own modules are left to resolve at run time: not even the AWS SDK the runtime ships.
      const unexpected = externals.filter(
        (path) => !/^(node:)?(crypto|path|fs|fs\/promises|url|http|https)$/.test(path),
      );
      expect(unexpected).toEqual([]);
      expect(readFileSync(bundlePath, 'utf8')).not.toMatch(/require\(["'`]@?aws-sdk/);
    },
  );

  it('the skill carries its own DynamoDB client: a few KiB of aws4fetch and src/storage, no AWS SDK', () => {
    const { inputs } = service.functions.alexa;
    expect(inputs).toEqual(
      expect.arrayContaining([
        'src/storage/dynamoClient.ts',
        'src/storage/dynamoStore.ts',
        expect.stringMatching(/^node_modules\/aws4fetch\/dist\//),
      ]),
    );
    expect(
      inputs.filter((input) => /node_modules\/(@aws-sdk|@smithy|aws-sdk)\//.test(input)),
    ).toEqual([]);
  });

  it('the webhook bundle does not load the skill or the user store', () => {
    const { inputs } = service.functions.dialogflow;
    expect(
      inputs.filter((input) => /ask-sdk|src\/storage|src\/platforms\/alexa/.test(input)),
    ).toEqual([]);
  });

  it('packaging says nothing but that it packaged, and the one runtime name Framework v3 does not know', () => {
    const expected = [
      /^Warning: Invalid configuration encountered$/,
      /^ {2}at 'provider\.runtime': must be equal to one of the allowed values \[.*\]$/,
      /^Learn more about configuration validation here: /,
      /^Packaging kind-recovery for stage production \(us-east-1\)$/,
      /^. Service packaged \(\d+s\)$/,
    ];
    const unexpected = service.output
      .split('\n')
      .filter((text) => text.trim() !== '')
      .filter((text) => !expected.some((pattern) => pattern.test(text)));
    expect(unexpected).toEqual([]);
  });
});

describe('a packaged bundle in a fresh process, as a cold Lambda container runs it', () => {
  it('the Alexa function welcomes, breathes and remembers in DynamoDB, with nothing but its bundle', async () => {
    const dynamo = await startDynalite();
    try {
      const environment = {
        ALEXA_SKILL_ID: skillId,
        USER_STORE: 'dynamodb',
        DYNAMODB_ENDPOINT: dynamo.endpoint,
        DYNAMODB_TABLE: 'kind-recovery-users',
        // Nothing resolves from this project's node_modules: the bundle alone reaches DynamoDB, as in Lambda.
        NODE_PATH: '',
      };
      const events = [launchEnvelope(), intentEnvelope('BreatheIntent', { pattern: 'box' })];
      const first = await answerInFreshProcess(
        service.functions.alexa.bundlePath,
        events,
        environment,
      );
      const [welcome, breathing] = first.results as ResponseEnvelope[];
      expect(heard(welcome!)).toMatch(/welcome to Kind Recovery/i);
      expect(heard(breathing!)).toMatch(/box breathing/i);
      const again = await answerInFreshProcess(
        service.functions.alexa.bundlePath,
        [launchEnvelope()],
        environment,
      );
      // The second cold start knows the listener from the table: the returning welcome, not the first one.
      expect(heard(again.results[0] as ResponseEnvelope)).toMatch(/^(Welcome back|Hello again)/);
    } finally {
      await dynamo.stop();
    }
  });

  it('the Alexa function logs each turn as one JSON line, with nothing said', async () => {
    const { stderr } = await answerInFreshProcess(
      service.functions.alexa.bundlePath,
      [
        launchEnvelope(),
        intentEnvelope('LearnIntent', { topic: { value: 'resilience', id: 'benefit-resilience' } }),
      ],
      { ALEXA_SKILL_ID: skillId, USER_STORE: 'memory', LOG_LEVEL: 'info' },
    );
    const turns = stderr
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(turns).toEqual([
      expect.objectContaining({ level: 'info', message: 'turn', requestType: 'LaunchRequest' }),
      expect.objectContaining({ level: 'info', message: 'turn', intent: 'LearnIntent' }),
    ]);
    expect(turns[0]?.time).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(stderr).not.toMatch(/resilience|amzn1\.ask\.account/);
  });

  it('the Alexa function refuses another skill and a non-Alexa event without detail', async () => {
    const { results } = await answerInFreshProcess(
      service.functions.alexa.bundlePath,
      [launchEnvelope({ applicationId: 'amzn1.ask.skill.someone-else' }), { hello: 'world' }],
      { ALEXA_SKILL_ID: skillId, USER_STORE: 'memory' },
    );
    expect(results).toEqual([
      { thrown: 'The request was refused.' },
      { thrown: 'The request was refused.' },
    ]);
  });

  it('the Dialogflow function answers behind basic auth', async () => {
    const body = JSON.stringify(webhookRequest('Default Welcome Intent'));
    const { results } = await answerInFreshProcess(
      service.functions.dialogflow.bundlePath,
      [httpApiEvent(body), httpApiEvent(body, { headers: { 'content-type': 'application/json' } })],
      { DIALOGFLOW_WEBHOOK_USER: webhookUser, DIALOGFLOW_WEBHOOK_PASSWORD: webhookPassword },
    );
    const [answered, refused] = results as { statusCode: number; body: string }[];
    expect(answered!.statusCode).toBe(200);
    expect(JSON.parse(answered!.body).fulfillmentText).toMatch(/Kind Recovery/);
    expect(refused!.statusCode).toBe(401);
  });

  it("the web function answers a turn from the page, and a crisis with the locale's numbers", async () => {
    const { results } = await answerInFreshProcess(
      service.functions.web.bundlePath,
      [
        httpApiEvent(JSON.stringify({ text: 'help me breathe', locale: 'en-US' })),
        httpApiEvent(JSON.stringify({ text: 'I want to kill myself', locale: 'en-GB' })),
        httpApiEvent('not json'),
      ],
      {},
    );
    const [breathing, crisis, refused] = results as { statusCode: number; body: string }[];
    expect(breathing!.statusCode).toBe(200);
    expect(JSON.parse(breathing!.body).script.steps).toContainEqual(
      expect.objectContaining({ type: 'breath', text: 'Breathe in.', seconds: 4 }),
    );
    expect(JSON.parse(crisis!.body)).toMatchObject({
      crisis: { isMedical: false },
      contacts: {
        lines: expect.arrayContaining([expect.objectContaining({ call: 'tel:116123' })]),
      },
    });
    expect(refused!.statusCode).toBe(400);
  });
});

describe('the CloudFormation template', () => {
  type Resource = { Type: string; Properties: Record<string, unknown> };
  const resource = (name: string) => service.template.Resources[name] as Resource;
  const ofType = (type: string) =>
    Object.values(service.template.Resources).filter((entry) => entry.Type === type) as Resource[];
  const policyStatements = (roleName: string) =>
    (
      resource(roleName).Properties.Policies as {
        PolicyDocument: { Statement: { Effect: string; Action: string[]; Resource: unknown }[] };
      }[]
    ).flatMap((policy) => policy.PolicyDocument.Statement);

  it('runs all three functions on Node.js 22', () => {
    const functions = ofType('AWS::Lambda::Function');
    expect(functions.map((entry) => entry.Properties.Runtime)).toEqual([
      'nodejs22.x',
      'nodejs22.x',
      'nodejs22.x',
    ]);
  });

  it('lets only our skill invoke the Alexa function', () => {
    const [permission] = ofType('AWS::Lambda::Permission').filter(
      (entry) => entry.Properties.Principal === 'alexa-appkit.amazon.com',
    );
    expect(permission?.Properties.EventSourceToken).toBe(skillId);
    expect(
      (resource('AlexaLambdaFunction').Properties.Environment as { Variables: object }).Variables,
    ).toMatchObject({ ALEXA_SKILL_ID: skillId, USER_STORE: 'dynamodb' });
  });

  it('routes POST /dialogflow and POST /web/turn, and throttles a flood before it reaches a function', () => {
    expect(ofType('AWS::ApiGatewayV2::Route').map((entry) => entry.Properties.RouteKey)).toEqual([
      'POST /dialogflow',
      'POST /web/turn',
    ]);
    // Browsers may call it from the page's site only.
    expect(resource('HttpApi').Properties.CorsConfiguration).toMatchObject({
      AllowOrigins: ['https://example.invalid'],
      AllowMethods: ['POST'],
    });
    expect(resource('HttpApiStage').Properties.DefaultRouteSettings).toEqual({
      ThrottlingRateLimit: 200,
      ThrottlingBurstLimit: 400,
    });
  });

  it('keeps the table on demand, recoverable to a point in time, encrypted, and kept on removal', () => {
    const table = service.template.Resources.UsersTable as Resource & { DeletionPolicy: string };
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
    });
  });

  it('makes no role but the three below: no shared default role with wider rights', () => {
    expect(
      Object.entries(service.template.Resources)
        .filter(([, entry]) => entry.Type === 'AWS::IAM::Role')
        .map(([name]) => name)
        .sort(),
    ).toEqual(['AlexaFunctionRole', 'DialogflowFunctionRole', 'WebFunctionRole']);
  });

  it('gives each function only what it uses', () => {
    const alexa = policyStatements('AlexaFunctionRole');
    const dialogflow = policyStatements('DialogflowFunctionRole');
    const actions = (statements: typeof alexa) =>
      statements.flatMap((entry) => entry.Action).sort();
    expect(actions(alexa)).toEqual([
      'dynamodb:DeleteItem',
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'logs:CreateLogStream',
      'logs:PutLogEvents',
    ]);
    expect(actions(dialogflow)).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
    for (const statement of [...alexa, ...dialogflow]) {
      expect(JSON.stringify(statement.Resource)).not.toMatch(/"\*"/);
    }
  });

  it('takes the webhook secret from Secrets Manager at deploy time, never from the file', () => {
    const variables = (
      resource('DialogflowLambdaFunction').Properties.Environment as {
        Variables: Record<string, string>;
      }
    ).Variables;
    expect(variables.DIALOGFLOW_WEBHOOK_USER).toMatch(
      /^\{\{resolve:secretsmanager:.+:SecretString:user\}\}$/,
    );
    expect(variables.DIALOGFLOW_WEBHOOK_PASSWORD).toMatch(
      /^\{\{resolve:secretsmanager:.+:SecretString:password\}\}$/,
    );
  });

  it('serves the chimes from a private bucket over HTTPS only', () => {
    expect(resource('AudioBucket').Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    const distribution = resource('AudioDistribution').Properties.DistributionConfig as {
      CacheBehaviors: { PathPattern: string; ViewerProtocolPolicy: string }[];
    };
    const bell = distribution.CacheBehaviors.find((entry) => entry.PathPattern === 'audio/*');
    expect(bell?.ViewerProtocolPolicy).toBe('https-only');
    // Only this distribution, through its origin access control, may read the bucket.
    expect(JSON.stringify(distribution)).toMatch(
      /"OriginAccessControlId":\{"Fn::GetAtt":\["AudioOriginAccessControl","Id"\]\}/,
    );
    const policy = JSON.stringify(resource('AudioBucketPolicy').Properties);
    expect(policy).toMatch(/"Service":"cloudfront\.amazonaws\.com"/);
    expect(policy).toMatch(
      /"AWS:SourceArn":\{"Fn::Sub":"[^"]*distribution\/\$\{AudioDistribution\}"\}/,
    );
    expect(policy).toMatch(/"aws:SecureTransport":false/);
    const audioBase = (
      resource('AlexaLambdaFunction').Properties.Environment as {
        Variables: Record<string, unknown>;
      }
    ).Variables.AUDIO_BASE_URL;
    expect(JSON.stringify(audioBase)).toMatch(
      /https:\/\/\$\{AudioDistribution\.DomainName\}\/audio/,
    );
  });

  it('serves the page at the root, under the headers npm start sends, and its turns from the same origin', () => {
    interface Behavior {
      PathPattern?: string;
      TargetOriginId: string;
      ViewerProtocolPolicy: string;
      CachePolicyId: string;
      AllowedMethods: string[];
      ResponseHeadersPolicyId?: unknown;
    }
    const distribution = resource('AudioDistribution').Properties.DistributionConfig as {
      DefaultRootObject: string;
      Origins: { Id: string; OriginPath?: string; DomainName: unknown }[];
      DefaultCacheBehavior: Behavior;
      CacheBehaviors: Behavior[];
    };
    expect(distribution.DefaultRootObject).toBe('index.html');
    const origin = (id: string) => distribution.Origins.find((entry) => entry.Id === id);
    expect(origin('page')?.OriginPath).toBe('/web');
    expect(JSON.stringify(origin('api')?.DomainName)).toMatch(/\$\{HttpApi\}\.execute-api/);
    expect(distribution.DefaultCacheBehavior).toMatchObject({
      TargetOriginId: 'page',
      ViewerProtocolPolicy: 'redirect-to-https',
      ResponseHeadersPolicyId: { Ref: 'PageHeadersPolicy' },
    });
    const turns = distribution.CacheBehaviors.find((entry) => entry.PathPattern === 'web/turn');
    // Every turn reaches the API: the managed CachingDisabled policy.
    expect(turns).toMatchObject({
      TargetOriginId: 'api',
      CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
    });
    expect(turns?.AllowedMethods).toContain('POST');
    const headers = resource('PageHeadersPolicy').Properties.ResponseHeadersPolicyConfig as {
      SecurityHeadersConfig: { ContentSecurityPolicy: { ContentSecurityPolicy: string } };
    };
    expect(headers.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy).toBe(
      contentSecurityPolicy,
    );
    expect(JSON.stringify(resource('AudioBucketPolicy').Properties)).toMatch(/\/web\/\*/);
  });
});
