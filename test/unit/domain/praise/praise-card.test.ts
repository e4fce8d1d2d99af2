// The chat card: valid for the official Adaptive Cards parser and Teams, the recipient @mentioned, and whatever a
// person types shown as literal text — no Markdown, no mention, no text function, no card structure from a message.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPraiseCard, isPraisePost, praiseAttachmentId, praiseChatMessage, visibleText, type PraiseCardInput } from '../../../../server/domain/praise';
import { checkAdaptiveCard } from '../../../../server/emulator/graph/adaptive-card';

const input: PraiseCardInput = {
  praiseId: '2f6c1a9e-4b0d-4c1e-9a7f-3d2b1c0e9f8a',
  giverName: 'Lucía Fernández',
  recipient: { kind: 'person', userId: 'a1b2', displayName: 'Priya Raman' },
  valueLabel: 'Courage',
  message: 'You asked the question everyone was afraid to ask.',
};

type Inline = { type: string; text: string };
type Block = { type: string; text?: string; inlines?: Inline[] };
const textRuns = (card: { body: Block[] }) => card.body.flatMap((b) => b.inlines ?? []).map((i) => i.text);
const messageRun = (card: { body: Block[] }) => card.body[2]?.inlines?.[0]?.text ?? '';

/** Teams' own syntax inside text: mention tags and {{DATE()}}/{{TIME()}} functions. */
const TEAMS_SYNTAX = /<\s*\/?\s*at(?![a-z0-9-])|\{\{|\}\}/i;

const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom('**bold**', '_it_', '[link](https://evil.example)', '- item', '1. first', '# Heading', '<at>Priya Raman</at>', '</at>', '< AT >', '{{DATE(2025-03-04T10:00:00Z, SHORT)}}', '${message}', '${mention.text}', '$when', '"}]}', '\\', '\n\n', '<script>x</script>', '{{{', '}}}'),
);
const hostileText = fc.array(hostile, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' ').slice(0, 280)).filter((t) => t.trim().length > 0);

describe('the praise card', () => {
  it('parses with no errors or warnings in the Adaptive Cards parser, at a version Teams renders', () => {
    const card = buildPraiseCard(input);
    expect(card.version).toBe('1.5');
    expect(checkAdaptiveCard(card)).toEqual([]);
    expect(checkAdaptiveCard(buildPraiseCard({ ...input, recipient: { kind: 'team' } }))).toEqual([]);
  });

  it('@mentions the recipient by their user id, and shows value, message and giver', () => {
    const card = buildPraiseCard(input);
    expect(card.body[0]?.text).toBe('Praise for <at>Priya Raman</at>');
    expect(card.msteams).toEqual({ entities: [{ type: 'mention', text: '<at>Priya Raman</at>', mentioned: { id: 'a1b2', name: 'Priya Raman' } }] });
    expect(textRuns(card as never)).toEqual(['Courage', input.message, 'From Lucía Fernández']);
  });

  it('mentions nobody when the whole team is praised', () => {
    const card = buildPraiseCard({ ...input, recipient: { kind: 'team' } });
    expect(card.msteams).toBeUndefined();
    expect(JSON.stringify(card)).not.toContain('<at>');
  });

  it('goes into the chat message as an attachment the HTML body only references', () => {
    const message = praiseChatMessage(input);
    expect(message.body).toEqual({ contentType: 'html', content: `<attachment id="${praiseAttachmentId(input.praiseId)}"></attachment>` });
    expect(message.attachments).toHaveLength(1);
    expect(JSON.parse(message.attachments[0]!.content)).toEqual(buildPraiseCard(input));
    expect(isPraisePost(message, input.praiseId)).toBe(true);
    expect(isPraisePost(message, '00000000-0000-4000-8000-000000000000')).toBe(false);
  });

  it('shows any message as literal text: Markdown, mentions, text functions and template syntax stay text', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (message, name) => {
        const card = buildPraiseCard({ ...input, message, giverName: name, valueLabel: name });
        expect(checkAdaptiveCard(card)).toEqual([]);
        // The card's shape never changes: four blocks, the message in a TextRun (which Adaptive Cards never read as Markdown).
        expect(card.body.map((b) => b.type)).toEqual(['TextBlock', 'RichTextBlock', 'RichTextBlock', 'RichTextBlock']);
        const run = messageRun(card as never);
        expect(visibleText(run)).toBe(message);
        expect(run).not.toMatch(TEAMS_SYNTAX);
        // Exactly one mention, the recipient's, and its tag appears once: in the heading.
        const entities = (card.msteams as { entities: { mentioned: { id: string } }[] }).entities;
        expect(entities.map((e) => e.mentioned.id)).toEqual(['a1b2']);
        expect(JSON.stringify(card.body).split('<at>').length - 1).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a hostile display name inside its own mention, matching the entity exactly', () => {
    fc.assert(
      fc.property(hostileText, (displayName) => {
        const card = buildPraiseCard({ ...input, recipient: { kind: 'person', userId: 'x', displayName } });
        expect(checkAdaptiveCard(card)).toEqual([]);
        const entity = (card.msteams as { entities: { text: string; mentioned: { name: string } }[] }).entities[0]!;
        expect(card.body[0]?.text).toBe(`Praise for ${entity.text}`);
        expect(visibleText(entity.mentioned.name)).toBe(displayName);
        expect(entity.text.slice(4, -5)).not.toMatch(TEAMS_SYNTAX);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the Adaptive Card check (as the emulator applies it)', () => {
  it('refuses what Teams refuses', () => {
    expect(checkAdaptiveCard({ type: 'AdaptiveCard', version: '1.4', body: [{ type: 'TextBlock', text: 'Kudos' }] })).toEqual([]);
    expect(checkAdaptiveCard({ type: 'Card', version: '1.5', body: [] })).not.toEqual([]);
    expect(checkAdaptiveCard({ type: 'AdaptiveCard', version: '1.6', body: [] })).not.toEqual([]);
    expect(checkAdaptiveCard({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Marquee', text: 'x' }] })).not.toEqual([]);
    expect(checkAdaptiveCard({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'x', size: 'Enormous' }] })).not.toEqual([]);
    expect(checkAdaptiveCard({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'hi' }], msteams: { entities: [{ type: 'mention', text: '<at>Ana</at>', mentioned: { id: '1', name: 'Ana' } }] } })).toEqual([
      'msteams.entities[0].text does not appear in the card',
    ]);
  });
});
