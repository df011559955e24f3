/** English messages of the people at each client, spread into en.ts. */
export const enPeople = {
  'sheet.people': 'People',
  'menu.personForm': 'Person at a client…',
  'form.person.title': 'Person at a client',
  'col.person.name': 'Person',
  'col.person.position': 'Position',
  'col.person.buyingRole': 'Role in the decision',
  'col.person.preferredChannel': 'Preferred channel',
  'col.person.language': 'Language',
  'col.person.optedOut': 'Opted out of mail',
  'col.person.primary': 'Primary person',
  'col.contact.person': 'With (person ID)',
  'choice.buyingRole.decisionMaker': 'Decision maker',
  'choice.buyingRole.influencer': 'Influencer',
  'choice.buyingRole.user': 'User',
  'choice.buyingRole.gatekeeper': 'Gatekeeper',
  'choice.buyingRole.other': 'Other',
  'choice.personLanguage.en': 'English',
  'choice.personLanguage.fil': 'Filipino',
  'choice.yesNo.yes': 'Yes',
  'choice.yesNo.no': 'No',
  'choice.personStatus.active': 'Works there',
  'choice.personStatus.left': 'Left',
  'people.stayOptedOut':
    '{field}: this person opted out of mail, and stays opted out; record a new opt-in only if they ask for mail again in writing.',
  'setup.peopleMoved':
    'Moved the contact persons of {count} clients into the People table (nothing was removed from Clients).',
} as const;
