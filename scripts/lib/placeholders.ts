// `${{NAME}}` placeholders in the Teams app manifest, filled per environment when packaging (Teams Toolkit's convention).

const placeholderPattern = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The distinct placeholder names in `text`, in order of first appearance. */
export function listPlaceholders(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(placeholderPattern), (match) => match[1] ?? ''))];
}

export class MissingPlaceholderValueError extends Error {
  readonly names: string[];

  constructor(names: string[]) {
    super(`no value for placeholder${names.length > 1 ? 's' : ''} ${names.map((name) => `\${{${name}}}`).join(', ')}`);
    this.name = 'MissingPlaceholderValueError';
    this.names = names;
  }
}

/**
 * Replaces every `${{NAME}}` with `values[NAME]`. Throws MissingPlaceholderValueError naming each placeholder without a
 * value, and a plain Error if anything that still looks like a placeholder (`${{` … ) is left, e.g. a malformed one.
 */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string | undefined>>): string {
  const missing = listPlaceholders(text).filter((name) => values[name] === undefined);
  if (missing.length > 0) throw new MissingPlaceholderValueError(missing);
  const filled = text.replace(placeholderPattern, (_match, name: string) => values[name] ?? '');
  const leftover = filled.indexOf('${{');
  if (leftover !== -1) throw new Error(`malformed placeholder at character ${leftover}: ${filled.slice(leftover, leftover + 40)}`);
  return filled;
}
