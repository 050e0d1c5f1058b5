import { describe, expect, it } from 'vitest';
import type { Step } from '../../src/config/sections/deploy.js';
import { compileMetrics } from '../../src/rollout/analysis.js';
import { decide, peakCanaryReplicas } from '../../src/rollout/engine.js';
import type { Action, DeploymentView, Observed, RolloutSpec } from '../../src/rollout/engine-types.js';
import { ANNOTATION, type RolloutState, stateAnnotations } from '../../src/rollout/state.js';

const NOW = 1_000_000;
const { rules } = compileMetrics(
  [
    {
      name: 'errors',
      prometheus: { query: 'q' },
      'success-condition': 'result < 0.01',
      count: 2,
      'failure-limit': 0,
      'inconclusive-limit': 0,
      'consecutive-error-limit': 4,
      'no-data': 'fail',
    },
  ],
  1000,
);

const STEPS: Step[] = [
  { kind: 'setWeight', weight: 20 },
  { kind: 'pause', durationMs: 5000 },
  { kind: 'analysis', metrics: 'all' },
  { kind: 'setCanaryScale', replicas: 3 },
  { kind: 'setWeight', weight: 100 },
];

function spec(over: Partial<RolloutSpec> = {}): RolloutSpec {
  return {
    image: 'reg/m:v2',
    replicas: 4,
    steps: STEPS,
    specHash: 'h2',
    runId: 'run-1',
    router: 'replicas',
    metrics: rules,
    intervalMs: 1000,
    startupDeadlineMs: 60_000,
    onRerun: 'resume',
    dynamicStableScale: false,
    intent: 'deploy',
    nextRevision: 2,
    ...over,
  };
}

function dep(over: Partial<DeploymentView> = {}): DeploymentView {
  return {
    image: 'reg/m:v1',
    replicas: 4,
    readyReplicas: 4,
    updatedReplicas: 4,
    availableReplicas: 4,
    observed: true,
    annotations: {},
    ...over,
  };
}

function state(over: Partial<RolloutState> = {}): RolloutState {
  return {
    phase: 'progressing',
    step: 0,
    specHash: 'h2',
    revision: 2,
    runId: 'run-1',
    startedAt: NOW - 10_000,
    stepStartedAt: NOW - 1000,
    weight: 0,
    stableImage: 'reg/m:v1',
    stableReplicas: 4,
    stableReadyAtStart: 4,
    analysis: {},
    ...over,
  };
}

function canary(s: RolloutState, over: Partial<DeploymentView> = {}): DeploymentView {
  return dep({
    image: 'reg/m:v2',
    replicas: 0,
    readyReplicas: 0,
    updatedReplicas: 0,
    availableReplicas: 0,
    annotations: stateAnnotations(s),
    ...over,
  });
}

function observed(over: Partial<Observed> = {}): Observed {
  return { stable: dep(), canaryProblems: [], stableProblems: [], weight: 0, ...over };
}

const kinds = (actions: Action[]) => actions.map((a) => a.kind);

