export const id = 720;
export const ids = [720,21];
export const modules = {

/***/ 70636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ githubClient),
/* harmony export */   n: () => (/* binding */ httpStatus)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92413);

/**
 * An Octokit for the REST API at GITHUB_API_URL (GitHub Enterprise Server, or a test double),
 * authenticated with the action's github-token. Undefined without a token.
 */
function githubClient(token, env) {
    if (!token)
        return undefined;
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, { baseUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '') });
}
/** HTTP status of an Octokit RequestError, if the value is one. */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}


/***/ }),

/***/ 39241:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hX: () => (/* binding */ publishSection)
});

// UNUSED EXPORTS: MAX_COMMENT_LENGTH, SECTION_ORDER, commentMarker, findComment, mergeSection, readSections, readStoredSections, upsertSection

// EXTERNAL MODULE: ./lib/report/fit.js
var fit = __webpack_require__(91017);
// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(63021);
;// CONCATENATED MODULE: ./lib/report/verdict.js

const VERDICT_ICON = {
    fail: '❌',
    warn: '⚠️',
    pass: '✅',
    info: 'ℹ️',
};
const RANK = { fail: 3, warn: 2, pass: 1, info: 0 };
/** The worst of several verdicts: a failure anywhere fails the whole. */
function worst(statuses) {
    return statuses.reduce((a, b) => (RANK[b] > RANK[a] ? b : a), 'info');
}
/** A reason in one line of at most `max` characters, escaped. */
function verdictReason(reason, max = 240) {
    return (0,markdown.escapeMarkdown)((0,markdown/* truncate */.xv)(reason.replace(/\s+/g, ' ').trim(), max));
}

// EXTERNAL MODULE: ./lib/github/client.js
var github_client = __webpack_require__(70636);
;// CONCATENATED MODULE: ./lib/github/comment.js




