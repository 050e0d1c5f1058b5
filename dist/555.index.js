export const id = 555;
export const ids = [555];
export const modules = {

/***/ 37555:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderReport),
/* harmony export */   cell: () => (/* binding */ cell),
/* harmony export */   o: () => (/* binding */ progressLine)
/* harmony export */ });
/** Text from the cluster or a metrics backend, safe inside a markdown table cell. */
function cell(text) {
    return text.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}
const TITLE = {
    promoted: 'promoted',
    'rolled-back': 'rolled back',
    unchanged: 'unchanged',
    failed: 'failed',
};
function renderReport(r) {
    const lines = [
        `## model-deploy: ${cell(r.model)} ${TITLE[r.verdict]}`,
        '',
        `**${r.verdict === 'promoted' || r.verdict === 'unchanged' ? 'Result' : 'Reason'}:** ${cell(r.reason)}`,
        '',
        `| | |`,
        `| --- | --- |`,
        `| namespace | ${cell(r.namespace)} |`,
        `| image | \`${r.image.replace(/`/g, '')}\` |`,
        ...(r.stableImage ? [`| stable before | \`${r.stableImage.replace(/`/g, '')}\` |`] : []),
        ...(r.revision !== undefined ? [`| revision | ${r.revision} |`] : []),
        `| duration | ${(r.durationMs / 1000).toFixed(1)}s |`,
        ...(r.stableReadyMin !== undefined ? [`| stable ready (lowest seen) | ${r.stableReadyMin} |`] : []),
    ];
    const names = Object.keys(r.measurements);
    if (names.length > 0) {
        lines.push('', '### Analysis', '', '| metric | verdict | measurements (latest last) |', '| --- | --- | --- |');
        for (const name of names) {
            const status = r.metrics.find((m) => m.name === name);
            const ms = r.measurements[name] ?? [];
            const values = ms
                .slice(-6)
                .map((m) => `${m.phase}${m.value !== undefined ? ` ${m.value}` : ''}${m.message && m.phase !== 'Successful' ? ` (${m.message})` : ''}`)
                .join('; ');
            lines.push(`| ${cell(name)} | ${status?.phase ?? ms[ms.length - 1]?.phase ?? '-'} | ${cell(values)} |`);
        }
    }
    for (const e of r.evidence) {
        lines.push('', `### Pod ${cell(e.pod)} (${cell(e.phase)})`);
        if (e.events.length > 0)
            lines.push('', 'Events:', '', ...e.events.map((ev) => `- ${cell(ev)}`));
        if (e.logs.length > 0)
            lines.push('', 'Last log lines:', '', '```text', ...e.logs.map((l) => l.replace(/```/g, "'''")), '```');
    }
    return `${lines.join('\n')}\n`;
}
/** One progress line: step i/n, weight, ready pods, each metric's value and verdict. */
function progressLine(p) {
    const step = p.steps > 0 ? `step ${p.step}/${p.steps}${p.stepKind ? ` ${p.stepKind}` : ''}` : p.phase;
    const metrics = p.metrics.map((m) => `${m.name}=${m.value ?? '-'} ${m.phase}`).join(', ');
    return [
        `[${p.phase}] ${step}`,
        `weight ${Math.round(p.weight * 10) / 10}%`,
        `canary ${p.canaryReady}/${p.canaryDesired} ready`,
        `stable ${p.stableReady} ready`,
        ...(metrics ? [metrics] : []),
        p.message,
    ].join(' | ');
}


/***/ })

};
