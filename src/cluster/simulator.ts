import { request as httpRequest } from 'node:http';
import { request as httpsRequest, type RequestOptions } from 'node:https';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { parseReference } from '../oci/reference.js';
import type { Kube } from './kube.js';

/** The field of `/version` by which the model-deploy simulator (src/sim/cluster.ts) names the OCI layout it pulls from. */
const SIMULATOR_FIELD = 'modelDeploySimulator';

/**
 * The OCI image layout the cluster pulls from: only the model-deploy simulator started with a
 * layout announces one (in `/version`). Undefined for every real cluster and for a simulator
 * without a layout.
 */
export async function clusterLayout(kube: Kube): Promise<string | undefined> {
  const version = await kube.call('GET /version', () => getJson(kube, '/version'));
  const sim = (version as Record<string, unknown> | undefined)?.[SIMULATOR_FIELD];
  const layout = (sim as { ociLayout?: unknown } | undefined)?.ociLayout;
  return typeof layout === 'string' && layout ? resolve(layout) : undefined;
}

/**
 * Refuses, before anything is written, an image in a local OCI layout (`oci:DIR…`) that the
 * cluster cannot pull: every cluster but the simulator given that very layout.
 */
export async function refuseUnpullableImage(kube: Kube, image: string, cwd: string): Promise<void> {
  const ref = parseReference(image, 'image');
  if (ref.kind === 'layout') await refuseLayout(kube, resolve(cwd, ref.dir), `image ${image}`);
}

/** The same refusal for a layout directory, before the image is built (a release without image.repository). */
export async function refuseLayout(kube: Kube, dir: string, what: string): Promise<void> {
  const layout = await clusterLayout(kube);
  if (layout === resolve(dir)) return;
  throw new InputError(
    `${what} is a local OCI layout reference, which the cluster at ${kube.server} cannot pull ` +
      '(only the model-deploy simulator started with that layout can): set image.repository in the ' +
      'config to a registry the cluster pulls from',
  );
}

function getJson(kube: Kube, path: string): Promise<unknown> {
  return (async () => {
    const url = new URL(path, kube.server);
    const options: RequestOptions = { method: 'GET', headers: { accept: 'application/json' } };
    await kube.config.applyToHTTPSOptions(options);
    const send = url.protocol === 'http:' ? httpRequest : httpsRequest;
    return new Promise<unknown>((ok, fail) => {
      const req = send(url, { ...options, timeout: 10_000 }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          // A cluster that does not answer /version is no simulator.
          if ((res.statusCode ?? 0) >= 400) {
            ok(undefined);
            return;
          }
          try {
            ok(JSON.parse(text));
          } catch {
            ok(undefined);
          }
        });
        res.on('error', fail);
      });
      req.on('timeout', () => req.destroy(new Error(`GET ${path}: no answer in 10 s`)));
      req.on('error', fail);
      req.end();
    });
  })();
}
