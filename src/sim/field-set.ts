/**
 * A set of field paths as structured-merge-diff keeps them, encoded as managedFields `fieldsV1`:
 * path elements `f:<field>`, `k:<list-map key JSON>`, `v:<set value JSON>`, `i:<index>`; `.` marks
 * a path with children that is itself a member.
 */
export class FieldSet {
  member = false;
  readonly children = new Map<string, FieldSet>();

  /** Throws on what is not a fieldsV1 set (unknown prefixes, keys that are not JSON). */
  static fromFieldsV1(v: unknown): FieldSet {
    const s = new FieldSet();
    if (v === undefined) return s;
    if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('fieldsV1 must be an object');
    for (const [k, sub] of Object.entries(v as Record<string, unknown>)) {
      if (k === '.') continue;
      checkElement(k);
      const child = FieldSet.fromFieldsV1(sub);
      const entries = sub && typeof sub === 'object' ? Object.keys(sub) : [];
      child.member = entries.length === 0 || entries.includes('.');
      s.children.set(k, child);
    }
    return s;
  }

  toFieldsV1(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const k of [...this.children.keys()].sort()) {
      const c = this.children.get(k)!;
      const inner = c.toFieldsV1();
      out[k] = c.member && c.children.size ? { '.': {}, ...inner } : inner;
    }
    return out;
  }

  /** The node at `path`, created when `create` is set. */
  at(path: readonly string[], create = false): FieldSet | undefined {
    let node: FieldSet = this;
    for (const p of path) {
      let next = node.children.get(p);
      if (!next) {
        if (!create) return undefined;
        next = new FieldSet();
        node.children.set(p, next);
      }
      node = next;
    }
    return node;
  }

  insert(path: readonly string[]): void {
    this.at(path, true)!.member = true;
  }

  has(path: readonly string[]): boolean {
    return this.at(path)?.member ?? false;
  }

  empty(): boolean {
    return !this.member && [...this.children.values()].every((c) => c.empty());
  }

  /** Members strictly below this node. */
  hasMemberBelow(): boolean {
    return [...this.children.values()].some((c) => c.member || c.hasMemberBelow());
  }

  members(prefix: string[] = []): string[][] {
    const out: string[][] = [];
    for (const [k, c] of this.children) {
      const p = [...prefix, k];
      if (c.member) out.push(p);
      out.push(...c.members(p));
    }
    return out;
  }

  union(other: FieldSet): FieldSet {
    const out = this.clone();
    for (const p of other.members()) out.insert(p);
    return out;
  }

  difference(other: FieldSet): FieldSet {
    const out = new FieldSet();
    for (const p of this.members()) if (!other.has(p)) out.insert(p);
    return out;
  }

  intersection(other: FieldSet): FieldSet {
    const out = new FieldSet();
    for (const p of this.members()) if (other.has(p)) out.insert(p);
    return out;
  }

  clone(): FieldSet {
    return FieldSet.fromFieldsV1(this.toFieldsV1());
  }
}

function checkElement(k: string): void {
  const body = k.slice(2);
  const ok =
    k.startsWith('f:') ||
    (k.startsWith('i:') && /^\d+$/.test(body)) ||
    ((k.startsWith('k:') || k.startsWith('v:')) && parses(body, k.startsWith('k:')));
  if (!ok) throw new Error(`invalid fieldsV1 path element ${JSON.stringify(k)}`);
}

function parses(text: string, object: boolean): boolean {
  try {
    const v = JSON.parse(text) as unknown;
    return !object || (typeof v === 'object' && v !== null && !Array.isArray(v));
  } catch {
    return false;
  }
}

/** A path as structured-merge-diff prints it in conflicts: `.spec.containers[name="model"].image`. */
export function pathString(path: readonly string[]): string {
  return path
    .map((p) => {
      const body = p.slice(2);
      if (p.startsWith('f:')) return `.${body}`;
      if (p.startsWith('i:')) return `[${body}]`;
      if (p.startsWith('v:')) return `[=${body}]`;
      const key = JSON.parse(body) as Record<string, unknown>;
      return `[${Object.entries(key)
        .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
        .join(',')}]`;
    })
    .join('');
}
