// English texts of praise: the default values, the chat card, the activity notification and the delivery messages.
// Named by message keys so every one is translatable; other languages provide the same keys (`PraiseMessages`).

export const en = {
  'praise.value.courage': 'Courage',
  'praise.value.curiosity': 'Curiosity',
  'praise.value.helpingHand': 'Helping hand',
  'praise.value.ownership': 'Ownership',
  'praise.value.clarity': 'Clarity',
  'praise.value.teamwork': 'Teamwork',

  'praise.card.forPerson': 'Praise for {mention}',
  'praise.card.forTeam': 'Praise for the whole team — we win together',
  'praise.card.from': 'From {giver}',
  'praise.card.value': 'Value',
  'praise.card.fallback': '{giver} praised {recipient} for {value}',

  'praise.notification.topic': 'Praise for you',
  'praise.notification.preview': '{giver} praised you for {value} in {meeting}',

  'praise.delivery.waitingForGiver': "Will be posted to the meeting chat when you're back in Teams.",
  'praise.delivery.keptForRecipient': "{name} hasn't installed Roundtable in Teams, so no notification went out; the praise waits for them in their personal tab.",
  'praise.delivery.failed': 'Could not be delivered: {reason}',
} as const;

export type PraiseMessageKey = keyof typeof en;
export type PraiseMessages = Record<PraiseMessageKey, string>;

/** A message with its {placeholders} filled; unknown placeholders stay as written. */
export const formatMessage = (messages: PraiseMessages, key: PraiseMessageKey, params: Record<string, string> = {}): string =>
  messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? (params[name] ?? whole) : whole));
