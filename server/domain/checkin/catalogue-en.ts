// English texts of the check-in library: the reference catalogue. Prompts, answer parts and scale ends are named by
// message keys, so every one is translatable; other languages provide the same keys (`CheckinMessages`).

export const en = {
  'checkin.kind.mood': 'Mood',
  'checkin.kind.roseBudThorn': 'Rose, bud, thorn',
  'checkin.kind.successStruggle': 'A success and a struggle',
  'checkin.kind.need': 'What I need today',
  'checkin.kind.energy': 'Energy',
  'checkin.kind.pulse': 'Pulse',
  'checkin.kind.custom': 'Your own question',

  'checkin.invite.heading': 'Check-in',
  'checkin.invite.anonymous': 'Answers are anonymous.',
  'checkin.invite.named': 'Answers show who gave them.',
  'checkin.invite.rotates': 'Each meeting of the series asks a new question of this kind, starting with this one.',

  'checkin.prompt.mood.weather': "What's the weather inside you today? One word or an emoji.",
  'checkin.prompt.mood.oneWord': 'How are you arriving? Say it in one word.',
  'checkin.prompt.mood.emoji': 'Which emoji fits your day so far?',
  'checkin.prompt.mood.colour': 'If your mood were a colour, which would it be?',
  'checkin.prompt.mood.animal': 'Which animal are you today?',
  'checkin.prompt.mood.season': 'Which season matches how you feel right now?',
  'checkin.prompt.mood.dish': 'If today were a dish, what would it be?',
  'checkin.prompt.mood.texture': 'One word for the texture of your week: smooth, bumpy, sticky…?',
  'checkin.prompt.mood.bringing': 'One word for what you bring into this meeting.',
  'checkin.prompt.mood.landscape': 'Which landscape matches your mind today: desert, forest, beach, mountain…?',
  'checkin.prompt.mood.headline': 'Your week as a one-word headline?',

  'checkin.prompt.roseBudThorn.week': 'Rose, bud, thorn: what went well this week, what are you looking forward to, what was hard?',
  'checkin.prompt.roseBudThorn.project': 'A rose, a bud and a thorn from the project we share.',
  'checkin.prompt.roseBudThorn.sinceLast': 'Since we last met: a rose, a bud and a thorn.',
  'checkin.prompt.roseBudThorn.team': 'Rose, bud, thorn about how we work together.',
  'checkin.prompt.roseBudThorn.personal': 'A personal rose, bud and thorn: share only what you are comfortable with.',
  'checkin.prompt.roseBudThorn.month': 'Looking at this month: a rose, a bud and a thorn.',

  'checkin.prompt.successStruggle.week': 'Share a success and a struggle from your week.',
  'checkin.prompt.successStruggle.learning': 'A success you learned from, and a struggle you are still learning from.',
  'checkin.prompt.successStruggle.help': 'Something that worked, and something you could use help with.',
  'checkin.prompt.successStruggle.proud': 'Something you are proud of, and something that weighs on you.',
  'checkin.prompt.successStruggle.surprise': 'A win that surprised you, and a setback that surprised you.',
  'checkin.prompt.successStruggle.people': 'A moment someone you work with was delighted, and a moment they were not.',

  'checkin.prompt.need.today': 'What do you need from this group today?',
  'checkin.prompt.need.gladYouCame': 'What would make you leave this meeting glad you came?',
  'checkin.prompt.need.support': 'Where could you use this group’s support right now?',
  'checkin.prompt.need.present': 'What do you need to be fully present for the next hour?',
  'checkin.prompt.need.decision': 'Which decision or answer do you need from us today?',
  'checkin.prompt.need.ask': 'One ask for this group, big or small.',
  'checkin.prompt.need.unblock': 'What is one thing in your way that this group could help clear?',
  'checkin.prompt.need.bestWork': 'What do you need from us to do your best work this week?',

  'checkin.prompt.energy.level': 'How is your energy right now?',
  'checkin.prompt.energy.battery': 'How charged is your battery today?',
  'checkin.prompt.energy.focus': 'How ready are you to focus?',
  'checkin.prompt.energy.capacity': 'How much room do you have for new work this week?',
  'checkin.prompt.energy.calm': 'How calm do you feel?',
  'checkin.prompt.energy.rested': 'How rested are you today?',
  'checkin.prompt.energy.momentum': 'How much momentum do you feel in your work?',

  'checkin.prompt.pulse.freedomInclusion': 'Where do you need more — freedom or inclusion?',
  'checkin.prompt.pulse.freedomInclusionTeam': 'In this team right now, how much more freedom, and how much more inclusion, would help you?',
  'checkin.prompt.pulse.freedomInclusionWeek': 'Thinking of this week: how much more room to decide for yourself, and how much more to be included, do you need?',

  'checkin.part.rose': 'Rose: something that went well',
  'checkin.part.bud': 'Bud: something you look forward to',
  'checkin.part.thorn': 'Thorn: something that was hard',
  'checkin.part.success': 'A success',
  'checkin.part.struggle': 'A struggle',

  'checkin.scale.energy': 'Energy',
  'checkin.scale.energy.low': 'Running on empty',
  'checkin.scale.energy.high': 'Full of energy',
  'checkin.scale.battery.low': 'Empty',
  'checkin.scale.battery.high': 'Fully charged',
  'checkin.scale.focus.low': 'Scattered',
  'checkin.scale.focus.high': 'Ready to focus',
  'checkin.scale.capacity.low': 'No room at all',
  'checkin.scale.capacity.high': 'Plenty of room',
  'checkin.scale.calm.low': 'Stressed',
  'checkin.scale.calm.high': 'Calm',
  'checkin.scale.rested.low': 'Exhausted',
  'checkin.scale.rested.high': 'Well rested',
  'checkin.scale.momentum.low': 'Stuck',
  'checkin.scale.momentum.high': 'Flying',
  'checkin.scale.freedom': 'Freedom',
  'checkin.scale.freedom.low': 'I have enough freedom',
  'checkin.scale.freedom.high': 'I need much more freedom',
  'checkin.scale.inclusion': 'Inclusion',
  'checkin.scale.inclusion.low': 'I feel included enough',
  'checkin.scale.inclusion.high': 'I need to be much more included',
} as const;

export type CheckinMessageKey = keyof typeof en;

/** A translation of the check-in texts: every key of the English catalogue. */
export type CheckinMessages = Record<CheckinMessageKey, string>;