/** Sections of the one comment per pull request and model, in order of what blocks a merge. */
const SECTION_ORDER = ['evaluation', 'scan', 'placement', 'plan'];
const SECTION_TITLE = {
    evaluation: 'Evaluation',
    scan: 'Scan',
    placement: 'GPU placement',
    plan: 'Pipeline plan',
};
/** GitHub rejects comment bodies over 65536 characters. */
const MAX_COMMENT_LENGTH = 65_536;
const KIND = 'report';
/** The hidden marker that finds the comment again: `<!-- model-deploy:report:<model> -->`. */
function commentMarker(model) {
    return `<!-- model-deploy:${KIND}:${markerSafe(model)} -->`;
}
/** The begin marker carries the section's verdict, so a later update can read every verdict back. */
function sectionBegin(section, verdict) {
    const v = verdict ? ` ${verdict.status} ${encodeURIComponent(verdict.reason).replace(/-/g, '%2D')}` : '';
    return `<!-- model-deploy:section:${markerSafe(section)}:begin${v} -->`;
}
function sectionEnd(section) {
    return `<!-- model-deploy:section:${markerSafe(section)}:end -->`;
}
/** Marker text cannot close the HTML comment or start another marker. */
function markerSafe(text) {
    return text.replace(/[^A-Za-z0-9._/-]/g, '_').replace(/-{2,}/g, '-');
}
const SECTION_RE = /<!-- model-deploy:section:([A-Za-z0-9._/-]+):begin(?: (fail|warn|pass|info) ([A-Za-z0-9%_.!~*'()]*))? -->\n?([\s\S]*?)\n?<!-- model-deploy:section:\1:end -->/g;
/** Sections stored in a comment body, by name, in body order, with their verdicts. */
function readStoredSections(body) {
    const sections = new Map();
    for (const m of body.matchAll(SECTION_RE)) {
        let reason = '';
        try {
            reason = decodeURIComponent(m[3] ?? '');
        }
        catch {
            // a hand-edited marker: keep the section, lose the reason
        }
        sections.set(m[1], {
            content: m[4],
            ...(m[2] ? { verdict: { status: m[2], reason } } : {}),
        });
    }
    return sections;
}
/** Sections stored in a comment body, by name, in body order. */
function readSections(body) {
    return new Map([...readStoredSections(body)].map(([name, s]) => [name, s.content]));
}
/**
 * The comment body with `section` replaced (or added) and every other section kept as it was.
 * Pure: the same existing body and section give the same result.
 */
function mergeSection(existing, model, section, content, options = {}) {
    const sections = existing ? readStoredSections(existing) : new Map();
    sections.set(markerSafe(section), {
        content: neutralize(content.trim()),
        ...(options.verdict ? { verdict: options.verdict } : {}),
    });
    return composeBody(model, sections, options.summaryUrl);
}
/** Display order: what blocks a merge first, then sections this version does not know, by name. */
function ordered(names) {
    const all = [...names];
    const known = SECTION_ORDER.filter((s) => all.includes(s));
    const others = all.filter((s) => !SECTION_ORDER.includes(s)).sort();
    return [...known, ...others];
}
function title(name) {
    return SECTION_TITLE[name] ?? (0,markdown.escapeMarkdown)(name);
}
/** The first line: one verdict for the model, with the reason of the section that decides it. */
function lead(model, names, sections) {
    const judged = names.filter((n) => sections.get(n).verdict);
    const status = worst(judged.map((n) => sections.get(n).verdict.status));
    const who = `model-deploy · ${(0,markdown.escapeMarkdown)(model)}`;
    const lines = [];
    if (judged.length === 0)
        lines.push(`### ${who}`);
    else {
        const decider = judged.find((n) => sections.get(n).verdict.status === status);
        const sentence = status === 'pass'
            ? `every check passed (${judged
                .filter((n) => sections.get(n).verdict.status === 'pass')
                .map((n) => title(n).toLowerCase())
                .join(', ')})`
            : `${title(decider).toLowerCase()}: ${verdictReason(sections.get(decider).verdict.reason)}`;
        lines.push(`### ${VERDICT_ICON[status]} ${who}: ${sentence}`);
    }
    if (judged.length > 1 || (judged.length === 1 && status !== 'pass')) {
        lines.push('');
        for (const n of judged) {
            const v = sections.get(n).verdict;
            lines.push(`- ${VERDICT_ICON[v.status]} **${title(n)}:** ${verdictReason(v.reason)}`);
        }
    }
    return lines.join('\n');
}
/** Shrunk first when the comment is too long: the least important section goes first. */
function shrinkOrder(names) {
    return [...names].reverse();
}
function cutNote(summaryUrl) {
    const where = summaryUrl ? `the [job summary](${summaryUrl})` : 'the job summary of the run';
    return (rows) => `_✂️ Cut to fit GitHub's comment limit${rows > 0 ? ` (${rows} more table rows)` : ''}: the whole section is in ${where}._`;
}
function composeBody(model, sections, summaryUrl) {
    const names = ordered(sections.keys());
    const render = () => [
        commentMarker(model),
        lead(model, names, sections),
        ...names.map((name) => {
            const s = sections.get(name);
            return `${sectionBegin(name, s.verdict)}\n${s.content}\n${sectionEnd(name)}`;
        }),
    ].join('\n\n');
    let body = render();
    const note = cutNote(summaryUrl);
    for (const name of shrinkOrder(names)) {
        const excess = body.length - MAX_COMMENT_LENGTH;
        if (excess <= 0)
            break;
        const s = sections.get(name);
        s.content = (0,fit/* fitMarkdown */.DJ)(s.content, Math.max(0, s.content.length - excess), { note });
        body = render();
    }
    return body;
}
/** Content cannot forge our markers (they are HTML comments, so `<!--` in content is escaped). */
function neutralize(content) {
    return content.replace(/<!--\s*model-deploy:/g, '&lt;!-- model-deploy:');
}
/** The comment carrying the model's marker, looked for on every page (100 per request). */
async function findComment(client, target) {
    const marker = commentMarker(target.model);
    let found;
    await client.paginate(client.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 }, (response, done) => {
        const hit = response.data.find((c) => c.body?.includes(marker));
        if (hit) {
            found = { id: hit.id, body: hit.body ?? '', url: hit.html_url };
            done();
        }
        return [];
    });
    return found;
}
/** Creates the model's comment or replaces one section of it in place. */
async function upsertSection(client, target, section, content, options = {}) {
    const existing = await findComment(client, target);
    const body = mergeSection(existing?.body, target.model, section, content, options);
    if (!existing) {
        const { data } = await client.rest.issues.createComment({
            owner: target.owner,
            repo: target.repo,
            issue_number: target.issueNumber,
            body,
        });
        return { action: 'created', id: data.id, url: data.html_url };
    }
    if (existing.body === body)
        return { action: 'unchanged', id: existing.id, url: existing.url };
    const { data } = await client.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body,
    });
    return { action: 'updated', id: data.id, url: data.html_url };
}
/**
 * Puts a section into the pull request's comment when it can; otherwise says why not, so the
 * caller writes the job summary only: no pull request, no token, a fork pull request (its
 * GITHUB_TOKEN is read-only), or a 403 from GitHub.
 */
