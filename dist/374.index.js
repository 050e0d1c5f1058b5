export const id = 374;
export const ids = [374];
export const modules = {

/***/ 66374:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35130);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(452);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85583);




/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .defineCommand */ .NB)({
    name: 'validate',
    summary: 'check model-deploy.yml and print the normalized config or every error',
    options: {
        format: { type: 'string', value: 'yaml|json', description: 'output format', default: 'yaml' },
    },
    help: 'Durations, quantities and percentages are printed normalized: milliseconds, bytes or cores, percent.',
    async run(ctx, options) {
        const format = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOption */ .Pp)(options, 'format') ?? 'yaml';
        if (format !== 'yaml' && format !== 'json')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`--format must be yaml or json, got "${format}"`);
        const path = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOption */ .Pp)(options, 'config') ?? 'model-deploy.yml';
        try {
            const loaded = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z)(path, { cwd: ctx.cwd, env: ctx.env });
            const secrets = [...loaded.secrets, ctx.githubToken, ctx.registryAuth?.password].filter((s) => !!s);
            for (const secret of secrets)
                ctx.log.secret(secret);
            const config = masked(loaded.config, secrets);
            ctx.log.info(`${path}: valid`);
            return {
                stdout: format === 'json' ? JSON.stringify({ valid: true, config }, null, 2) : (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(config),
                outputs: { valid: 'true' },
            };
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL) || format !== 'json')
                throw error;
            return {
                stdout: JSON.stringify({ valid: false, errors: error.issues }, null, 2),
                outputs: { valid: 'false' },
                failed: error.message,
                exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.Usage,
            };
        }
    },
}));
/** The config with every secret replaced by *** wherever it occurs in a string. */
function masked(value, secrets) {
    if (secrets.length === 0)
        return value;
    if (typeof value === 'string')
        return secrets.reduce((s, secret) => s.split(secret).join('***'), value);
    if (Array.isArray(value))
        return value.map((v) => masked(v, secrets));
    if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [masked(k, secrets), masked(v, secrets)]));
    return value;
}


/***/ })

};
