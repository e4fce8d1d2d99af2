import { describe, expect, it } from 'vitest';
import { parseDevSettings, toDevSearch } from '../../../../src/dev/dev-settings';

describe('dev host links', () => {
  it('reads a view from the query string, case-insensitively, with defaults for the rest', () => {
    expect(parseDevSettings('?surface=STAGE&upn=a%40b.test&theme=dark&host=outlook')).toEqual({
      surface: 'stage',
      upn: 'a@b.test',
      meeting: null,
      theme: 'dark',
      host: 'Outlook',
      locale: 'en-US',
    });
    expect(parseDevSettings('?surface=nonsense&theme=')).toMatchObject({ surface: 'sidePanel', theme: 'default', host: 'Teams' });
  });

  it('writes a view back to a query string that reads back the same', () => {
    const settings = parseDevSettings('?surface=details&upn=a%40b.test&meeting=AAMk%3D%3D&theme=contrast&host=Teams&locale=de-DE');
    expect(parseDevSettings(toDevSearch(settings))).toEqual(settings);
  });
});