describe('decide: before a canary exists', () => {
  it.each([
    [
      'no stable: first deploy creates it directly, no canary',
      spec(),
      observed({ stable: undefined }),
      ['createStable'],
      undefined,
    ],
    [
      'first deploy that does not fit: stopped by preflight, nothing changed',
      spec(),
      observed({ stable: undefined, room: { pods: 1, detail: 'x' } }),
      [],
      'failed',
    ],
    ['stable already runs the image: unchanged', spec({ image: 'reg/m:v1' }), observed(), [], 'unchanged'],
    [
      'first deploy ready: recorded and done',
      spec({ image: 'reg/m:v1' }),
      observed({
        stable: dep({
          annotations: {
            [ANNOTATION.firstDeploy]: new Date(NOW - 5000).toISOString(),
            [ANNOTATION.revision]: '1',
          },
        }),
      }),
      ['recordHistory', 'markFirstDeployDone'],
      'promoted',
    ],
    [
      'first deploy crash-looping: failed',
      spec({ image: 'reg/m:v1' }),
      observed({
        stable: dep({
          readyReplicas: 0,
          annotations: { [ANNOTATION.firstDeploy]: new Date(NOW - 5000).toISOString() },
        }),
        stableProblems: [{ pod: 'p', reason: 'CrashLoopBackOff', message: '' }],
      }),
      ['recordHistory'],
      'failed',
    ],
    ['new image: canary created with its state', spec(), observed(), ['createCanary'], undefined],
    [
      'canary peak does not fit: preflight fails before any change',
      spec(),
      observed({ room: { pods: 2, detail: 'gpu' } }),
      [],
      'failed',
    ],
    ['abort with nothing in progress', spec({ intent: 'abort' }), observed(), [], 'unchanged'],
  ])('%s', (_name, s, o, actions, verdict) => {
    const d = decide(s, o, NOW);
    expect(kinds(d.actions)).toEqual(actions);
    expect(d.done?.verdict).toBe(verdict);
  });

  it('the canary state starts at step 0 with stable as it was', () => {
    const d = decide(spec(), observed({ stable: dep({ readyReplicas: 3 }) }), NOW);
    const a = d.actions[0] as Extract<Action, { kind: 'createCanary' }>;
    expect(a.state).toMatchObject({
      phase: 'progressing',
      step: 0,
      stableImage: 'reg/m:v1',
      stableReplicas: 4,
      stableReadyAtStart: 3,
      startedAt: NOW,
    });
  });

  it('peak canary size covers setCanaryScale and the last weight', () => {
    expect(peakCanaryReplicas({ router: 'replicas', steps: STEPS }, 4)).toBe(3);
    expect(peakCanaryReplicas({ router: 'replicas', steps: [STEPS[0]!, STEPS[4]!] }, 4)).toBe(4);
    expect(peakCanaryReplicas({ router: 'gateway-api', steps: STEPS.slice(0, 4) }, 4)).toBe(3);
  });
});

/** One case per step kind; the Record type makes a new kind a compile error here until it has cases. */
const perKind: Record<
  Step['kind'],
  {
    name: string;
    s: RolloutSpec;
    st: RolloutState;
    o: (st: RolloutState) => Observed;
    actions: Action['kind'][];
    verdict?: string;
  }[]
