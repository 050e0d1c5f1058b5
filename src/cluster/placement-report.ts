import { escapeMarkdown as cell, table } from '../report/markdown.js';
import type { SectionVerdict } from '../report/verdict.js';
import type { PlacementResult } from './placement.js';

/** Replicas by number, from 1 (`#1–#4, #7`): the placement's pod indices start at 0. */
function podList(indices: number[]): string {
  const pods = indices.map((i) => i + 1);
  const ranges: string[] = [];
  for (let i = 0; i < pods.length; ) {
    let j = i;
    while (j + 1 < pods.length && pods[j + 1] === pods[j]! + 1) j++;
    ranges.push(i === j ? `#${pods[i]}` : `#${pods[i]}–#${pods[j]}`);
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
    lines.push(
      table(
        ['node', 'GPU product', 'replicas', 'free after'],
        result.nodes.map((n) => [cell(n.name), cell(n.product ?? '—'), podList(n.pods), String(n.freeAfter)]),
        {
          align: ['left', 'left', 'left', 'right'],
          max: MAX_ROWS,
          more: (k) => `_… and ${k} more node(s): the \`placement\` output lists every one._`,
        },
      ),
      '',
    );
  }
  if (result.unplaced.length > 0) {
    const byReason = new Map<string, number[]>();
    for (const u of result.unplaced) byReason.set(u.reason, [...(byReason.get(u.reason) ?? []), u.pod]);
    lines.push('**Cannot be placed**', '');
    for (const [reason, pods] of [...byReason].slice(0, MAX_ROWS))
      lines.push(`- replica${pods.length === 1 ? '' : 's'} ${podList(pods)}: ${cell(reason)}`);
    if (byReason.size > MAX_ROWS) lines.push(`- … and ${byReason.size - MAX_ROWS} more reasons`);
    lines.push('');
  }
  if (result.notUnderstood.length > 0) {
    lines.push(
      `⚠️ ${result.notUnderstood.length} pod(s) use resources this check cannot count; free capacity may be overstated:`,
      '',
    );
    for (const p of result.notUnderstood.slice(0, MAX_ROWS))
      lines.push(`- ${cell(`${p.namespace}/${p.name}`)}: ${cell(p.reason)}`);
    if (result.notUnderstood.length > MAX_ROWS)
      lines.push(`- … and ${result.notUnderstood.length - MAX_ROWS} more pod(s)`);
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

/** The placement's line at the top of the pull-request comment. */
export function placementVerdict(result: PlacementResult): SectionVerdict {
  const total = result.assignments.length + result.unplaced.length;
  if (!result.feasible)
    return {
      status: 'fail',
      reason: `${result.unplaced.length} of ${total} replica(s) cannot be placed: ${result.unplaced[0]?.reason ?? ''}`,
    };
  if (result.notUnderstood.length > 0)
    return {
      status: 'warn',
      reason: `fits on ${result.nodesUsed} node(s), but ${result.notUnderstood.length} pod(s) use resources this check cannot count`,
    };
  return {
    status: 'pass',
    reason: `${total} replica(s) fit on ${result.nodesUsed} node(s), ${result.strandedGpus} GPU(s) stranded`,
  };
}
