// The organizers' own invite content (what sits above the Teams meeting blob), written as Outlook stores HTML.

export const weeklyTeamMeetingIntro =
  '<div>\r\n<p>Our weekly sync: what moved, what is stuck, who needs help.</p>\r\n<h3>Agenda</h3>\r\n<ol>\r\n' +
  '<li>Wins of the week (10 min)</li>\r\n<li>Blockers and asks (20 min)</li>\r\n<li>Roadmap check (20 min)</li>\r\n<li>Open floor (10 min)</li>\r\n' +
  '</ol>\r\n</div>';

export const roadmapReviewIntro =
  '<div>\r\n<p>Quarterly look at the roadmap before we commit to the next quarter.</p>\r\n<h2>Agenda</h2>\r\n<ol>\r\n' +
  '<li>Where we are: what shipped, what slipped (10 min)</li>\r\n<li>Customer research highlights (15 min)</li>\r\n' +
  '<li>Priorities for next quarter (25 min)</li>\r\n<li>Decisions and owners (10 min)</li>\r\n</ol>\r\n</div>';

export const designCritiqueIntro = '<div>\r\n<p>Bring one screen you are unsure about. Ten minutes each, kind and specific.</p>\r\n</div>';

export const focusTimeIntro = '<div>\r\n<p>Heads-down time. No meetings, please.</p>\r\n</div>';

export const staffMeetingIntro =
  '<div>\r\n<p>Product leadership staff meeting: the week across our teams.</p>\r\n<h3>Agenda</h3>\r\n<ol>\r\n' +
  '<li>Check-in (5 min)</li>\r\n<li>Metrics and customer signals (15 min)</li>\r\n<li>Decisions we owe each other (30 min)</li>\r\n<li>Risks and asks (10 min)</li>\r\n' +
  '</ol>\r\n</div>';

export const designReviewIntro =
  '<div>\r\n<p>Research and design review: one study or flow per session, everyone weighs in.</p>\r\n<ol>\r\n' +
  '<li>What we learned (10 min)</li>\r\n<li>The design in question (20 min)</li>\r\n<li>Round of reactions (15 min)</li>\r\n</ol>\r\n</div>';

export const platformStandupIntro = '<div>\r\n<p>Platform standup: yesterday, today, blockers. Thirty minutes, hard stop.</p>\r\n</div>';
