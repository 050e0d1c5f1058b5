import { code, escapeMarkdown, shortDigest, table } from '../report/markdown.js';
import type { PackedLayer } from './pack.js';

const MAX_FILES = 50;

/** The job summary of a packed model image: manifest, tags and the largest files, capped. */
export function imageSummary(image: {
  name: string;
  digest: string;
  artifact: string;
  tags: string[];
  layers: PackedLayer[];
}): string {
  const total = image.layers.reduce((n, l) => n + l.descriptor.size, 0);
  // the largest first: a capped table shows what weighs
  const layers = [...image.layers].sort((a, b) => b.descriptor.size - a.descriptor.size);
  return [
    `### Model image ${escapeMarkdown(image.name)}`,
    '',
    `Manifest ${code(image.digest)} (${escapeMarkdown(image.artifact)}), tags ${image.tags.map(code).join(', ')}; ${image.layers.length} file(s), ${total} bytes.`,
    '',
    table(
      ['file', 'media type', 'bytes', 'digest'],
      layers.map((l) => [
        code(l.file),
        escapeMarkdown(l.descriptor.mediaType),
        String(l.descriptor.size),
        code(shortDigest(l.descriptor.digest)),
      ]),
      {
        align: ['left', 'left', 'right', 'left'],
        max: MAX_FILES,
        more: (n) => `_… and ${n} smaller files: the image manifest lists every one._`,
      },
    ),
    '',
  ].join('\n');
}
