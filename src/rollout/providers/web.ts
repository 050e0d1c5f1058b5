import type { Measurement } from '../analysis.js';
import { pick, toNumbers } from '../pick.js';
import { describeFailure, errorMeasurement, type Provider, valuesMeasurement } from './provider.js';

/** JSON over HTTP; `pick` selects the number(s) the conditions see as `result`. */
export const webProvider: Provider = async (metric, ctx): Promise<Measurement> => {
  const at = ctx.now();
  const config = metric.config.web;
  if (!config) return errorMeasurement(at, 'metric has no web provider');
  let document: unknown;
  try {
    const res = await (ctx.fetch ?? fetch)(config.url, {
      method: config.method,
      headers: config.headers,
      ...(config.body !== undefined ? { body: config.body } : {}),
      signal: AbortSignal.timeout(config.timeout),
    });
    const text = await res.text();
    if (!res.ok) return errorMeasurement(at, `${config.url} answered ${res.status}: ${text.slice(0, 200)}`);
    try {
      document = JSON.parse(text);
    } catch {
      return errorMeasurement(at, `${config.url} did not answer JSON: ${text.slice(0, 200)}`);
    }
  } catch (error) {
    return errorMeasurement(at, `${config.url} unreachable: ${describeFailure(error)}`);
  }
  let values: number[] | { error: string };
  try {
    values = toNumbers(pick(document, config.pick));
  } catch (error) {
    return errorMeasurement(at, describeFailure(error));
  }
  if (!Array.isArray(values)) return errorMeasurement(at, `${config.pick}: ${values.error}`);
  return valuesMeasurement(metric, at, values);
};
