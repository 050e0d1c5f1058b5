import httprouteJson from './openapi/httproute-v1.json' with { type: 'json' };
import kubernetesJson from './openapi/kubernetes-1.36.json' with { type: 'json' };
import type { ResourceType } from './resources.js';

/** A JSON schema node as the OpenAPI v2 definitions and CRD structural schemas write them. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  description?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema;
  required?: string[];
  enum?: unknown[];
  pattern?: string;
  maxLength?: number;
  minLength?: number;
  maximum?: number;
  minimum?: number;
  maxItems?: number;
  minItems?: number;
  nullable?: boolean;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  'x-kubernetes-int-or-string'?: boolean;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  'x-kubernetes-patch-merge-key'?: string;
  'x-kubernetes-patch-strategy'?: string;
  'x-kubernetes-list-type'?: string;
  'x-kubernetes-list-map-keys'?: string[];
  'x-kubernetes-group-version-kind'?: { group: string; version: string; kind: string }[];
  [key: string]: unknown;
}

export interface SwaggerDoc {
  swagger: string;
  info: Record<string, unknown>;
  paths: Record<string, Record<string, unknown>>;
  parameters: Record<string, unknown>;
  definitions: Record<string, Schema>;
}

export interface CrdDoc {
  group: string;
  names: { kind: string; plural: string; singular: string; listKind: string };
  scope: string;
  version: string;
  schema: Schema;
  additionalPrinterColumns: { name: string; type: string; jsonPath: string }[];
}

let swagger: SwaggerDoc | undefined;
let httproute: CrdDoc | undefined;

/** The vendored, trimmed Kubernetes 1.36 OpenAPI v2 document (see openapi/README.md). */
export function kubernetesOpenApi(): SwaggerDoc {
  swagger ??= kubernetesJson as unknown as SwaggerDoc;
  return swagger;
}

/** The Gateway API v1.6.1 HTTPRoute v1 schema. */
export function httpRouteCrd(): CrdDoc {
  httproute ??= httprouteJson as unknown as CrdDoc;
  return httproute;
}

export const OBJECT_META = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';
export const QUANTITY = 'io.k8s.apimachinery.pkg.api.resource.Quantity';

/** Resolves `$ref: #/definitions/X` against the Kubernetes definitions. */
export function resolveRef(ref: string): { name: string; schema: Schema } {
  const name = ref.replace(/^#\/(definitions|components\/schemas)\//, '');
  const schema = kubernetesOpenApi().definitions[name];
  if (!schema) throw new Error(`OpenAPI definition ${name} is not vendored in src/sim/openapi`);
  return { name, schema };
}

/** Minimal InferenceService schema: spec and status are free-form, like a CRD that preserves unknown fields. */
const INFERENCESERVICE_SCHEMA: Schema = {
  type: 'object',
  required: ['spec'],
  properties: {
    apiVersion: { type: 'string' },
    kind: { type: 'string' },
    spec: {
      type: 'object',
      required: ['predictor'],
      properties: {
        predictor: {
          type: 'object',
          properties: { canaryTrafficPercent: { type: 'integer', minimum: 0, maximum: 100 } },
          'x-kubernetes-preserve-unknown-fields': true,
        },
      },
      'x-kubernetes-preserve-unknown-fields': true,
    },
    status: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
  },
};

/** The root schema of a served kind. CRD metadata is validated as ObjectMeta. */
export function rootSchema(r: ResourceType): Schema {
  if (r.definition === 'crd:inferenceservices') {
    const props = INFERENCESERVICE_SCHEMA.properties;
    return {
      ...INFERENCESERVICE_SCHEMA,
      properties: { ...props, metadata: { $ref: `#/definitions/${OBJECT_META}` } },
    };
  }
  if (r.definition.startsWith('crd:')) {
    const crd = httpRouteCrd().schema;
    return { ...crd, properties: { ...crd.properties, metadata: { $ref: `#/definitions/${OBJECT_META}` } } };
  }
  return resolveRef(`#/definitions/${r.definition}`).schema;
}
