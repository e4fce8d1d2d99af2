import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldName, nameKeys, stripNameSuffixes } from '../../../../server/domain/speakers/name-keys';

describe('how speaker names are compared', () => {
  it('folds case, accents and spacing', () => {
    expect(foldName('  LUCÍA   Fernández ')).toBe('lucia fernandez');
    expect(foldName('Zoë Ångström')).toBe(foldName('zoe angstrom'));
    expect(foldName('Søren Łukasz Straße')).toBe('soren lukasz strasse');
    expect(foldName('İlkay')).toBe('ilkay');
    expect(foldName('Seán O’Brien')).toBe(foldName("Sean O'Brien"));
  });

  it('keeps the "| Company" suffix in the folded key and drops it in the base key', () => {
    expect(nameKeys('Neil Knapp | Cyberlogic')).toEqual({ exact: 'Neil Knapp | Cyberlogic', folded: 'neil knapp | cyberlogic', base: 'neil knapp' });
    expect(nameKeys('Neil Knapp|Cyberlogic').folded).toBe('neil knapp | cyberlogic');
  });

  it('drops Teams’ guest tags but not other parentheses', () => {
    expect(stripNameSuffixes('Ana Souza (Guest)')).toBe('Ana Souza');
    expect(stripNameSuffixes('Ana Souza (External) | Contoso')).toBe('Ana Souza');
    expect(stripNameSuffixes('Ana Souza (Lisbon)')).toBe('Ana Souza (Lisbon)');
    expect(stripNameSuffixes('(Guest)')).toBe('(Guest)');
    expect(stripNameSuffixes('| Contoso')).toBe('| Contoso');
    expect(nameKeys('ANA SOUZA (Guest)').base).toBe(nameKeys('Ana Souza').base);
  });

  const name = fc.oneof(
    fc.string({ unit: fc.constantFrom('a', 'B', 'é', 'Ø', ' ', '|', '(', ')', '’', 'ß', '\u0301', 'x'), maxLength: 24 }),
    fc.tuple(fc.constantFrom('Ana', 'ANA', 'Aná', ' ana '), fc.constantFrom('', ' (Guest)', '(GUEST)', ' (Gu\u0301est)', ' | Contoso', '|contoso ', ' (External) | X')).map(([a, b]) => a + b),
  );

  it('each tier is looser than the one before: equal exact keys fold alike, equal folded keys share a base', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        const [x, y] = [nameKeys(a), nameKeys(b)];
        if (x.exact === y.exact) expect(x.folded).toBe(y.folded);
        if (x.folded === y.folded) expect(x.base).toBe(y.base);
      }),
    );
  });

  it('folding is idempotent and adding a company never changes the base', () => {
    const person = fc.string({ unit: fc.constantFrom('a', 'B', 'é', ' ', 'ß', 'x'), minLength: 1, maxLength: 16 }).filter((n) => n.trim() !== '');
    fc.assert(
      fc.property(person, name, (who, company) => {
        expect(foldName(foldName(who))).toBe(foldName(who));
        expect(nameKeys(`${who} | ${company}`).base).toBe(nameKeys(who).base);
      }),
    );
  });
});
