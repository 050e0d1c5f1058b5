import { BinaryWriter, WireType } from '@protobuf-ts/runtime';
import { describe, expect, it } from 'vitest';
import { applyConfiguration, trackUpdate } from '../../src/sim/field-manager.js';
import { rootSchema } from '../../src/sim/openapi.js';
import { seededRandom } from '../../src/sim/prng.js';
import { decodeKubernetesProtobuf } from '../../src/sim/protobuf.js';
import { resourceByKind } from '../../src/sim/resources.js';
import { ApiError } from '../../src/sim/status.js';
import type { KubeObject } from '../../src/sim/types.js';

const schema = rootSchema(resourceByKind('Deployment')!);
const owner = (manager: string) => ({ manager, apiVersion: 'apps/v1', time: '2026-01-01T00:00:00Z' });

const config = (spec: Record<string, unknown>, meta: Record<string, unknown> = {}): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'd', namespace: 'default', ...meta },
  spec,
});

const template = (containers: unknown[]) => ({
  selector: { matchLabels: { app: 'd' } },
  template: { metadata: { labels: { app: 'd' } }, spec: { containers } },
});

type Entry = { manager: string; operation: string; fieldsV1: Record<string, unknown> };
const entries = (o: KubeObject) => (o.metadata.managedFields ?? []) as Entry[];
const fieldsOf = (o: KubeObject, manager: string) => entries(o).find((e) => e.manager === manager)?.fieldsV1;