> = {
  setWeight: [
    {
      name: 'scales the canary up first',
      s: spec(),
      st: state(),
      o: (st) => observed({ canary: canary(st) }),
      actions: ['scaleCanary'],
    },
    {
      name: 'waits for canary pods to be ready',
      s: spec(),
      st: state(),
      o: (st) => observed({ canary: canary(st, { replicas: 1, readyReplicas: 0 }) }),
      actions: [],
    },
    {
      name: 'replicas router: ready pods are the weight, step done',
      s: spec(),
      st: state(),
      o: (st) => observed({ canary: canary(st, { replicas: 1, readyReplicas: 1 }), weight: 20 }),
      actions: ['writeState'],
    },
    {
      name: 'gateway router: weight set after pods are ready',
      s: spec({ router: 'gateway-api' }),
      st: state(),
      o: (st) => observed({ canary: canary(st, { replicas: 1, readyReplicas: 1 }), weight: 0 }),
      actions: ['setWeight'],
    },
    {
      name: 'more pods than fit: rolled back by preflight',
      s: spec(),
      st: state(),
      o: (st) => observed({ canary: canary(st), room: { pods: 0, detail: 'no gpu' } }),
      actions: ['writeState', 'setWeight', 'scaleCanary', 'recordHistory', 'deleteCanary'],
      verdict: 'rolled-back',
    },
  ],
  pause: [
    {
      name: 'waits out the pause',
      s: spec(),
      st: state({ step: 1, weight: 20 }),
      o: (st) => observed({ canary: canary(st, { replicas: 1, readyReplicas: 1 }) }),
      actions: [],
    },
    {
      name: 'moves on when it is over',
      s: spec(),
      st: state({ step: 1, weight: 20, stepStartedAt: NOW - 5000 }),
      o: (st) => observed({ canary: canary(st, { replicas: 1, readyReplicas: 1 }) }),
      actions: ['writeState'],
    },
  ],
  analysis: [
    {
      name: 'measures a due metric',
      s: spec(),
      st: state({ step: 2, weight: 20 }),
      o: (st) => observed({ canary: canary(st, { replicas: 1, readyReplicas: 1 }) }),
      actions: ['measure'],
    },
    {
      name: 'waits for the next interval',
      s: spec(),
      st: state({
        step: 2,
        weight: 20,
        analysis: { errors: [{ phase: 'Successful', at: NOW - 200, value: '0' }] },
      }),
      o: (st) => observed({ canary: canary(st, { replicas: 1, readyReplicas: 1 }) }),
      actions: [],
    },
    {
      name: 'passes after count good measurements',
      s: spec(),
      st: state({
        step: 2,
        weight: 20,
        analysis: {
          errors: [
            { phase: 'Successful', at: NOW - 1200 },
            { phase: 'Successful', at: NOW - 200 },
          ],
        },
      }),
      o: (st) => observed({ canary: canary(st, { replicas: 1, readyReplicas: 1 }) }),
      actions: ['writeState'],
    },
    {
      name: 'a failed measurement rolls back: traffic first, then pods, then history, then delete',
      s: spec(),
      st: state({
        step: 2,
        weight: 20,
        analysis: { errors: [{ phase: 'Failed', at: NOW - 200, value: '0.2' }] },
      }),
      o: (st) => observed({ canary: canary(st, { replicas: 1, readyReplicas: 1 }) }),
      actions: ['writeState', 'setWeight', 'scaleCanary', 'recordHistory', 'deleteCanary'],
      verdict: 'rolled-back',
    },
  ],
  setCanaryScale: [
    {
      name: 'scales to the fixed count',
      s: spec(),
      st: state({ step: 3, weight: 20 }),
      o: (st) => observed({ canary: canary(st, { replicas: 1, readyReplicas: 1 }) }),
      actions: ['scaleCanary'],
    },
    {
      name: 'done once the pods are ready',
      s: spec(),
      st: state({ step: 3, weight: 20 }),
      o: (st) => observed({ canary: canary(st, { replicas: 3, readyReplicas: 3 }) }),
      actions: ['writeState'],
    },
  ],
};

describe('decide: every step kind', () => {
  const table = Object.entries(perKind).flatMap(([kind, cases]) =>
    cases.map((c) => [kind, c.name, c] as const),
  );
  it.each(table)('%s: %s', (_kind, _name, c) => {
    const d = decide(c.s, c.o(c.st), NOW);
    expect(kinds(d.actions)).toEqual(c.actions);
    expect(d.done?.verdict).toBe(c.verdict);
    expect(d.requeueAfterMs).toBeLessThanOrEqual(c.s.intervalMs);
  });

  it('a setCanaryScale override sticks for later weights', () => {
    const d = decide(
      spec(),
      observed({ canary: canary(state({ step: 3, weight: 20 }), { replicas: 3, readyReplicas: 3 }) }),
      NOW,
    );
    const next = (d.actions[0] as Extract<Action, { kind: 'writeState' }>).state;
    expect(next).toMatchObject({ step: 4, canaryScale: { replicas: 3 } });
  });

  it('the analysis rollback names the metric and the value', () => {
    const st = state({
      step: 2,
      weight: 20,
      analysis: {
        errors: [
          {
            phase: 'Failed',
            at: NOW - 200,
            value: '0.2',
            message: 'success condition "result < 0.01" is false',
          },
        ],
      },
    });
    const d = decide(spec(), observed({ canary: canary(st, { replicas: 1, readyReplicas: 1 }) }), NOW);
    expect(d.done?.reason).toMatch(/metric "errors" Failed: 1 of 1 measurements failed .*last value 0.2/);
    const written = (d.actions[0] as Extract<Action, { kind: 'writeState' }>).state;
    expect(written).toMatchObject({ phase: 'aborting', abortedAt: NOW });
  });
});

