// The demo tenant's people: names from several cultures, a manager hierarchy two levels deep (Amara Okafor leads six
// direct reports; Hiroshi Tanaka's five reports are her indirect ones).
import { guidFrom } from '../ids';
import type { Person } from '../store/types';

export const DEMO_TENANT_ID = 'c0ffee5e-7d1a-4e2b-9a3c-5b1e2d3f4a60';
export const DEMO_TENANT = { id: DEMO_TENANT_ID, displayName: 'Roundtable Demo', domain: 'roundtabledemo.onmicrosoft.com' };

type PersonSeed = {
  handle: string;
  givenName: string;
  surname: string;
  jobTitle: string;
  manager: string | null;
  officeLocation: string;
  preferredLanguage: string;
};

const seeds: PersonSeed[] = [
  { handle: 'amara.okafor', givenName: 'Amara', surname: 'Okafor', jobTitle: 'Head of Product', manager: null, officeLocation: 'Lagos', preferredLanguage: 'en-GB' },
  { handle: 'hiroshi.tanaka', givenName: 'Hiroshi', surname: 'Tanaka', jobTitle: 'Engineering Manager', manager: 'amara.okafor', officeLocation: 'Tokyo', preferredLanguage: 'ja-JP' },
  { handle: 'lucia.fernandez', givenName: 'Lucía', surname: 'Fernández', jobTitle: 'Senior Software Engineer', manager: 'hiroshi.tanaka', officeLocation: 'Madrid', preferredLanguage: 'es-ES' },
  { handle: 'priya.raman', givenName: 'Priya', surname: 'Raman', jobTitle: 'Product Designer', manager: 'amara.okafor', officeLocation: 'Bengaluru', preferredLanguage: 'en-IN' },
  { handle: 'mateus.silva', givenName: 'Mateus', surname: 'Silva', jobTitle: 'Software Engineer', manager: 'hiroshi.tanaka', officeLocation: 'São Paulo', preferredLanguage: 'pt-BR' },
  { handle: 'fatima.alsayed', givenName: 'Fatima', surname: 'Al-Sayed', jobTitle: 'Data Analyst', manager: 'hiroshi.tanaka', officeLocation: 'Dubai', preferredLanguage: 'ar-AE' },
  { handle: 'jonas.weber', givenName: 'Jonas', surname: 'Weber', jobTitle: 'Software Engineer', manager: 'hiroshi.tanaka', officeLocation: 'Berlin', preferredLanguage: 'de-DE' },
  { handle: 'aroha.ngata', givenName: 'Aroha', surname: 'Ngata', jobTitle: 'User Researcher', manager: 'amara.okafor', officeLocation: 'Wellington', preferredLanguage: 'en-NZ' },
  { handle: 'dmitri.volkov', givenName: 'Dmitri', surname: 'Volkov', jobTitle: 'Site Reliability Engineer', manager: 'hiroshi.tanaka', officeLocation: 'Tallinn', preferredLanguage: 'en-US' },
  // Amara's other direct reports: with Hiroshi, Priya and Aroha she leads six people, and Hiroshi's five below them.
  { handle: 'kwame.asante', givenName: 'Kwame', surname: 'Asante', jobTitle: 'Platform Engineering Lead', manager: 'amara.okafor', officeLocation: 'Accra', preferredLanguage: 'en-GH' },
  { handle: 'ingrid.johansson', givenName: 'Ingrid', surname: 'Johansson', jobTitle: 'Product Marketing Manager', manager: 'amara.okafor', officeLocation: 'Stockholm', preferredLanguage: 'sv-SE' },
  { handle: 'mei.lin', givenName: 'Mei', surname: 'Lin', jobTitle: 'Product Manager', manager: 'amara.okafor', officeLocation: 'Taipei', preferredLanguage: 'zh-TW' },
];

const idOf = (handle: string): string => guidFrom('person', DEMO_TENANT_ID, handle);

export const buildPeople = (): Person[] =>
  seeds.map((seed, index) => {
    const upn = `${seed.handle}@${DEMO_TENANT.domain}`;
    return {
      id: idOf(seed.handle),
      upn,
      displayName: `${seed.givenName} ${seed.surname}`,
      mail: upn,
      jobTitle: seed.jobTitle,
      managerId: seed.manager ? idOf(seed.manager) : null,
      givenName: seed.givenName,
      surname: seed.surname,
      officeLocation: seed.officeLocation,
      preferredLanguage: seed.preferredLanguage,
      businessPhones: [`+1 425 555 01${(index + 10).toString()}`],
      mobilePhone: null,
    };
  });

/** Everyone but Dmitri has Roundtable installed, so one recipient shows Graph's "app not installed" error. */
export const installedHandles = seeds.map((s) => s.handle).filter((handle) => handle !== 'dmitri.volkov');

export const personIdOf = idOf;
