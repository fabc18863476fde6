/**
 * One Prometheus text exposition (format 0.0.4) from several of one process:
 * a process leading several routing domains answers `/metrics` with every
 * domain's routing figures (each sample labelled with its domain, see
 * `metrics.ts`) and its own process figures once.
 *
 * A family's `# HELP` and `# TYPE` come once, from the first text that has
 * it, followed by the samples of every text, in order. A sample whose name
 * and labels were already given is dropped: the process's relay families
 * come with each domain's text, alike. The families of Node's runtime
 * (`process_*`, `nodejs_*`: every text but the first would repeat them,
 * under another domain label) come from the first text only.
 *
 * @example
 * mergeExpositions(['# TYPE up gauge\nup{domain="a"} 1\n', '# TYPE up gauge\nup{domain="b"} 1\n']);
 * // '# TYPE up gauge\nup{domain="a"} 1\nup{domain="b"} 1\n'
 */
interface Family {
  readonly header: string[];
  readonly samples: string[];
}

const RUNTIME = /^(process_|nodejs_)/;

export function mergeExpositions(texts: readonly string[]): string {
  const families = new Map<string, Family>();
  const seen = new Set<string>();
  texts.forEach((text, i) => {
    let family: Family | undefined;
    let name = '';
    const headed = new Set<string>();
    for (const line of text.split('\n')) {
      if (line === '') continue;
      const header = /^# (HELP|TYPE) (\S+)/.exec(line);
      if (header !== null) {
        name = header[2] as string;
        family = families.get(name);
        if (family === undefined) families.set(name, (family = { header: [], samples: [] }));
        // The header lines of the text that brought the family first.
        if (family.header.length < 2 && (family.header.length === 0 || headed.has(name))) family.header.push(line);
        headed.add(name);
        continue;
      }
      if (line.startsWith('#')) continue;
      if (i > 0 && RUNTIME.test(name)) continue;
      const key = line.slice(0, line.lastIndexOf(' '));
      if (seen.has(key)) continue;
      seen.add(key);
      if (family === undefined) families.set(name, (family = { header: [], samples: [] }));
      family.samples.push(line);
    }
  });
  let out = '';
  for (const f of families.values()) if (f.samples.length > 0 || f.header.length > 0) out += [...f.header, ...f.samples].join('\n') + '\n';
  return out;
}
