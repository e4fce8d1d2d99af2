// The per-environment values the Teams app package needs, checked before they go into the manifest.

export type PackageValues = {
  TEAMS_APP_ID: string;
  AAD_APP_CLIENT_ID: string;
  APP_DOMAIN: string;
  APP_VERSION: string;
};

type Rule = { required: boolean; pattern: RegExp; expect: string };

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const rules: Record<keyof PackageValues, Rule> = {
  TEAMS_APP_ID: { required: true, pattern: guid, expect: 'a GUID that identifies the Teams app (generate one once per environment)' },
  AAD_APP_CLIENT_ID: { required: true, pattern: guid, expect: 'the Application (client) ID GUID of the Entra app registration' },
  // Lower case only: Microsoft documents that upper-case host names in the Application ID URI break SSO on Android.
  APP_DOMAIN: {
    required: true,
    pattern: /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/,
    expect: 'a lower-case host name without scheme or path, e.g. roundtable.contoso.com',
  },
  // The Teams manifest's "version" must be MAJOR.MINOR.PATCH numbers only.
  APP_VERSION: { required: false, pattern: /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, expect: 'a version of the form 1.2.3' },
};

export class PackageValuesError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'PackageValuesError';
    this.problems = problems;
  }
}

/**
 * Picks the package values out of an environment. APP_VERSION falls back to `defaultVersion` (package.json's).
 * Throws PackageValuesError with one line per missing or malformed variable, each naming the variable.
 */
export function readPackageValues(env: Readonly<Record<string, string | undefined>>, defaultVersion: string): PackageValues {
  const values: Partial<PackageValues> = {};
  const problems: string[] = [];
  for (const [name, rule] of Object.entries(rules) as [keyof PackageValues, Rule][]) {
    const raw = env[name]?.trim() || (name === 'APP_VERSION' ? defaultVersion : '');
    if (!raw) {
      if (rule.required) problems.push(`${name} is not set: expected ${rule.expect}.`);
      continue;
    }
    if (!rule.pattern.test(raw)) problems.push(`${name}="${raw}" is not valid: expected ${rule.expect}.`);
    else values[name] = raw;
  }
  if (problems.length > 0) throw new PackageValuesError(problems);
  return values as PackageValues;
}
