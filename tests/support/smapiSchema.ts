import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import spec from 'ask-smapi-model/spec.json';

/**
 * A validator for a definition in the Skill Management API's own schema (the `spec.json` that ask-smapi-model
 * ships), made stricter than the raw Swagger so it catches what SMAPI would refuse:
 * - a subtype written as `allOf: [base, own properties]` becomes one object with all its properties;
 * - a base with a `discriminator` (an interface's `type`, say) accepts only its known subtypes, each checked
 *   in full, rather than any object with a `type` string; a value SMAPI lists in the base's own `…Type` enum but
 *   gives no subtype (`CAN_FULFILL_INTENT_REQUEST`) is known too, and takes no field but the discriminator;
 * - an object with listed properties accepts no others, so a misspelt field is an error, not ignored.
 */

type Schema = { [key: string]: unknown } & {
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  $ref?: string;
  discriminator?: string;
  additionalProperties?: unknown;
  type?: string;
};

const definitions = (spec as unknown as { definitions: Record<string, Schema> }).definitions;
const prefix = '#/definitions/';

/** A subtype's parts merged into one object schema. */
function flattened(schema: Schema): Schema {
  if (!schema.allOf) return schema;
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const part of schema.allOf) {
    const resolved = flattened(
      part.$ref ? (definitions[part.$ref.slice(prefix.length)] ?? {}) : part,
    );
    Object.assign(properties, resolved.properties ?? {});
    required.push(...(resolved.required ?? []));
  }
  const { allOf: _parts, ...rest } = schema;
  return { ...rest, type: 'object', properties, required: [...new Set(required)] };
}

/** The subtypes of a discriminated base, by their discriminator value. */
function subtypesOf(baseName: string): [value: string, name: string][] {
  return Object.entries(definitions)
    .filter(([, schema]) => schema.allOf?.some((part) => part.$ref === `${prefix}${baseName}`))
    .map(
      ([name, schema]) => [String(schema['x-discriminator-value'] ?? ''), name] as [string, string],
    )
    .filter(([value]) => value !== '');
}

/** Values SMAPI lists for a discriminated base (`v1.skill.Manifest.InterfaceType`) that have no subtype of their own. */
function bareValuesOf(baseName: string, subtypeValues: readonly string[]): string[] {
  const listed: unknown = definitions[`${baseName}Type`]?.enum;
  return (Array.isArray(listed) ? listed : []).filter(
    (value): value is string => typeof value === 'string' && !subtypeValues.includes(value),
  );
}

function closed(schema: Schema): Schema {
  const isOpen = schema.properties === undefined || schema.additionalProperties !== undefined;
  return isOpen ? schema : { ...schema, additionalProperties: false };
}

function stricter(name: string, schema: Schema): Schema {
  const field = schema.discriminator;
  const subtypes = field ? subtypesOf(name) : [];
  if (field && subtypes.length > 0) {
    const bareValues = bareValuesOf(
      name,
      subtypes.map(([value]) => value),
    );
    return {
      type: 'object',
      required: [field],
      properties: { [field]: { enum: [...subtypes.map(([value]) => value), ...bareValues] } },
      allOf: [
        ...subtypes.map(([value, subtype]) => ({
          if: { properties: { [field]: { const: value } } },
          then: { $ref: `${prefix}${subtype}` },
        })),
        ...bareValues.map((value) => ({
          if: { properties: { [field]: { const: value } } },
          then: { properties: { [field]: {} }, additionalProperties: false },
        })),
      ],
    };
  }
  const { discriminator: _field, ...rest } = flattened(schema);
  return closed(rest);
}

let ajv: Ajv | undefined;

/** Compiles a validator for one SMAPI definition, such as `v1.skill.Manifest.SkillManifestEnvelope`. */
export function smapiValidator(definition: string): ValidateFunction {
  if (!ajv) {
    ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    // SMAPI names some formats in words ("ISO 4217 format"); they are documentation, accepted as given.
    const formats = new Set(
      JSON.stringify(definitions)
        .match(/"format":"[^"]+"/g)
        ?.map((entry) => entry.slice(10, -1)),
    );
    for (const format of formats) if (!ajv.formats[format]) ajv.addFormat(format, true);
    const strictDefinitions = Object.fromEntries(
      Object.entries(definitions).map(([name, schema]) => [name, stricter(name, schema)]),
    );
    ajv.addSchema({ definitions: strictDefinitions }, 'smapi');
  }
  return ajv.compile({ $ref: `smapi${prefix}${definition}` });
}
