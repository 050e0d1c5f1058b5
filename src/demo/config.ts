/** The demo repository's model-deploy.yml: the example model released three times to the simulated cluster. */
export const DEMO_CONFIG = `# model-deploy demo: the example model, released to a simulated GPU cluster.
model:
  name: tiny-classifier
  artifacts: [model/*]
  framework: safetensors

image:
  layout: oci

scan:
  vulnerabilities:
    enabled: false   # the demo has no Trivy; the model-file scan still runs

evaluate:
  command: python3 eval/evaluate.py
  timeout: 2m
  samples: samples.jsonl
  baseline: { store: dir, path: .baseline }
  gates:
    - { metric: accuracy, min: 0.85, max-drop: 1% }
    - { metric: latency.p95_ms, direction: lower, max-rise: 20%, samples-column: latency_ms }

pipeline:
  runners: { cpu: 2, gpu: 1 }
  tasks:
    - { id: build, uses: build, duration: 40s }
    - { id: scan, uses: scan, needs: [build], duration: 20s }
    - { id: evaluate, uses: evaluate, needs: [build], runner: gpu, duration: 3m }
    - { id: lint-eval, run: python3 -m py_compile eval/evaluate.py, duration: 5s }
    - { id: deploy, uses: deploy, needs: [scan, evaluate, lint-eval], duration: 2m }

deploy:
  namespace: demo
  replicas: 4
  resources: { gpus: 1, cpu: 4, memory: 16Gi }
  probes: { startup-deadline: 30s, period: 1s }
  lease: 30s
  steps:
    - setWeight: 25
    - pause: 2s
    - analysis: {}
    - setWeight: 50
    - pause: 2s
    - analysis: {}
    - setWeight: 100
    - pause: 1s
    - analysis: {}
  analysis:
    interval: 1s
    metrics:
      - name: error-rate
        web:
          url: \${DEMO_STATS_URL}?namespace=demo&track=canary&window=3s
          pick: $.errorRate
        success-condition: result < 0.05
        no-data: inconclusive
        inconclusive-limit: 2
      - name: health
        kubernetes: {}
`;
