/**
 * English messages of the team: roles, absences and deputies, identity. Part of the one catalog
 * (en.ts spreads it in); fil.team.ts holds the same keys in Filipino.
 */
export const enTeam = {
  'sheet.absences': 'Absences',
  'col.absence.manager': 'Absent manager',
  'col.absence.from': 'First day',
  'col.absence.to': 'Last day',
  'col.absence.reason': 'Reason',
  'col.absence.deputy': 'Deputy',
  'col.audit.capacity': 'As',
  'choice.absenceReason.illness': 'Illness',
  'choice.absenceReason.vacation': 'Vacation',
  'choice.absenceReason.other': 'Other',

  'menu.team': 'Team',
  'menu.teamForm': 'Appoint a team member…',
  'menu.absenceForm': 'Record an absence…',
  'menu.dismiss': 'Dismiss a team member…',
  'menu.identify': 'Tell Suki who you are…',
  'form.section.absence': 'Absence',

  'access.hiddenEmail':
    'Google does not tell Suki who you are (this happens with personal accounts outside the spreadsheet’s domain). Choose Suki › Help › Tell Suki who you are… and give your e-mail address once.',
  'access.notOnTeam':
    '{email} is not on this workbook’s team, so Suki cannot do this for you. Ask a head to appoint you (Suki › Team › Appoint a team member…).',
  'access.headOnly': 'Only a head of the team can do this; {email} is a manager.',
  'access.unverifiedHead':
    'Suki cannot confirm that you are {email}, so a head’s rights are not given. Open the spreadsheet signed in with that Google account.',
  'access.notYours':
    '{id} is the work of {owner}. A manager works on their own clients and on those they cover as a deputy; ask {owner} or a head.',
  'access.clientNotYours':
    '{field}: {id} is a client of {owner}. You can add work only to your own clients and to those you cover as a deputy.',
  'access.ownerNotAllowed':
    '{field}: a manager can give work only to themselves or keep it with the manager they cover; a head can give it to anyone on the team.',
  'access.ownerNotOnTeam': '{field}: {email} is not an active member of the team.',
  'access.setUpHeadOnly': 'Only a head of the team can set up or repair the workbook.',

  'error.headMustFinish':
    'A change a head was making was interrupted, and only a head can finish undoing it. Ask a head to open Suki (any action will do); nothing of yours was written.',
  'setup.protectionsFailed':
    'Suki could not protect the Team and Absences sheets for the heads ({detail}). Suki still checks every action; run Set up workbook again later.',
  'team.sheetsLocked':
    'Suki cannot write the Team and Absences sheets for you: their protection does not list you. Run Suki › Set up workbook, then try again.',
  'team.emailTaken': '{field}: {email} is already on the team ({id}).',
  'team.emailFixed':
    '{field}: a member’s e-mail cannot change, since their work is filed under it. Appoint the new address and dismiss the old one.',
  'team.archiveNotAllowed':
    'A team member is not archived: use Suki › Team › Dismiss a team member…, which hands their work over first.',
  'team.ownRole': '{field}: no one changes their own role; ask another head.',
  'team.lastHead': '{field}: the team must keep at least one head.',
  'team.notYourself': 'You cannot dismiss yourself; ask another head.',
  'team.dismissUnknown': '{email} is not an active member of the team.',
  'team.successorInvalid': 'Choose who takes over: another active member of the team.',
  'team.dismissed': 'Dismissed {email}: {clients} clients and {items} open items now belong to {successor}.',
  'team.firstHead': 'You are the first head of this workbook’s team ({email}).',

  'absence.notManager': '{field}: {email} is not an active manager.',
  'absence.deputyInvalid': '{field}: the deputy must be another active member of the team.',
  'absence.order': '{field}: the last day cannot be before the first day.',
  'absence.overlap': '{field}: {manager} is already absent from {from} to {to} ({id}).',

  'identity.title': 'Who are you?',
  'identity.prompt':
    'Google does not show Suki your e-mail address. Type it once: Suki keeps it for you alone, and marks what you do as unverified in the audit log.',
  'identity.saved': 'Suki will know you as {email} (unverified).',
  'identity.notNeeded': 'Google already tells Suki that you are {email}.',
  'identity.invalid': 'That is not an e-mail address; nothing was kept.',

  'dismiss.title': 'Dismiss a team member',
  'dismiss.member': 'Team member to dismiss',
  'dismiss.successor': 'Their clients and open work go to',
  'dismiss.run': 'Dismiss and move their work',
  'dismiss.confirm':
    'Dismiss {member}? Their clients and open work go to {successor}. Press the button again to confirm.',
  'dismiss.running': 'Dismissing and moving their work…',
  'dismiss.none': 'There is no one else to dismiss.',

  'picker.covering': 'covering for {owner}',
} as const;