describe('decide: safety', () => {
  const running = state({ step: 1, weight: 20 });
  const withCanary = (st: RolloutState, over: Partial<Observed> = {}) =>
    observed({ canary: canary(st, { replicas: 1, readyReplicas: 1 }), ...over });

  it.each([
    [
      'unhealthy canary pods',
      spec(),
      withCanary(running, { canaryProblems: [{ pod: 'c', reason: 'OOMKilled', message: '' }] }),
      /OOMKilled/,
    ],
    [
      'cancelled (SIGTERM)',
      spec(),
      withCanary(running, { cancelled: 'interrupted by SIGTERM' }),
      /cancelled: interrupted by SIGTERM/,
    ],
    ['abort command', spec({ intent: 'abort' }), withCanary(running), /model-deploy abort/],
    [
      'rerun with on-rerun: rollback',
      spec({ runId: 'run-2', onRerun: 'rollback' }),
      withCanary(running),
      /on-rerun: rollback/,
    ],
  ])('rolls back on %s', (_n, s, o, reason) => {
    const d = decide(s, o, NOW);
    expect(kinds(d.actions)).toEqual([
      'writeState',
      'setWeight',
      'scaleCanary',
      'recordHistory',
      'deleteCanary',
    ]);
    expect(d.actions[1]).toEqual({ kind: 'setWeight', weight: 0 });
    expect(d.done?.verdict).toBe('rolled-back');
    expect(d.done?.reason).toMatch(reason);
  });

  it('a rerun with on-rerun: resume takes over the state and continues', () => {
    const d = decide(spec({ runId: 'run-2' }), withCanary(running), NOW);
    expect(d.actions).toEqual([{ kind: 'writeState', state: { ...running, runId: 'run-2' } }]);
    expect(d.done).toBeUndefined();
  });

  it('a half-done rollout of another spec is rolled back first, then this one starts', () => {
    const d = decide(spec(), withCanary(state({ specHash: 'old' })), NOW);
    expect(kinds(d.actions)).toEqual([
      'writeState',
      'setWeight',
      'scaleCanary',
      'recordHistory',
      'deleteCanary',
    ]);
    expect(d.done).toBeUndefined();
  });

  it('rolling back waits for stable to be as ready as at the start before removing the canary', () => {
    const aborting = state({ phase: 'aborting', abortedAt: NOW - 100, abortReason: 'x' });
    const d = decide(spec(), withCanary(aborting, { stable: dep({ readyReplicas: 3 }) }), NOW);
    expect(d.actions).toEqual([]);
    expect(d.progress.message).toMatch(/waiting for stable 3\/4 ready/);
  });

  it('rolling back a promotion restores stable first', () => {
    const aborting = state({ phase: 'aborting', abortedAt: NOW, abortReason: 'x' });
    const d = decide(spec(), withCanary(aborting, { stable: dep({ image: 'reg/m:v2' }) }), NOW);
    expect(d.actions).toEqual([{ kind: 'updateStable', image: 'reg/m:v1', maxSurge: 1 }]);
  });

  it('a canary without state is removed', () => {
    const d = decide(spec(), observed({ canary: dep({ image: 'x', annotations: {} }) }), NOW);
    expect(kinds(d.actions)).toEqual(['writeState', 'setWeight', 'scaleCanary', 'deleteCanary']);
  });
});

