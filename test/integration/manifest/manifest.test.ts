import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSchemaPath, readManifestTemplate, referencedFiles, validateManifest } from '../../../scripts/lib/app-package';
import { listPlaceholders } from '../../../scripts/lib/placeholders';
import { filledTestManifest, manifestDir, testValues } from './test-values';

type Tab = { configurationUrl?: string; contentUrl?: string; entityId?: string; scopes?: string[]; context?: string[]; meetingSurfaces?: string[] };
type Ribbon = { contexts?: string[]; tabs?: { groups?: { controls?: { label?: string; actionId?: string; icons?: { size: number; url: string }[] }[] }[] }[] };
type Extension = {
  requirements?: { scopes?: string[] };
  runtimes?: { code?: { page?: string }; actions?: { id: string; type: string }[] }[];
  ribbons?: Ribbon[];
};
type Manifest = {
  $schema: string;
  manifestVersion: string;
  id: string;
  version: string;
  validDomains: string[];
  webApplicationInfo: { id: string; resource: string };
  configurableTabs: Tab[];
  staticTabs: Tab[];
  authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } };
  activities: { activityTypes: { type: string; templateText: string }[] };
  extensions: Extension[];
};

const manifest = filledTestManifest() as unknown as Manifest;
const origin = `https://${testValues.APP_DOMAIN}`;

describe('the Teams app manifest', () => {
  it('is written against the v1.30 schema, which @microsoft/app-manifest bundles', () => {
    expect(manifest.$schema).toBe('https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json');
    expect(manifest.manifestVersion).toBe('1.30');
    expect(bundledSchemaPath(manifest.$schema)).toBeDefined();
  });

  it('validates offline against its schema with no errors once filled', async () => {
    expect(await validateManifest(filledTestManifest())).toEqual([]);
  });

  it('reports schema errors, so a passing validation means something', async () => {
    const broken = { ...filledTestManifest(), id: 'not-a-guid', accentColor: 'teal' };
    const errors = await validateManifest(broken);
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(/^\/id /), expect.stringMatching(/^\/accentColor /)]));
  });

  it('uses placeholders for every per-environment value, and filling leaves none', () => {
    expect(listPlaceholders(readManifestTemplate(manifestDir)).sort()).toEqual(['AAD_APP_CLIENT_ID', 'APP_DOMAIN', 'APP_VERSION', 'TEAMS_APP_ID']);
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(manifest.id).toBe(testValues.TEAMS_APP_ID);
    expect(manifest.version).toBe(testValues.APP_VERSION);
    expect(manifest.validDomains).toEqual([testValues.APP_DOMAIN]);
  });

  it('signs users in with the Entra app: resource is api://<domain>/<client id>', () => {
    expect(manifest.webApplicationInfo).toEqual({
      id: testValues.AAD_APP_CLIENT_ID,
      resource: `api://${testValues.APP_DOMAIN}/${testValues.AAD_APP_CLIENT_ID}`,
    });
  });

  it('has one meeting tab for the side panel, details, chat and stage', () => {
    expect(manifest.configurableTabs).toHaveLength(1);
    const [tab] = manifest.configurableTabs;
    expect(tab?.configurationUrl).toBe(`${origin}/config.html`);
    expect(tab?.scopes).toEqual(['groupChat']);
    expect([...(tab?.context ?? [])].sort()).toEqual(['meetingChatTab', 'meetingDetailsTab', 'meetingSidePanel', 'meetingStage']);
    expect([...(tab?.meetingSurfaces ?? [])].sort()).toEqual(['sidePanel', 'stage']);
  });

  it('has a personal tab "Roundtable" for reports and each person\'s own figures', () => {
    expect(manifest.staticTabs).toEqual([
      expect.objectContaining({ entityId: 'roundtable-home', name: 'Roundtable', contentUrl: `${origin}/personal.html`, scopes: ['personal'] }),
    ]);
  });

  it('carries an Outlook add-in whose "Add check-in" button is on the organizer\'s meeting form', () => {
    const [extension] = manifest.extensions;
    expect(extension?.requirements?.scopes).toEqual(['mail']);
    const actions = extension?.runtimes?.flatMap((runtime) => runtime.actions ?? []) ?? [];
    expect(actions).toContainEqual(expect.objectContaining({ id: 'openCheckinPane', type: 'openPage' }));
    expect(extension?.runtimes?.[0]?.code?.page).toBe(`${origin}/outlook-command.html`);
    const organizerRibbon = extension?.ribbons?.find((ribbon) => ribbon.contexts?.includes('meetingDetailsOrganizer'));
    const controls = organizerRibbon?.tabs?.flatMap((tab) => tab.groups ?? []).flatMap((group) => group.controls ?? []) ?? [];
    expect(controls).toContainEqual(expect.objectContaining({ label: 'Add check-in', actionId: 'openCheckinPane' }));
    for (const control of controls) {
      expect(control.icons?.map((icon) => icon.size).sort((a, b) => a - b)).toEqual([16, 32, 80]);
      for (const icon of control.icons ?? []) expect(icon.url.startsWith(`${origin}/`)).toBe(true);
    }
  });

  it('asks for the resource-specific permissions the meeting features use, within the limit of 16', () => {
    const permissions = manifest.authorization.permissions.resourceSpecific;
    expect(permissions.length).toBeLessThanOrEqual(16);
    expect(permissions).toEqual(
      expect.arrayContaining([
        { name: 'MeetingStage.Write.Chat', type: 'Delegated' },
        { name: 'OnlineMeetingParticipant.Read.Chat', type: 'Delegated' },
        { name: 'OnlineMeeting.ReadBasic.Chat', type: 'Application' },
        { name: 'OnlineMeetingTranscript.Read.Chat', type: 'Application' },
        { name: 'ChatMessage.Read.Chat', type: 'Application' },
        { name: 'ChatMember.Read.Chat', type: 'Application' },
        { name: 'OnlineMeetingNotification.Send.Chat', type: 'Application' },
        { name: 'TeamsActivity.Send.User', type: 'Application' },
        { name: 'MailboxItem.ReadWrite.User', type: 'Delegated' },
      ]),
    );
  });

  it('declares the activity feed notifications used for praise', () => {
    const types = manifest.activities.activityTypes;
    expect(types.map((activity) => activity.type)).toEqual(expect.arrayContaining(['privatePraise', 'praiseRoundOpened']));
    for (const activity of types) expect(activity.templateText).toContain('{actor}');
  });

  it('references only icon files that exist next to the manifest', () => {
    const files = referencedFiles(filledTestManifest());
    expect(files).toEqual(expect.arrayContaining(['color.png', 'outline.png']));
    for (const file of files) expect(existsSync(join(manifestDir, file)), file).toBe(true);
  });
});
