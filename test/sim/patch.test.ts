import { describe, expect, it, test } from 'vitest';
import { resolveRef } from '../../src/sim/openapi.js';
import { jsonPatch, mergePatch, strategicMergePatch } from '../../src/sim/patch.js';
import { ApiError } from '../../src/sim/status.js';

// RFC 7386 appendix A
test.each([
  [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
  [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
  [{ a: 'b' }, { a: null }, {}],
  [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
  [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
  [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
  [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
  [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
  [
    ['a', 'b'],
    ['c', 'd'],
    ['c', 'd'],
  ],
  [{ a: 'b' }, ['c'], ['c']],
  [{ a: 'foo' }, null, null],
  [{ a: 'foo' }, 'bar', 'bar'],
  [{ e: null }, { a: 1 }, { e: null, a: 1 }],
  [[1, 2], { a: 'b', c: null }, { a: 'b' }],
  [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
])('merge patch %j + %j = %j', (target, patch, result) => {
  expect(mergePatch(target, patch)).toEqual(result);
});

describe('JSON patch (RFC 6902)', () => {
  it('adds, removes, replaces, moves, copies and tests', () => {
    const doc = { a: { b: [1, 2] }, c: 'x' };
    expect(
      jsonPatch(doc, [
        { op: 'add', path: '/a/b/1', value: 9 },
        { op: 'add', path: '/a/b/-', value: 3 },
        { op: 'replace', path: '/c', value: 'y' },
        { op: 'copy', from: '/c', path: '/d' },
        { op: 'move', from: '/d', path: '/e~1f' },
        { op: 'remove', path: '/a/b/0' },
        { op: 'test', path: '/c', value: 'y' },
      ]),
    ).toEqual({ a: { b: [9, 2, 3] }, c: 'y', 'e/f': 'y' });
    expect(doc).toEqual({ a: { b: [1, 2] }, c: 'x' });
  });

  it('fails like the apiserver on a missing path or a failed test', () => {
    expect(() => jsonPatch({ a: 1 }, [{ op: 'replace', path: '/b', value: 2 }])).toThrow(ApiError);
    expect(() => jsonPatch({ a: 1 }, [{ op: 'test', path: '/a', value: 2 }])).toThrow(/test failed/);
    expect(() => jsonPatch({ a: 1 }, { op: 'add' })).toThrow(/array of operations/);
  });
});

describe('strategic merge patch driven by the OpenAPI extensions', () => {
  const podSpec = { $ref: '#/definitions/io.k8s.api.core.v1.PodSpec' };
  const base = {
    containers: [
      {
        name: 'a',
        image: 'a:1',
        ports: [{ containerPort: 80, name: 'http' }],
        env: [{ name: 'X', value: '1' }],
      },
      { name: 'b', image: 'b:1' },
    ],
    tolerations: [{ key: 't1', operator: 'Exists' }],
    finalizersLike: ['keep'],
  };

  it('merges lists by their patch merge key and replaces atomic lists', () => {
    const out = strategicMergePatch(
      base,
      {
        containers: [
          { name: 'a', ports: [{ containerPort: 8080, name: 'metrics' }], env: [{ name: 'Y', value: '2' }] },
        ],
        tolerations: [{ key: 't2', operator: 'Exists' }],
      },
      podSpec,
    ) as typeof base;
    expect(out.containers.map((c) => c.name)).toEqual(['a', 'b']);
    expect(out.containers[0]!.ports!.map((p) => p.containerPort)).toEqual([80, 8080]);
    expect(out.containers[0]!.env!.map((e) => e.name)).toEqual(['X', 'Y']);
    expect(out.tolerations).toEqual([{ key: 't2', operator: 'Exists' }]);
  });

  it('honours $patch: delete, $patch: replace and $retainKeys', () => {
    const del = strategicMergePatch(
      base,
      { containers: [{ name: 'b', $patch: 'delete' }] },
      podSpec,
    ) as typeof base;
    expect(del.containers.map((c) => c.name)).toEqual(['a']);
    const rep = strategicMergePatch(
      base,
      { containers: [{ name: 'c', image: 'c:1' }, { $patch: 'replace' }] },
      podSpec,
    ) as typeof base;
    expect(rep.containers).toEqual([{ name: 'c', image: 'c:1' }]);
    const strategy = resolveRef('#/definitions/io.k8s.api.apps.v1.DeploymentSpec').schema.properties!
      .strategy!;
    const retained = strategicMergePatch(
      { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1 } },
      { type: 'Recreate', rollingUpdate: null, $retainKeys: ['type'] },
      strategy,
    );
    expect(retained).toEqual({ type: 'Recreate' });
  });

  it('removes values from primitive lists with $deleteFromPrimitiveList', () => {
    const meta = { $ref: '#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' };
    const out = strategicMergePatch(
      { finalizers: ['a', 'b', 'c'] },
      { '$deleteFromPrimitiveList/finalizers': ['b'] },
      meta,
    );
    expect(out).toEqual({ finalizers: ['a', 'c'] });
  });
});
