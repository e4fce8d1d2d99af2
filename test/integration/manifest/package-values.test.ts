import { describe, expect, it } from 'vitest';
import { PackageValuesError, readPackageValues } from '../../../scripts/lib/package-values';
import { testValues } from './test-values';

const problemsOf = (env: Record<string, string | undefined>): string[] => {
  try {
    readPackageValues(env, '0.1.0');
  } catch (error) {
    if (error instanceof PackageValuesError) return error.problems;
    throw error;
  }
  return [];
};

describe('package values', () => {
  it('takes APP_VERSION from package.json when the environment does not set it', () => {
    expect(readPackageValues({ ...testValues, APP_VERSION: undefined }, '0.1.0').APP_VERSION).toBe('0.1.0');
  });

  it('names a missing APP_DOMAIN', () => {
    expect(problemsOf({ ...testValues, APP_DOMAIN: undefined })).toEqual([expect.stringMatching(/^APP_DOMAIN is not set/)]);
  });

  it('rejects a domain given as a URL or in upper case', () => {
    expect(problemsOf({ ...testValues, APP_DOMAIN: 'https://roundtable.contoso.com/' })).toEqual([expect.stringMatching(/^APP_DOMAIN=/)]);
    expect(problemsOf({ ...testValues, APP_DOMAIN: 'Roundtable.contoso.com' })).toEqual([expect.stringMatching(/^APP_DOMAIN=/)]);
  });

  it('rejects ids that are not GUIDs and versions that are not MAJOR.MINOR.PATCH', () => {
    const problems = problemsOf({ ...testValues, TEAMS_APP_ID: 'roundtable', AAD_APP_CLIENT_ID: '', APP_VERSION: '1.0' });
    expect(problems.map((problem) => problem.split(/[ =]/)[0])).toEqual(['TEAMS_APP_ID', 'AAD_APP_CLIENT_ID', 'APP_VERSION']);
  });
});
