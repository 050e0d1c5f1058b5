export const id = 916;
export const ids = [916,21];
export const modules = {

/***/ 35140:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FORMATS: () => (/* binding */ FORMATS),
  "default": () => (/* binding */ plan)
});

;// CONCATENATED MODULE: ./lib/dag/matrix.js
/**
 * One `strategy.matrix` value per stage that has tasks to run, in stage order:
 * `[{ "include": [{ "task": "build", "runner": "cpu", "stage": 0 }, ...] }, ...]`.
 * Skipped tasks are left out, and so are stages left empty by them.
 */
function planMatrix(plan) {
    const byStage = new Map();
    for (const t of plan.tasks) {
        if (t.skipped)
            continue;
        const list = byStage.get(t.stage) ?? [];
        list.push({ task: t.id, runner: t.pool, stage: t.stage });
        byStage.set(t.stage, list);
    }
    return [...byStage.keys()].sort((a, b) => a - b).map((stage) => ({ include: byStage.get(stage) }));
}

// EXTERNAL MODULE: ./lib/dag/options.js
var options = __webpack_require__(92966);
// EXTERNAL MODULE: ./lib/dag/prepare.js + 5 modules
var prepare = __webpack_require__(18550);
// EXTERNAL MODULE: ./lib/dag/render.js
var render = __webpack_require__(66342);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/commands/command.js
var command = __webpack_require__(85583);
;// CONCATENATED MODULE: ./lib/commands/plan.js






const FORMATS = ['json', 'markdown', 'matrix'];
/* harmony default export */ const plan = ((0,command/* defineCommand */.NB)({
    name: 'plan',
    summary: 'plan the pipeline tasks as a staged DAG: critical path and a runner-limited schedule',
    options: {
        format: {
            type: 'string',
            value: 'json|markdown|matrix',
            description: 'output format',
            default: 'markdown',
        },
        ...options/* affectedOptions */.j,
    },
    help: [
        'Durations: the median of recorded runs (pipeline.history) replaces the estimate in the config.',
        'Times are milliseconds from the start of the pipeline. The markdown also goes to the job summary;',
        'matrix prints one strategy.matrix per stage (also the `matrix` output).',
    ].join('\n'),
    async run(ctx, options) {
        const format = (0,command/* stringOption */.Pp)(options, 'format') ?? 'markdown';
        if (!FORMATS.includes(format)) {
            throw new errors/* InputError */.dz(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
        }
        const { plan } = await (0,prepare/* preparePipeline */.Y)(ctx, {
            configPath: (0,command/* stringOption */.Pp)(options, 'config') ?? 'model-deploy.yml',
            changedFrom: (0,command/* stringOption */.Pp)(options, 'changed-from'),
            changed: (0,command/* listOption */.y8)(options, 'changed'),
            useCache: !(0,command/* booleanOption */.Ic)(options, 'no-cache'),
        });
        const matrix = planMatrix(plan);
        const summary = (0,render/* renderMarkdown */.Gc)(plan);
        const stdout = format === 'json'
            ? JSON.stringify(plan, null, 2)
            : format === 'matrix'
                ? JSON.stringify(matrix, null, 2)
                : summary;
        return {
            stdout,
            summary,
            verdict: (0,render/* planVerdict */.Ft)(plan),
            outputs: {
                matrix: JSON.stringify(matrix),
                stages: String(matrix.length),
                makespan: String(Math.round(plan.makespan)),
                'lower-bound': String(Math.round(plan.lowerBound)),
                'critical-path': plan.criticalPath.join(','),
            },
        };
    },
}));


/***/ }),

/***/ 63021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Ix: () => (/* binding */ facts),
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   code: () => (/* binding */ code),
/* harmony export */   escapeMarkdown: () => (/* binding */ escapeMarkdown),
/* harmony export */   fQ: () => (/* binding */ shortenDigests),
/* harmony export */   table: () => (/* binding */ table),
/* harmony export */   xv: () => (/* binding */ truncate),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony export TABLE_ROWS */
/**
 * The one escaping function for untrusted text (file names, zip members, pickle globals, metric
 * names, cluster messages) anywhere in GitHub-flavoured markdown: inline text and table cells alike.
 *
 * - HTML special characters become entities: no tags, no hidden comments, no `</details>`.
 * - Markdown punctuation that could start emphasis, code, links, images, headings, strikethrough
 *   or split a table cell is backslash-escaped.
 * - CR, LF, a lone CR, U+2028/2029 and other control characters become a space: untrusted text
 *   can never start a new block (heading, list, fence, table row).
 * - `@` is followed by a word joiner (U+2060), so GitHub links no mention and no e-mail address;
 *   `://` and `www.` get one too, so a URL in a name is not turned into a link.
 * - A leading list, heading-underline or ordered-list marker is escaped too.
 */