describe('decide: dynamic-stable-scale', () => {
  const dyn = spec({ router: 'gateway-api', dynamicStableScale: true });
  it('scales stable down one pod at a time, its traffic first, never below its share of traffic', () => {
    const half = { ...dyn, steps: [{ kind: 'setWeight', weight: 50 }] as Step[] };
    const d = decide(half, observed({ canary: canary(state()), room: { pods: 0, detail: 'full' } }), NOW);
    expect(d.actions).toEqual([{ kind: 'scaleStable', replicas: 3 }]);
    // With one canary pod ready, stable's 3 remaining pods get their share before the 4th goes.
    const more = decide(
      half,
      observed({
        stable: dep({ replicas: 3, readyReplicas: 3 }),
        canary: canary(state(), { replicas: 1, readyReplicas: 1 }),
        room: { pods: 0, detail: 'full' },
      }),
      NOW,
    );
    expect(more.actions).toEqual([
      { kind: 'setWeight', weight: 33 },
      { kind: 'scaleStable', replicas: 2 },
    ]);
    const room = decide(
      half,
      observed({ canary: canary(state(), { replicas: 1, readyReplicas: 1 }), room: { pods: 1, detail: '' } }),
      NOW,
    );
    expect(room.actions).toEqual([{ kind: 'scaleCanary', replicas: 2 }]);
    const tooFew = decide(dyn, observed({ canary: canary(state()), room: { pods: 0, detail: 'full' } }), NOW);
    expect(tooFew.done?.reason).toMatch(/dynamic-stable-scale: .*must keep 4 for 80% of the traffic/);
  });

  it('without it the canary that does not fit is rolled back', () => {
    const d = decide(
      spec({ router: 'gateway-api' }),
      observed({ canary: canary(state()), room: { pods: 0, detail: 'full' } }),
      NOW,
    );
    expect(d.done?.reason).toMatch(/preflight: 1 more canary pod/);
  });

  it('a rollback restores stable: traffic first, then the canary makes room', () => {
    const aborting = state({ phase: 'aborting', abortedAt: NOW, abortReason: 'x', weight: 20 });
    const d = decide(
      dyn,
      observed({
        stable: dep({ replicas: 3, readyReplicas: 3 }),
        canary: canary(aborting, { replicas: 1, readyReplicas: 1 }),
        room: { pods: 0, detail: '' },
      }),
      NOW,
    );
    expect(d.actions).toEqual([
      { kind: 'setWeight', weight: 0 },
      { kind: 'scaleCanary', replicas: 0 },
      { kind: 'scaleStable', replicas: 4 },
    ]);
  });

  it('a rollback from 100% with no room hands the pods back one at a time, never routing stable beyond its ready pods', () => {
    const aborting = state({ phase: 'aborting', abortedAt: NOW, abortReason: 'x', weight: 100 });
    const o = (stableReady: number, canaryPods: number, weight: number) =>
      observed({
        stable: dep({ replicas: stableReady, readyReplicas: stableReady }),
        canary: canary(aborting, { replicas: canaryPods, readyReplicas: canaryPods }),
        room: { pods: 0, detail: 'full' },
        weight,
      });
    expect(decide(dyn, o(0, 4, 100), NOW).actions).toEqual([
      { kind: 'setWeight', weight: 100 },
      { kind: 'scaleCanary', replicas: 3 },
      { kind: 'scaleStable', replicas: 1 },
    ]);
    expect(decide(dyn, o(1, 3, 100), NOW).actions).toEqual([
      { kind: 'setWeight', weight: 67 },
      { kind: 'scaleCanary', replicas: 2 },
      { kind: 'scaleStable', replicas: 2 },
    ]);
    const starting = observed({
      stable: dep({ replicas: 2, readyReplicas: 1 }),
      canary: canary(aborting, { replicas: 2, readyReplicas: 2 }),
      room: { pods: 0, detail: 'full' },
    });
    expect(decide(dyn, starting, NOW).actions).toEqual([]);
  });
});

