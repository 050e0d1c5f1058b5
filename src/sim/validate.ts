import { QUANTITY, resolveRef, rootSchema, type Schema } from './openapi.js';
import type { ResourceType } from './resources.js';
import type { StatusCause } from './status.js';

export interface ValidationResult {
  causes: StatusCause[];
  /** Paths of fields the schema does not know (`spec.foo`), for the Warning header or a strict 400. */
  unknownFields: string[];
}

const QUANTITY_RE = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return '[]interface {}';
  if (typeof value === 'object') return 'map[string]interface {}';
  return String(value);
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(type: string, value: unknown): boolean {
  const t = typeOf(value);
  if (type === 'number') return t === 'number' || t === 'integer';
  return t === type;
}

/** Validates an object against the served kind's OpenAPI schema (types, required, enums, formats, limits). */
export function validateSchema(r: ResourceType, object: unknown): ValidationResult {
  const out: ValidationResult = { causes: [], unknownFields: [] };
  walk(rootSchema(r), object, '', out, undefined);
  return out;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function walk(
  input: Schema,
  value: unknown,
  path: string,
  out: ValidationResult,
  defName: string | undefined,
): void {
  let schema = input;
  let name = defName;
  if (schema.$ref) {
    const resolved = resolveRef(schema.$ref);
    schema = resolved.schema;
    name = resolved.name;
  }
  if (value === null || value === undefined) {
    return;
  }
  for (const sub of schema.allOf ?? []) walk(sub, value, path, out, undefined);
  const field = path || '<root>';
  if (name === QUANTITY) {
    if (typeof value === 'number') return;
    if (typeof value !== 'string' || !QUANTITY_RE.test(value)) {
      out.causes.push({
        reason: 'FieldValueInvalid',
        message: `Invalid value: ${show(value)}: quantities must match the regular expression '${QUANTITY_RE.source}'`,
        field,
      });
    }
    return;
  }
  if (schema.format === 'int-or-string' || schema['x-kubernetes-int-or-string']) {
    if (typeof value !== 'string' && !(typeof value === 'number' && Number.isInteger(value))) {
      out.causes.push({
        reason: 'FieldValueTypeInvalid',
        message: `Invalid value: ${show(value)}: ${field} in body must be of type integer,string: ${JSON.stringify(typeOf(value))}`,
        field,
      });
    }
    return;
  }
  if (schema.type && !typeMatches(schema.type, value)) {
    out.causes.push({
      reason: 'FieldValueTypeInvalid',
      message: `Invalid value: ${show(value)}: ${field} in body must be of type ${schema.type}: ${JSON.stringify(typeOf(value))}`,
      field,
    });
    return;
  }
  if (schema.enum && !schema.enum.some((e) => e === value)) {
    out.causes.push({
      reason: 'FieldValueNotSupported',
      message: `Unsupported value: ${show(value)}: supported values: ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}`,
      field,
    });
  }
  if (typeof value === 'string') checkString(schema, value, field, out);
  if (typeof value === 'number') checkNumber(schema, value, field, out);
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems) {
      out.causes.push({
        reason: 'FieldValueTooMany',
        message: `Too many: ${value.length}: must have at most ${schema.maxItems} items`,
        field,
      });
    }
    if (schema.minItems !== undefined && value.length < schema.minItems) {
      out.causes.push({
        reason: 'FieldValueInvalid',
        message: `Invalid value: ${value.length}: ${field} in body should have at least ${schema.minItems} items`,
        field,
      });
    }
    if (schema.items) {
      value.forEach((item, i) => {
        walk(schema.items!, item, `${path}[${i}]`, out, undefined);
      });
    }
    return;
  }
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    for (const req of schema.required ?? []) {
      if (obj[req] === undefined || obj[req] === null) {
        out.causes.push({ reason: 'FieldValueRequired', message: 'Required value', field: join(path, req) });
      }
    }
    const props = schema.properties;
    for (const [k, v] of Object.entries(obj)) {
      const p = props?.[k];
      if (p) walk(p, v, join(path, k), out, undefined);
      else if (typeof schema.additionalProperties === 'object') {
        walk(schema.additionalProperties, v, `${path}[${k}]`, out, undefined);
      } else if (
        props &&
        !schema['x-kubernetes-preserve-unknown-fields'] &&
        schema.additionalProperties !== true
      ) {
        out.unknownFields.push(join(path, k));
      }
    }
  }
}

function checkString(schema: Schema, value: string, field: string, out: ValidationResult): void {
  if (schema.maxLength !== undefined && value.length > schema.maxLength) {
    out.causes.push({
      reason: 'FieldValueTooLong',
      message: `Too long: may not be more than ${schema.maxLength} bytes`,
      field,
    });
  }
  if (schema.minLength !== undefined && value.length < schema.minLength) {
    out.causes.push({
      reason: 'FieldValueInvalid',
      message: `Invalid value: ${show(value)}: ${field} in body should be at least ${schema.minLength} chars long`,
      field,
    });
  }
  if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) {
    out.causes.push({
      reason: 'FieldValueInvalid',
      message: `Invalid value: ${show(value)}: ${field} in body should match '${schema.pattern}'`,
      field,
    });
  }
}

function checkNumber(schema: Schema, value: number, field: string, out: ValidationResult): void {
  if (schema.format === 'int32' && (value > 2 ** 31 - 1 || value < -(2 ** 31))) {
    out.causes.push({
      reason: 'FieldValueInvalid',
      message: `Invalid value: ${value}: out of int32 range`,
      field,
    });
  }
  if (schema.minimum !== undefined && value < schema.minimum) {
    out.causes.push({
      reason: 'FieldValueInvalid',
      message: `Invalid value: ${value}: ${field} in body should be greater than or equal to ${schema.minimum}`,
      field,
    });
  }
  if (schema.maximum !== undefined && value > schema.maximum) {
    out.causes.push({
      reason: 'FieldValueInvalid',
      message: `Invalid value: ${value}: ${field} in body should be less than or equal to ${schema.maximum}`,
      field,
    });
  }
}