function escapeMarkdown(text) {
    return text
        .replace(/\r\n|[\r\n\u2028\u2029\t\v\f]/g, ' ')
        .replace(/[\u0000-\u001f\u007f]/g, '')
        .replace(/[\\`*_[\]#|~!]/g, '\\$&')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@/g, '@\u2060')
        .replace(/:\/\//g, ':\u2060//')
        .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\u2060.`)
        .replace(/^(\s*)([-+=])/, '$1\\$2')
        .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}
/**
 * Untrusted text shown as code, in a table cell or in a sentence. A `<code>` element instead of
 * backticks: its content is ordinary markdown, so {@link escapeMarkdown} applies unchanged (a
 * backtick span can neither escape a pipe outside a table nor hold every backtick run).
 */
function code(text) {
    return `<code>${escapeMarkdown(text)}</code>`;
}
/** `text` cut to at most `max` characters, ending with `…` when cut (never inside a surrogate pair). */
function truncate(text, max) {
    const chars = [...text];
    if (chars.length <= max)
        return text;
    return `${chars
        .slice(0, Math.max(0, max - 1))
        .join('')
        .trimEnd()}…`;
}
/** `sha256:9820474a3899…`: a digest cut for reading, with an ellipsis that says it was cut. */
function shortDigest(digest, hex = 12) {
    const m = /^([a-z0-9]+):([0-9a-f]+)$/.exec(digest);
    if (!m)
        return truncate(digest, 19);
    return m[2].length > hex ? `${m[1]}:${m[2].slice(0, hex)}…` : digest;
}
/** Full sha256 digests inside a longer text (log lines, image references) shortened with an ellipsis. */
function shortenDigests(text) {
    return text.replace(/sha256:[0-9a-f]{64}/g, (d) => shortDigest(d));
}
/** Rows a table shows unless told otherwise: enough to read, small enough for any summary. */
const TABLE_ROWS = 50;
/**
 * A GFM table with at most `max` rows. Cells are markdown: escape untrusted parts with
 * {@link escapeMarkdown} or {@link code} first. A line break in a cell becomes a space.
 */
function table(headers, rows, options = {}) {
    const { align = [], max = TABLE_ROWS, more } = Array.isArray(options) ? { align: options } : options;
    const rule = headers.map((_, i) => {
        const a = align[i] ?? 'left';
        return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
    });
    const line = (cells) => `| ${cells.map((c) => c.replace(/\r\n|[\r\n]/g, ' ')).join(' | ')} |`;
    const shown = rows.slice(0, max);
    const out = [line(headers), line(rule), ...shown.map((r) => line(headers.map((_, i) => r[i] ?? '')))];
    const hidden = rows.length - shown.length;
    if (hidden > 0)
        out.push('', more ? more(hidden) : `_… and ${hidden} more rows not shown._`);
    return out.join('\n');
}
/** Facts as a list (`- **key:** value`): a table would need an empty header row. Values are markdown. */
function facts(pairs) {
    return pairs.map(([k, v]) => `- **${k}:** ${v}`).join('\n');
}
/** A collapsed block; `summary` is trusted markdown. */
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** A fenced code block whose fence is longer than any backtick run inside `code`. */
function codeBlock(text, language = '') {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${text.replace(/\r\n?/g, '\n')}\n${fence}`;
}


/***/ }),

/***/ 49789:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ ganttChart),
/* harmony export */   Gp: () => (/* binding */ xyChart),
/* harmony export */   tW: () => (/* binding */ mermaidBlock)
/* harmony export */ });
/* unused harmony exports mermaidText, mermaidNumber */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63021);

/**
 * Text inside a mermaid quoted string or label: only characters that cannot end the string, the
 * statement, the fence or the diagram survive (letters, digits, space and `._-/:+=,()×`);
 * anything else (quotes, backticks, `#`, `%`, `;`, brackets, `<>`, newlines) becomes `_`.
 */
function mermaidText(text, max = 60) {
    const safe = text.replace(/[^\p{L}\p{N} ._\-/:+=,()×]/gu, '_').trim();
    return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}
/** A diagram in a fenced block GitHub renders. */
function mermaidBlock(diagram) {
    return `\`\`\`mermaid\n${diagram}\n\`\`\``;
}
/**
 * A number as mermaid's grammars read it: plain decimal digits, never an exponent
 * (`1.773e-7` is a parse error in xychart-beta), at most `precision` significant digits.
 */
function mermaidNumber(v, precision = 6) {
    if (!Number.isFinite(v) || v === 0)
        return '0';
    const [mantissa, exp] = v.toPrecision(precision).split('e');
    const text = exp === undefined ? mantissa : shiftDecimal(mantissa, Number(exp));
    return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
/** `1.773` shifted by -7 → `0.0000001773`; by 3 → `1773`. */
function shiftDecimal(mantissa, exp) {
    const negative = mantissa.startsWith('-');
    const [int, frac = ''] = mantissa.replace('-', '').split('.');
    const digits = int + frac;
    const point = int.length + exp;
    const body = point <= 0
        ? `0.${'0'.repeat(-point)}${digits}`
        : point >= digits.length
            ? digits + '0'.repeat(point - digits.length)
            : `${digits.slice(0, point)}.${digits.slice(point)}`;
    return (negative ? '-' : '') + body;
}
/** More points than this and the x-axis shows numbers, with the labels listed under the chart. */
const MAX_AXIS_LABELS = 8;
/**
 * A mermaid `xychart-beta` line chart (rendered by GitHub itself: no image host involved). Each
 * series is drawn as bars (the points) under a line (the trend), in a strong colour; values of
 * very small or large magnitude are scaled and the axis says by how much.
 */
function xyChart(chart) {
    const all = chart.series.flatMap((s) => s.values).filter(Number.isFinite);
    const magnitude = Math.max(0, ...all.map(Math.abs));
    const exp = magnitude > 0 ? Math.floor(Math.log10(magnitude)) : 0;
    const scaleExp = exp < -2 || exp >= 6 ? 3 * Math.floor(exp / 3) : 0;
    const scale = (v) => (scaleExp === 0 ? v : v / 10 ** scaleExp);
    const yLabel = scaleExp === 0 ? chart.yLabel : `${chart.yLabel} (×1e${scaleExp})`;
    const numbered = chart.xLabels.length > MAX_AXIS_LABELS;
    const labels = numbered ? chart.xLabels.map((_, i) => String(i + 1)) : chart.xLabels;
    const palette = chart.series.flatMap(() => ['#9ec5fe', '#0969da']).join(', ');
    const lines = [
        `%%{init: {"xyChart": {"width": 720, "height": 320}, "themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
        'xychart-beta',
        `  title "${mermaidText(chart.title)}"`,
        `  x-axis [${unique(labels.map((l) => mermaidText(l, 20)))
            .map((l) => `"${l}"`)
            .join(', ')}]`,
    ];
    if (all.length > 0) {
        let lo = Math.min(...all.map(scale));
        let hi = Math.max(...all.map(scale));
        const pad = hi === lo ? Math.abs(hi) * 0.05 || 1 : (hi - lo) * 0.1;
        lo -= pad;
        hi += pad;
        lines.push(`  y-axis "${mermaidText(yLabel)}" ${mermaidNumber(lo)} --> ${mermaidNumber(hi)}`);
    }
    else {
        lines.push(`  y-axis "${mermaidText(yLabel)}"`);
    }
    for (const s of chart.series) {
        const values = s.values.map((v) => (Number.isFinite(v) ? mermaidNumber(scale(v)) : '0')).join(', ');
        lines.push(`  bar [${values}]`, `  line [${values}]`);
    }
    const block = mermaidBlock(lines.join('\n'));
    if (!numbered)
        return block;
    const legend = chart.xLabels.map((l, i) => `${i + 1}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__.escapeMarkdown)(l)}`).join(' · ');
    return `${block}\n\n<sub>${legend}</sub>`;
}
/** Axis categories must differ: mermaid draws equal ones at one place (two runs of one commit). */
function unique(labels) {
    const seen = new Map();
    return labels.map((l) => {
        const n = (seen.get(l) ?? 0) + 1;
        seen.set(l, n);
        return n === 1 ? l : `${l} (${n})`;
    });
}
/** Gantt lines starting with these words are directives, not tasks. */
const GANTT_KEYWORD = /^(title|section|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|weekday|weekend|click|acctitle|accdescr|displaymode|inclusiveenddates|topaxis)/i;
function ganttText(text) {
    const t = mermaidText(text, 80).replace(/:/g, ' ') || '_';
    return GANTT_KEYWORD.test(t) ? `_${t}` : t;
}
const pad = (n, w = 2) => String(n).padStart(w, '0');
/**
 * An elapsed time as a wall-clock time on 2000-01-01 with no time zone: mermaid parses it in the
 * viewer's zone and prints it in the same zone, so every viewer reads the same elapsed time.
 */
function elapsedClock(ms) {
    const t = Math.max(0, Math.round(ms));
    const day = Math.floor(t / 86_400_000);
    const h = Math.floor(t / 3_600_000) % 24;
    const m = Math.floor(t / 60_000) % 60;
    const s = Math.floor(t / 1000) % 60;
    return `2000-01-${pad(1 + day)} ${pad(h)}:${pad(m)}:${pad(s)}.${pad(t % 1000, 3)}`;
}
/**
 * A mermaid gantt chart of elapsed time: the axis reads `mm:ss` (or `hh:mm` past an hour) from
 * the start, the same in every time zone, never a 1970 clock time.
 */
function ganttChart(title, lanes) {
    const end = Math.max(0, ...lanes.flatMap((l) => l.tasks.map((t) => t.start + t.duration)));
    const out = [
        'gantt',
        `  title ${ganttText(title)}`,
        '  dateFormat YYYY-MM-DD HH:mm:ss.SSS',
        `  axisFormat ${end >= 3_600_000 ? '%H:%M' : '%M:%S'}`,
        '  todayMarker off',
    ];
    for (const lane of lanes) {
        out.push(`  section ${ganttText(lane.name)}`);
        for (const t of lane.tasks) {
            const tag = t.tag ? `${t.tag}, ` : '';
            out.push(`    ${ganttText(t.label)} :${tag}${elapsedClock(t.start)}, ${Math.max(1, Math.round(t.duration))}ms`);
        }
    }
    return out.join('\n');
}


/***/ })

};