describe('decide: promotion after dynamic-stable-scale (no room: pods are swapped)', () => {
  const dyn = spec({ router: 'gateway-api', dynamicStableScale: true });
  const promoting = state({ phase: 'promoting', step: 5, weight: 100, stepStartedAt: NOW });
  const full = { pods: 0, detail: 'full' };
  it('stable, which takes no traffic, gets the image in place, then the canary hands over one pod at a time', () => {
    const start = decide(
      dyn,
      observed({
        stable: dep({ replicas: 0, readyReplicas: 0 }),
        canary: canary(promoting, { replicas: 4, readyReplicas: 4 }),
        weight: 100,
        room: full,
      }),
      NOW,
    );
    expect(start.actions).toEqual([
      { kind: 'updateStable', image: 'reg/m:v2', maxSurge: 0, maxUnavailable: 1, replicas: 0, revision: 2 },
    ]);
    const handOver = decide(
      dyn,
      observed({
        stable: dep({ image: 'reg/m:v2', replicas: 1, readyReplicas: 1 }),
        canary: canary(promoting, { replicas: 3, readyReplicas: 3 }),
        weight: 75,
        room: full,
      }),
      NOW,
    );
    expect(handOver.actions).toEqual([
      { kind: 'setWeight', weight: 67 },
      { kind: 'scaleCanary', replicas: 2 },
      { kind: 'scaleStable', replicas: 2 },
    ]);
    const follow = decide(
      dyn,
      observed({
        stable: dep({ image: 'reg/m:v2', replicas: 2, readyReplicas: 2 }),
        canary: canary(promoting, { replicas: 2, readyReplicas: 2 }),
        weight: 67,
        room: full,
      }),
      NOW,
    );
    expect(follow.actions).toEqual([{ kind: 'setWeight', weight: 50 }]);
    const done = decide(
      dyn,
      observed({
        stable: dep({ image: 'reg/m:v2' }),
        canary: canary(promoting, { replicas: 0 }),
        weight: 0,
        room: full,
      }),
      NOW,
    );
    expect(kinds(done.actions)).toEqual(['setWeight', 'scaleCanary', 'recordHistory', 'deleteCanary']);
    expect(done.done?.verdict).toBe('promoted');
  });

  it('the preflight counts the pods stable can give up at each weight', () => {
    const steps: Step[] = [
      { kind: 'setWeight', weight: 25 },
      { kind: 'setWeight', weight: 100 },
    ];
    expect(peakCanaryReplicas({ router: 'gateway-api', steps }, 4)).toBe(4);
    expect(peakCanaryReplicas({ router: 'gateway-api', steps, dynamicStableScale: true }, 4)).toBe(0);
    expect(
      peakCanaryReplicas(
        { router: 'gateway-api', steps: [{ kind: 'setWeight', weight: 30 }], dynamicStableScale: true },
        4,
      ),
    ).toBe(1);
  });
});

describe('decide: promotion', () => {
  const promoting = state({ phase: 'promoting', step: 5, weight: 100, stepStartedAt: NOW });
  const o = (over: Partial<Observed> = {}) =>
    observed({ canary: canary(promoting, { replicas: 4, readyReplicas: 4 }), ...over });

  it('stable takes the image with the surge that fits, never unavailable', () => {
    expect(decide(spec(), o({ room: { pods: 2, detail: '' } }), NOW).actions).toEqual([
      { kind: 'updateStable', image: 'reg/m:v2', maxSurge: 2, revision: 2 },
    ]);
  });

  it('no room for a surge pod: traffic to stable and canary pods freed first', () => {
    expect(decide(spec(), o({ room: { pods: 0, detail: '' } }), NOW).actions).toEqual([
      { kind: 'setWeight', weight: 0 },
      { kind: 'scaleCanary', replicas: 0 },
    ]);
  });

  it('waits for stable to roll out, then removes the canary', () => {
    expect(
      decide(spec(), o({ stable: dep({ image: 'reg/m:v2', updatedReplicas: 2 }) }), NOW).actions,
    ).toEqual([]);
    const d = decide(spec(), o({ stable: dep({ image: 'reg/m:v2' }) }), NOW);
    expect(kinds(d.actions)).toEqual(['setWeight', 'scaleCanary', 'recordHistory', 'deleteCanary']);
    expect(d.done?.verdict).toBe('promoted');
  });

  it('fast-track rollback skips steps', () => {
    const d = decide(spec({ steps: [], rollbackTo: 1 }), observed(), NOW);
    expect((d.actions[0] as Extract<Action, { kind: 'createCanary' }>).state).toMatchObject({
      phase: 'promoting',
      rollbackTo: 1,
    });
  });
});

