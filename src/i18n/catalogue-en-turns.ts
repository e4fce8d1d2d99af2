// English for the live turn tracker (side panel, stage) and "My speaking" (personal tab); spread into the reference
// catalogue.
import type { PluralMessage } from './catalogue-en';

export const enTurns = {
  'turns.heading': 'Speaking turns',
  'turns.loading': 'Loading the turn tracker…',
  'turns.errorTitle': "Couldn't load the turn tracker",
  'turns.notTeamsMeeting': "This isn't a Teams meeting, so it has no turn tracker.",
  'turns.actionFailed': "That didn't go through",
  'turns.live.reconnecting': 'Reconnecting…',
  'turns.live.stopped': 'Not updating live. Reload to see changes.',

  'turns.mode.facilitator': '{name} gives the turns.',
  'turns.mode.facilitatorYou': 'You give the turns: select who speaks.',
  'turns.mode.self': 'Everyone starts and stops their own turn.',
  'turns.mode.selfYou': 'Everyone starts and stops their own turn. You can still give someone the turn.',
  'turns.facilitator.heading': 'Run the tracker',
  'turns.facilitator.modeSwitch': 'I give the turns (facilitator mode)',
  'turns.facilitator.handOver': 'Facilitator',

  'turns.now.label': 'Speaking now',
  'turns.now.nobody': 'Nobody is speaking.',
  'turns.now.for': 'for {duration}',

  'turns.me.start': 'Start my turn',
  'turns.me.stop': 'End my turn',
  'turns.me.raise': 'Raise hand',
  'turns.me.lower': 'Lower hand',

  'turns.people.heading': 'People',
  'turns.people.give': 'Give the turn to {name}',
  'turns.people.end': "End {name}'s turn",
  'turns.people.speaking': 'Speaking',
  'turns.people.you': '{name} (you)',
  'turns.people.figures': { one: '{duration} · {count} turn', other: '{duration} · {count} turns' } satisfies PluralMessage,

  'turns.queue.heading': 'Speaking queue',
  'turns.queue.empty': 'No hands raised.',
  'turns.queue.hint': 'Least talk time first, then who raised first.',
  'turns.queue.talked': 'spoke {duration}',
  'turns.queue.give': 'Give the turn to {name}',
  'turns.queue.lower': "Lower {name}'s hand",

  'turns.notHeard.heading': 'Not heard yet',
  'turns.notHeard.everyone': 'Everyone has had a turn.',

  'turns.balance.heading': 'Balance',
  'turns.balance.gauge': 'Speaking balance',
  'turns.balance.value': '{value} of 100',
  'turns.balance.none': 'No balance yet',
  'turns.balance.topShare': 'Largest share: {share}',
  'turns.balance.reading.noSpeakers': 'Nobody is in the tracker yet.',
  'turns.balance.reading.noTalk': 'Nobody has spoken yet.',
  'turns.balance.reading.oneVoice': 'Only {name} is in the tracker.',
  'turns.balance.reading.dominated': '{name} has had {share} of the time.',
  'turns.balance.reading.balanced': 'Voices are well balanced.',
  'turns.balance.reading.uneven': '{name} has spoken most ({share}), {quietest} least ({quietestShare}).',

  'turns.voices.heading': 'Share of voice',
  'turns.voices.row': '{share} · {duration}',

  'speaking.heading': 'My speaking',
  'speaking.intro': 'Your share of voice in your meetings, from their Teams transcripts. Only you see these figures.',
  'speaking.loading': 'Loading your speaking figures…',
  'speaking.errorTitle': "Couldn't load your speaking figures",
  'speaking.range.label': 'Period',
  'speaking.range.thisWeek': 'This week',
  'speaking.range.last4Weeks': 'Last 4 weeks',
  'speaking.range.thisQuarter': 'This quarter',
  'speaking.empty': "No figures for this period yet. They appear once a meeting's transcript has been processed.",
  'speaking.total': { one: 'You spoke {duration} in {count} meeting.', other: 'You spoke {duration} in {count} meetings.' } satisfies PluralMessage,
  'speaking.averageShare': 'Average share of voice: {share}',
  'speaking.table': 'My speaking per meeting',
  'speaking.column.meeting': 'Meeting',
  'speaking.column.talk': 'Talk time',
  'speaking.column.share': 'Share',
  'speaking.column.turns': 'Turns',
} as const;
