/**
 * Reads a GITHUB_OUTPUT / GITHUB_ENV file the way the runner does (actions/runner
 * FileCommandManager): `NAME=VALUE` lines and `NAME<<DELIMITER` blocks; a later entry wins.
 */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      out[line.slice(0, eq)] = line.slice(eq + 1);
    } else if (heredoc >= 0) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      const value: string[] = [];
      for (i++; ; i++) {
        if (i >= lines.length) throw new Error(`invalid file command: no closing ${delimiter} for ${name}`);
        if (lines[i] === delimiter) break;
        value.push(lines[i]!);
      }
      out[name] = value.join('\n');
    } else {
      throw new Error(`invalid file command line: ${line}`);
    }
  }
  return out;
}