describe('decide: kserve (the canary is the InferenceService latest revision)', () => {
  const kspec = (over: Partial<RolloutSpec> = {}) =>
    spec({
      router: 'kserve',
      steps: [
        { kind: 'setWeight', weight: 20 },
        { kind: 'setWeight', weight: 100 },
      ],
      ...over,
    });

  it('the revision runs all its minReplicas pods whatever its weight, and preflight asks room for all of them', () => {
    const s = state({ weight: 0 });
    const d = decide(kspec(), observed({ canary: canary(s, { replicas: 4, readyReplicas: 4 }) }), NOW);
    expect(d.actions).toEqual([{ kind: 'setWeight', weight: 20 }]);
    const tooSmall = decide(kspec(), observed({ room: { pods: 3, detail: 'no GPUs' } }), NOW);
    expect(tooSmall.done?.verdict).toBe('failed');
    expect(tooSmall.done?.reason).toMatch(/needs 4 pod\(s\)/);
  });

  it('a canary whose predictor does not run the image yet (state written, patch lost) is applied again', () => {
    const s = state();
    const d = decide(kspec(), observed({ canary: canary(s, { image: 'reg/m:v1', replicas: 4 }) }), NOW);
    expect(d.actions).toEqual([{ kind: 'createCanary', state: s }]);
  });

  it('promotion needs no surge: the latest revision takes 100%, however full the cluster', () => {
    const promoting = state({ phase: 'promoting', step: 2, weight: 100, stepStartedAt: NOW });
    const d = decide(
      kspec(),
      observed({
        canary: canary(promoting, { replicas: 4, readyReplicas: 4 }),
        room: { pods: 0, detail: 'full' },
      }),
      NOW,
    );
    expect(d.actions).toEqual([{ kind: 'updateStable', image: 'reg/m:v2', maxSurge: 0, revision: 2 }]);
  });

  it('a failure only records the abort first, so the next look sees what KServe serves while rolling back', () => {
    const s = state({ step: 1, weight: 20 });
    const d = decide(
      kspec(),
      observed({
        canary: canary(s, { replicas: 4, readyReplicas: 1 }),
        canaryProblems: [{ pod: 'p', reason: 'CrashLoopBackOff', message: '' }],
        weight: 20,
      }),
      NOW,
    );
    expect(kinds(d.actions)).toEqual(['writeState']);
    expect(d.requeueAfterMs).toBe(0);
    const aborting = (d.actions[0] as Extract<Action, { kind: 'writeState' }>).state;
    expect(aborting.phase).toBe('aborting');
    // Aborting, the predictor still runs the canary image: restore stable's image first.
    const next = decide(
      kspec(),
      observed({ stable: dep({ image: 'reg/m:v2' }), canary: canary(aborting, { replicas: 4 }), weight: 20 }),
      NOW + 10,
    );
    expect(next.actions).toEqual([{ kind: 'updateStable', image: 'reg/m:v1', maxSurge: 1 }]);
  });
});

describe('decide: dynamic-stable-scale with the replicas router (the pods are the weight)', () => {
  const dyn = spec({
    router: 'replicas',
    dynamicStableScale: true,
    steps: [
      { kind: 'setWeight', weight: 50 },
      { kind: 'setWeight', weight: 100 },
    ],
  });
  it('the canary grows to its share of the replicas, then stable gives up as many once they are ready', () => {
    expect(
      decide(dyn, observed({ canary: canary(state()), room: { pods: 4, detail: '' } }), NOW).actions,
    ).toEqual([{ kind: 'scaleCanary', replicas: 2 }]);
    const ready = observed({
      canary: canary(state(), { replicas: 2, readyReplicas: 2 }),
      weight: 33,
      room: { pods: 2, detail: '' },
    });
    expect(decide(dyn, ready, NOW).actions).toEqual([{ kind: 'scaleStable', replicas: 2 }]);
    const at100 = state({ step: 1, weight: 50 });
    const full = observed({
      stable: dep({ replicas: 2, readyReplicas: 2 }),
      canary: canary(at100, { replicas: 2, readyReplicas: 2 }),
      weight: 50,
      room: { pods: 0, detail: 'full' },
    });
    // No room: stable hands a pod over (its traffic share moves with it: one Service).
    expect(decide(dyn, full, NOW).actions).toEqual([{ kind: 'scaleStable', replicas: 1 }]);
    expect(peakCanaryReplicas(dyn, 4)).toBe(0);
  });
});

describe('decide: the stable workload disappears mid-rollout', () => {
  it('rolls the canary back instead of waiting for pods that will never come', () => {
    const d = decide(
      spec({ router: 'kserve' }),
      { canary: canary(state()), canaryProblems: [], stableProblems: [], weight: 0 },
      NOW,
    );
    expect(kinds(d.actions)).toEqual(['writeState']);
    expect((d.actions[0] as Extract<Action, { kind: 'writeState' }>).state.abortReason).toMatch(
      /stable workload disappeared/,
    );
  });
});