async function publishSection(options) {
    const { client, context } = options;
    const pr = context?.pullRequest;
    if (!context || !pr)
        return { posted: false, reason: 'not a pull request run, so there is no pull-request comment' };
    // pull_request_target runs in the base repository with a writable token: it can comment
    if (pr.fork && context.eventName !== 'pull_request_target') {
        return {
            posted: false,
            reason: `this pull request comes from the fork ${pr.headRepo ?? '(deleted)'}, and GitHub gives workflows on fork pull requests a read-only token, so the report is in the job summary only`,
        };
    }
    if (!client)
        return { posted: false, reason: 'no github-token was given, so there is no pull-request comment' };
    try {
        const result = await upsertSection(client, { owner: context.owner, repo: context.repo, issueNumber: pr.number, model: options.model }, options.section, options.content, {
            ...(options.verdict ? { verdict: options.verdict } : {}),
            ...(context.runId
                ? {
                    summaryUrl: `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`,
                }
                : {}),
        });
        return { posted: true, ...result };
    }
    catch (error) {
        const status = (0,github_client/* httpStatus */.n)(error);
        if (status === 403 || status === 401) {
            return {
                posted: false,
                reason: `GitHub refused to write the pull-request comment (${status}: ${error.message}); the token needs pull-requests: write (fork pull requests always get a read-only token)`,
            };
        }
        throw error;
    }
}


/***/ }),

/***/ 88120:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ isBaselineRef),
/* harmony export */   L: () => (/* binding */ readGitHubContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);


/**
 * What GitHub Actions tells a step about its run, from the environment and the event payload
 * (GITHUB_EVENT_PATH). Undefined outside GitHub Actions (no GITHUB_REPOSITORY).
 */
function readGitHubContext(env) {
    const repository = env.GITHUB_REPOSITORY;
    if (!repository)
        return undefined;
    const [owner, repo] = repository.split('/');
    if (!owner || !repo)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`GITHUB_REPOSITORY must be owner/name, got "${repository}"`);
    const event = readEvent(env.GITHUB_EVENT_PATH);
    const pr = object(event.pull_request);
    const repositoryInfo = object(event.repository);
    let pullRequest;
    if (pr && typeof pr.number === 'number') {
        const head = object(pr.head);
        const base = object(pr.base);
        const headRepo = string(object(head?.repo)?.full_name);
        const baseRepo = string(object(base?.repo)?.full_name) ?? repository;
        pullRequest = {
            number: pr.number,
            headRepo,
            baseRepo,
            // a deleted fork has head.repo null: still a fork
            fork: headRepo === undefined ? head !== undefined : headRepo.toLowerCase() !== baseRepo.toLowerCase(),
            headSha: string(head?.sha),
            baseRef: string(base?.ref),
        };
    }
    return {
        owner,
        repo,
        eventName: env.GITHUB_EVENT_NAME,
        ref: env.GITHUB_REF,
        sha: env.GITHUB_SHA,
        runId: env.GITHUB_RUN_ID,
        defaultBranch: string(repositoryInfo?.default_branch),
        pullRequest,
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    };
}
/** Runs on the default branch or a tag record baselines; pull requests only read them. */
function isBaselineRef(context) {
    if (context.pullRequest || !context.ref)
        return false;
    if (context.ref.startsWith('refs/tags/'))
        return true;
    return context.defaultBranch !== undefined && context.ref === `refs/heads/${context.defaultBranch}`;
}
function readEvent(path) {
    if (!path)
        return {};
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`GITHUB_EVENT_PATH ${path} cannot be read: ${error.message}`, {
            cause: error,
        });
    }
    try {
        return object(JSON.parse(text)) ?? {};
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`GITHUB_EVENT_PATH ${path} is not JSON: ${error.message}`, {
            cause: error,
        });
    }
}
function object(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v)
        ? v
        : undefined;
}
function string(v) {
    return typeof v === 'string' ? v : undefined;
}


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
