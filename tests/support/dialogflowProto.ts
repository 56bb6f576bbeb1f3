import protobuf from 'protobufjs';
import descriptor from '@google-cloud/dialogflow/build/protos/protos.json';

/** Dialogflow's own protos, as shipped in @google-cloud/dialogflow. */
const root = protobuf.Root.fromJSON(descriptor as protobuf.INamespace);

const anyJson = new Set([
  '.google.protobuf.Struct',
  '.google.protobuf.Value',
  '.google.protobuf.ListValue',
]);
const integers = new Set(['int32', 'uint32', 'sint32', 'fixed32', 'sfixed32']);
const longs = new Set(['int64', 'uint64', 'sint64', 'fixed64', 'sfixed64']);

function scalarProblem(type: string, value: unknown, path: string): string | undefined {
  const fits =
    (type === 'string' && typeof value === 'string') ||
    (type === 'bool' && typeof value === 'boolean') ||
    ((type === 'double' || type === 'float') && typeof value === 'number') ||
    (integers.has(type) && Number.isInteger(value)) ||
    (longs.has(type) &&
      (Number.isInteger(value) || (typeof value === 'string' && /^-?\d+$/.test(value)))) ||
    (type === 'bytes' && typeof value === 'string');
  return fits ? undefined : `${path}: expected ${type}, got ${JSON.stringify(value)}`;
}

function valueProblems(field: protobuf.Field, value: unknown, path: string): string[] {
  const resolved = field.resolvedType;
  if (resolved instanceof protobuf.Enum) {
    const isKnown =
      typeof value === 'string'
        ? value in resolved.values
        : Object.values(resolved.values).includes(value as number);
    return isKnown ? [] : [`${path}: ${JSON.stringify(value)} is not a ${resolved.name}`];
  }
  if (resolved instanceof protobuf.Type) {
    if (anyJson.has(resolved.fullName)) return [];
    return messageProblems(resolved, value, path);
  }
  const problem = scalarProblem(field.type, value, path);
  return problem ? [problem] : [];
}

function messageProblems(type: protobuf.Type, value: unknown, path: string): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [`${path}: expected a ${type.name} object`];
  }
  const entries = Object.entries(value as Record<string, unknown>);
  const problems = entries.flatMap(([key, fieldValue]) => {
    const field = type.fields[key];
    const at = `${path}.${key}`;
    if (!field) return [`${at}: ${type.name} has no field "${key}"`];
    field.resolve();
    if (field.repeated) {
      return Array.isArray(fieldValue)
        ? fieldValue.flatMap((item, index) => valueProblems(field, item, `${at}[${index}]`))
        : [`${at}: expected a list`];
    }
    return valueProblems(field, fieldValue, at);
  });
  const setOneofs = type.oneofsArray.filter(
    (oneof) => oneof.fieldsArray.filter((field) => field.name in (value as object)).length > 1,
  );
  return [...problems, ...setOneofs.map((oneof) => `${path}: more than one of ${oneof.name}`)];
}

/** Everything in `json` that the v2beta1 WebhookResponse message would reject: unknown fields, wrong enums, wrong types. */
export function webhookResponseProblems(json: unknown): string[] {
  return messageProblems(
    root.lookupType('google.cloud.dialogflow.v2beta1.WebhookResponse'),
    json,
    'WebhookResponse',
  );
}
