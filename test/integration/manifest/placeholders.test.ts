import { describe, expect, it } from 'vitest';
import { fillPlaceholders, listPlaceholders, MissingPlaceholderValueError } from '../../../scripts/lib/placeholders';

describe('manifest placeholders', () => {
  it('lists each placeholder once, in order of first appearance', () => {
    const text = '{"a":"${{APP_DOMAIN}}","b":"api://${{APP_DOMAIN}}/${{AAD_APP_CLIENT_ID}}","c":"${{ TEAMS_APP_ID }}"}';
    expect(listPlaceholders(text)).toEqual(['APP_DOMAIN', 'AAD_APP_CLIENT_ID', 'TEAMS_APP_ID']);
  });

  it('fills every occurrence and leaves the rest of the text alone', () => {
    const filled = fillPlaceholders('https://${{APP_DOMAIN}}/x and ${{APP_DOMAIN}}', { APP_DOMAIN: 'a.example.com' });
    expect(filled).toBe('https://a.example.com/x and a.example.com');
  });

  it('refuses to fill when a placeholder has no value, naming every such placeholder', () => {
    const fill = () => fillPlaceholders('${{APP_DOMAIN}} ${{TEAMS_APP_ID}} ${{APP_VERSION}}', { APP_VERSION: '1.0.0' });
    expect(fill).toThrow(MissingPlaceholderValueError);
    expect(fill).toThrow('${{APP_DOMAIN}}, ${{TEAMS_APP_ID}}');
  });

  it('refuses a malformed placeholder instead of leaving it in the manifest', () => {
    expect(() => fillPlaceholders('"${{APP_DOMAIN}"', { APP_DOMAIN: 'a.example.com' })).toThrow('malformed placeholder');
  });

  it('treats an empty string as a value', () => {
    expect(fillPlaceholders('[${{X}}]', { X: '' })).toBe('[]');
  });
});