describe('server-side apply field ownership (structured-merge-diff)', () => {
  it('records what an Apply sets: list-map keys with defaults, atomic selectors, sets as v:', () => {
    const o = applyConfiguration(
      undefined,
      config(
        { replicas: 2, ...template([{ name: 'm', image: 'i:1', ports: [{ containerPort: 80 }] }]) },
        { labels: { a: '1' }, finalizers: ['x/y'] },
      ),
      schema,
      owner('a'),
      false,
    );
    expect(fieldsOf(o, 'a')).toEqual({
      'f:metadata': { 'f:finalizers': { 'v:"x/y"': {} }, 'f:labels': { 'f:a': {} } },
      'f:spec': {
        'f:replicas': {},
        'f:selector': {},
        'f:template': {
          'f:metadata': { 'f:labels': { 'f:app': {} } },
          'f:spec': {
            'f:containers': {
              'k:{"name":"m"}': {
                '.': {},
                'f:image': {},
                'f:name': {},
                'f:ports': { 'k:{"containerPort":80,"protocol":"TCP"}': { '.': {}, 'f:containerPort': {} } },
              },
            },
          },
        },
      },
    });
  });

  it('prunes a field its manager stops applying only when no other manager owns it', () => {
    let o = applyConfiguration(
      undefined,
      config({ replicas: 2, ...template([{ name: 'm', image: 'i:1' }]) }),
      schema,
      owner('a'),
      false,
    );
    o = applyConfiguration(o, config({ replicas: 2 }), schema, owner('b'), false); // same value: shared, no conflict
    o = applyConfiguration(o, config(template([{ name: 'm', image: 'i:1' }])), schema, owner('a'), false);
    expect(o.spec.replicas).toBe(2);
    o = applyConfiguration(o, { ...config({}), spec: undefined }, schema, owner('b'), false);
    expect(o.spec.replicas).toBeUndefined();
    expect(entries(o).map((e) => e.manager)).toEqual(['a']);
  });

  it('removes a list item and a label a manager dropped, keeping items others own', () => {
    const two = [
      { name: 'm', image: 'i:1' },
      { name: 'side', image: 's:1' },
    ];
    let o = applyConfiguration(
      undefined,
      config(template(two), { labels: { a: '1', b: '2' } }),
      schema,
      owner('a'),
      false,
    );
    const edited = structuredClone(o);
    edited.spec.template.spec.containers[0].env = [{ name: 'E', value: '1' }];
    trackUpdate(o, edited, schema, { ...owner('editor') });
    o = applyConfiguration(
      edited,
      config(template([{ name: 'side', image: 's:1' }]), { labels: { a: '1' } }),
      schema,
      owner('a'),
      false,
    );
    expect(o.metadata.labels).toEqual({ a: '1' });
    // the editor owns env on container m, so m stays with only its key and what the editor owns
    expect(o.spec.template.spec.containers).toEqual([
      { name: 'm', env: [{ name: 'E', value: '1' }] },
      { name: 'side', image: 's:1' },
    ]);
  });

  it('is a 409 naming every conflicting manager and path unless forced, which takes the field over', () => {
    const base = applyConfiguration(
      undefined,
      config({ replicas: 2, ...template([{ name: 'm', image: 'i:1' }]) }),
      schema,
      owner('a'),
      false,
    );
    const change = config({ replicas: 5, ...template([{ name: 'm', image: 'i:2' }]) });
    let error: unknown;
    try {
      applyConfiguration(base, change, schema, owner('b'), false);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe(409);
    expect((error as ApiError).message).toBe(
      'Apply failed with 2 conflicts: conflicts with "a"\n- .spec.replicas\n- .spec.template.spec.containers[name="m"].image',
    );
    expect((error as ApiError).details?.causes?.map((c) => c.field)).toEqual([
      '.spec.replicas',
      '.spec.template.spec.containers[name="m"].image',
    ]);
    const forced = applyConfiguration(base, change, schema, owner('b'), true);
    expect(forced.spec.replicas).toBe(5);
    expect(fieldsOf(forced, 'a')?.['f:spec']).not.toHaveProperty('f:replicas');
    expect(fieldsOf(forced, 'b')?.['f:spec']).toHaveProperty('f:replicas');
  });

  it('an Update takes the fields it changes; managedFields sent explicitly replace the live ones, [{}] clears them', () => {
    const base = applyConfiguration(
      undefined,
      config({ replicas: 2, ...template([{ name: 'm', image: 'i:1' }]) }),
      schema,
      owner('a'),
      false,
    );
    const scaled = structuredClone(base);
    scaled.spec.replicas = 3;
    trackUpdate(base, scaled, schema, { ...owner('kubectl'), subresource: 'scale' });
    expect(entries(scaled).find((e) => e.manager === 'kubectl')).toMatchObject({
      operation: 'Update',
      subresource: 'scale',
      fieldsV1: { 'f:spec': { 'f:replicas': {} } },
    });
    expect(fieldsOf(scaled, 'a')?.['f:spec']).not.toHaveProperty('f:replicas');

    const migrated = structuredClone(scaled);
    migrated.metadata.managedFields = [
      {
        manager: 'x',
        operation: 'Apply',
        apiVersion: 'apps/v1',
        fieldsType: 'FieldsV1',
        fieldsV1: { 'f:spec': { 'f:replicas': {} } },
      },
    ];
    trackUpdate(scaled, migrated, schema, undefined);
    expect(entries(migrated).map((e) => e.manager)).toEqual(['x']);
    const cleared = structuredClone(scaled);
    cleared.metadata.managedFields = [{}];
    trackUpdate(scaled, cleared, schema, undefined);
    expect(cleared.metadata.managedFields).toBeUndefined();
  });
});

describe('field ownership under random applies (seeded)', () => {
  it('keeps exactly the labels and env vars some manager owns, and never fails but with 409', () => {
    const random = seededRandom(7);
    const pick = <T>(xs: T[]) => xs.filter(() => random() < 0.5);
    const keys = ['a', 'b', 'c', 'd', 'e'];
    let o: KubeObject | undefined;
    for (let step = 0; step < 300; step++) {
      const manager = `m${Math.floor(random() * 3)}`;
      const labels = Object.fromEntries(pick(keys).map((k) => [k, String(Math.floor(random() * 2))]));
      const env = pick(keys).map((k) => ({ name: k.toUpperCase(), value: String(Math.floor(random() * 2)) }));
      const force = random() < 0.7;
      try {
        o = applyConfiguration(
          o,
          config(template([{ name: 'm', image: 'i:1', env }]), { labels }),
          schema,
          owner(manager),
          force,
        );
      } catch (e) {
        expect(e).toBeInstanceOf(ApiError);
        expect((e as ApiError).code).toBe(409);
        expect(force).toBe(false);
        continue;
      }
      // what the applier set is there with its values
      expect(o.metadata.labels ?? {}).toMatchObject(labels);
      const live = (o.spec.template.spec.containers[0]?.env ?? []) as { name: string; value: string }[];
      expect(live).toEqual(expect.arrayContaining(env));
      // and nothing is left that no manager owns
      const owned = new Set<string>();
      const ownedEnv = new Set<string>();
      for (const e of entries(o)) {
        const meta = e.fieldsV1['f:metadata'] as { 'f:labels'?: Record<string, unknown> } | undefined;
        for (const k of Object.keys(meta?.['f:labels'] ?? {})) owned.add(k.slice(2));
        const spec = JSON.stringify(e.fieldsV1);
        for (const m of spec.matchAll(/k:\{\\"name\\":\\"([A-E])\\"\}/g)) ownedEnv.add(m[1]!);
      }
      expect(Object.keys(o.metadata.labels ?? {}).sort()).toEqual([...owned].sort());
      expect(live.map((x) => x.name).sort()).toEqual([...ownedEnv].sort());
    }
  });

  it('ignores managedFields a request sends that are not valid fieldsV1, keeping the live ones', () => {
    const base = applyConfiguration(undefined, config({ replicas: 1 }), schema, owner('a'), false);
    for (const bad of [
      [{ manager: 'x', operation: 'Apply', fieldsV1: { 'k:not-json': {} } }],
      [{ manager: 'x', operation: 'Apply', fieldsV1: { 'z:field': {} } }],
      [{ manager: 'x', operation: 'Delete', fieldsV1: {} }],
      ['nonsense'],
    ]) {
      const next = structuredClone(base);
      next.metadata.managedFields = bad;
      trackUpdate(base, next, schema, undefined);
      expect(entries(next).map((e) => e.manager)).toEqual(['a']);
    }
  });
});

describe('Kubernetes protobuf request bodies', () => {
  const envelope = (apiVersion: string, kind: string, raw: Uint8Array) => {
    const w = new BinaryWriter();
    w.tag(1, WireType.LengthDelimited).fork().tag(1, WireType.LengthDelimited).string(apiVersion);
    w.tag(2, WireType.LengthDelimited).string(kind).join();
    w.tag(2, WireType.LengthDelimited).bytes(raw);
    return Buffer.concat([Buffer.from('k8s\0', 'binary'), w.finish()]);
  };
  const entry = (w: BinaryWriter, field: number, key: string, value: string | Uint8Array) => {
    w.tag(field, WireType.LengthDelimited).fork().tag(1, WireType.LengthDelimited).string(key);
    w.tag(2, WireType.LengthDelimited);
    if (typeof value === 'string') w.string(value);
    else w.bytes(value);
    w.join();
  };

  it('decodes a Secret as client-go encodes it: metadata, bytes data as base64, type, unknown fields skipped', () => {
    const w = new BinaryWriter();
    w.tag(1, WireType.LengthDelimited).fork().tag(1, WireType.LengthDelimited).string('db');
    entry(w, 11, 'app', 'x');
    w.tag(99, WireType.Varint).int32(7); // a field this decoder does not know
    w.join();
    entry(w, 2, 'password', new TextEncoder().encode('hunter2'));
    w.tag(3, WireType.LengthDelimited).string('Opaque');
    expect(decodeKubernetesProtobuf(envelope('v1', 'Secret', w.finish()))).toEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'db', labels: { app: 'x' } },
      data: { password: Buffer.from('hunter2').toString('base64') },
      type: 'Opaque',
    });
  });

  it('refuses kinds it cannot decode with 415 and garbage with 400, never another error (fuzzed)', () => {
    expect(() => decodeKubernetesProtobuf(envelope('apps/v1', 'Deployment', new Uint8Array()))).toThrow(
      expect.objectContaining({ code: 415 }),
    );
    expect(() => decodeKubernetesProtobuf(Buffer.from('{"kind":"Secret"}'))).toThrow(
      expect.objectContaining({ code: 400 }),
    );
    const random = seededRandom(19);
    const valid = envelope(
      'v1',
      'ConfigMap',
      new Uint8Array([10, 4, 10, 2, 99, 109, 18, 6, 10, 1, 97, 18, 1, 98]),
    );
    expect(decodeKubernetesProtobuf(valid)).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'cm' },
      data: { a: 'b' },
    });
    for (let i = 0; i < 1500; i++) {
      const body = Buffer.from(valid);
      // mutate a few bytes after the magic, or truncate
      for (let n = 0; n < 1 + Math.floor(random() * 3); n++)
        body[4 + Math.floor(random() * (body.length - 4))] = Math.floor(random() * 256);
      const input = random() < 0.3 ? body.subarray(0, 4 + Math.floor(random() * (body.length - 4))) : body;
      try {
        const out = decodeKubernetesProtobuf(input);
        expect(typeof out).toBe('object');
      } catch (e) {
        expect(e).toBeInstanceOf(ApiError);
        expect([400, 415]).toContain((e as ApiError).code);
      }
    }
  });
});
