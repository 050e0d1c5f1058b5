import type { PlacementResult } from './placement.js';

/** Text from the cluster (node names, reasons) made safe for a markdown table cell. */
function cell(text: string): string {
  return text.replace(/[\\|`*_[\]<>]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

function podList(pods: number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < pods.length; ) {
    let j = i;
    while (j + 1 < pods.length && pods[j + 1] === pods[j]! + 1) j++;
    ranges.push(i === j ? String(pods[i]) : `${pods[i]}–${pods[j]}`);
    i = j + 1;
  }
  return ranges.join(', ');
}

const MAX_ROWS = 30;

/** The PR-comment / job-summary section for a placement preflight. */
export function placementMarkdown(result: PlacementResult, title = 'GPU placement preflight'): string {
  const total = result.assignments.length + result.unplaced.length;
  const lines = [`### ${title}`, ''];
  if (result.feasible) {
    lines.push(
      `✅ **Fits**: ${total} pod(s) on ${result.nodesUsed} node(s) (lower bound ${result.lowerBound}${result.method === 'exact' ? ', optimal' : ''}), ${result.strandedGpus} GPU(s) stranded.`,
    );
  } else {
    lines.push(`❌ **Does not fit**: ${result.unplaced.length} of ${total} pod(s) cannot be placed.`);
  }
  lines.push(
    `The default scheduler (LeastAllocated on cpu/memory) would use ${result.spread.nodesUsed} node(s), strand ${result.spread.strandedGpus} GPU(s)${result.spread.unplaced ? ` and leave ${result.spread.unplaced} pod(s) Pending` : ''}.`,
    '',
  );
  if (result.nodes.length > 0) {
    lines.push('| node | GPU product | pods | free after |', '| --- | --- | --- | ---: |');
    for (const n of result.nodes.slice(0, MAX_ROWS)) {
      lines.push(`| ${cell(n.name)} | ${cell(n.product ?? '—')} | ${podList(n.pods)} | ${n.freeAfter} |`);
    }
    if (result.nodes.length > MAX_ROWS)
      lines.push(`| … ${result.nodes.length - MAX_ROWS} more node(s) | | | |`);
    lines.push('');
  }
  if (result.unplaced.length > 0) {
    const byReason = new Map<string, number[]>();
    for (const u of result.unplaced) byReason.set(u.reason, [...(byReason.get(u.reason) ?? []), u.pod]);
    lines.push('**Cannot be placed**', '');
    for (const [reason, pods] of byReason) lines.push(`- pod ${podList(pods)}: ${cell(reason)}`);
    lines.push('');
  }
  if (result.notUnderstood.length > 0) {
    lines.push(
      `⚠️ ${result.notUnderstood.length} pod(s) use resources this check cannot count; free capacity may be overstated:`,
      '',
    );
    for (const p of result.notUnderstood.slice(0, MAX_ROWS))
      lines.push(`- ${cell(`${p.namespace}/${p.name}`)}: ${cell(p.reason)}`);
    lines.push('');
  }
  lines.push(
    '<details><summary>How to read this</summary>',
    '',
    '- **nodes used**: nodes that receive at least one of these pods. **Lower bound**: no placement can use fewer nodes (per resource, the fewest nodes whose free amounts cover the demand; pods that cannot share a node; replicas ÷ max per node; or the optimum when the exact search finished).',
    '- **Stranded GPUs**: free GPUs (or MIG devices) on nodes that could host a pod of the largest shape when empty but can no longer host one. They are free yet unusable for another replica.',
    '- Free capacity is allocatable minus the requests of every non-terminated pod on the node (init containers and pod overhead counted as the scheduler does).',
    '',
    '</details>',
  );
  return lines.join('\n');
}
