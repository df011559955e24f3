/** English messages of presentations, shows, exhibitions and fax campaigns (invitees), spread into en.ts. */
export const enEvents = {
  'sheet.invitees': 'Invitees',
  'col.invitee.campaign': 'Campaign (ID)',
  'col.invitee.person': 'Person (ID)',
  'col.invitee.contact': 'Invitation (contact ID)',
  'col.client.campaign': 'Met at campaign (ID)',
  'col.campaign.followUpScheme': 'Follow-up scheme',
  'choice.inviteeStatus.invited': 'Invited',
  'choice.inviteeStatus.registered': 'Registered',
  'choice.inviteeStatus.attended': 'Attended',
  'choice.inviteeStatus.noShow': 'No-show',

  // The fax gateway, on the Settings page.
  'settings.outreach.faxGateway':
    'E-mail-to-fax gateway ({fax} stands for the number’s digits; blank for none)',
  'settings.error.notFaxGateway':
    '{field}: write an e-mail address with {fax} in it once, such as {fax}@fax.example.com, or leave it blank.',

  'menu.eventCampaign': 'Event or fax campaign…',
  'events.title': 'Event or fax campaign',
  'events.pick': 'Campaign',
  'events.pickNone': 'Pick a campaign…',
  'events.empty':
    'No presentation, show, exhibition or fax campaign yet: add one with Suki › Campaign… on one of those channels.',
  'events.counts': '{invited} invited, {registered} registered, {attended} attended, {noShow} no-show.',
  'events.followUpIs': 'Attendees are put on the scheme “{scheme}”.',
  'events.followUpNone':
    'No follow-up: name a scheme in the Campaigns sheet’s “Follow-up scheme” column to plan one for each attendee.',
  'events.refresh': 'Refresh',
  'events.noCampaign': 'Campaign: there is no campaign {id}.',
  'events.notEventCampaign':
    'Campaign: “{name}” is not a presentation, show, exhibition or fax campaign (e-mail has its own page).',
  'events.noAttendance':
    'Campaign: “{name}” is a fax campaign; attendance is for presentations, shows and exhibitions.',
  'events.noLeads': 'Campaign: leads are met at presentations, shows and exhibitions, and “{name}” is none.',
  'events.badPersonChoice': 'Whom at each client: choose the primary person or every decision maker.',
  'events.badChannel': 'Invite by: “{channel}” is neither the event’s own channel nor fax.',
  'events.purpose.invitation': 'Invitation: {name}',
  'events.purpose.met': 'Met at {name}',

  // Inviting.
  'events.invite.title': 'Invite clients',
  'events.invite.client': 'One client',
  'events.invite.personChoice': 'Whom at each client',
  'events.invite.primary': 'The primary person',
  'events.invite.decisionMakers': 'Every decision maker',
  'events.invite.channel': 'Invite by',
  'events.invite.button': 'Invite',
  'events.invite.working': 'Inviting…',
  'events.invite.line': '{count} clients: {parts}.',
  'events.invite.new': '{count} invited now',
  'events.invite.already': '{count} already invited',
  'events.invite.notYours': '{count} not yours to invite',
  'events.invite.optedOut': '{count} opted out (never faxed)',
  'events.invite.noFax': '{count} without a fax number',
  'events.invite.none': 'Nobody was invited. {line}',
  'events.invited': 'Invited {count} to “{name}”, each with a planned contact.',

  // Attendance.
  'events.list.title': 'Invitees',
  'events.list.empty': 'No one is invited yet.',
  'events.list.save': 'Save attendance',
  'events.list.saving': 'Saving…',
  'events.marked': 'Saved {count} changes of attendance for “{name}”.',
  'events.marked.logged':
    'Left {count} invitation contacts as they were: someone logged or cancelled them in the Contact plan.',
  'events.followUp.planned': 'Planned {rows} follow-up contacts for {clients} clients on “{scheme}”.',
  'events.followUp.missing': 'No follow-up was planned: there is no scheme “{scheme}” in the Schemes sheet.',
  'events.marks.notList': 'Attendance: send a list of at most {max} invitees.',
  'events.marks.noInvitee': 'Invitee: missing.',
  'events.marks.badStatus': 'Status: “{value}” is not invited, registered, attended or no-show.',
  'events.marks.unknown': 'Invitee: {id} is not an invitee of this campaign. Nothing was saved.',
  'events.marks.notYours': 'Invitee: {id} is a client of {owner}, not yours to mark. Nothing was saved.',

  // A lead met at the event.
  'events.lead.title': 'Add a lead met there',
  'events.lead.client': 'The company',
  'events.lead.person': 'The person met',
  'events.lead.save': 'Add the lead',
  'events.lead.saveAnyway': 'Save anyway',
  'events.lead.added': 'Added {id} as a lead met at “{name}”.',
  'events.lead.already': '{id} is already an invitee of this campaign.',
  'events.lead.notThisCampaign': 'Client: {id} was not met at this campaign.',
  'events.lead.partly':
    'The client {id} was saved, but its person and attendance were not: {reason} Press “Add the lead” again to finish.',

  // Fax invitations.
  'events.fax.printButton': 'Print fax invitations',
  'events.fax.sendButton': 'Send through the fax gateway',
  'events.fax.title': 'Fax invitations: {name}',
  'events.fax.print': 'Print',
  'events.fax.to': 'To',
  'events.fax.attention': 'Attention',
  'events.fax.number': 'Fax',
  'events.fax.from': 'From',
  'events.fax.date': 'Date',
  'events.fax.none': 'No invitation to fax: invite clients by fax first.',
  'events.fax.opened': 'Opened {count} fax invitations to print; log each one done when it is sent (My day).',
  'events.fax.leftOut': 'Left out: {parts}.',
  'events.fax.subject': 'Invitation: {{campaign.name}}',
  'events.fax.body':
    'Dear {{person.name|Sir or Madam}},\n\nWe are pleased to invite {{client.name}} to {{campaign.name}}. We would be glad to see you there.\n\nRespectfully,\n{{sender.name}}',
  'events.fax.optOut': 'To receive no more faxes from us, call or write to the sender.',
  'events.fax.noGateway':
    'No e-mail-to-fax gateway is set (Settings › Working days for planned contacts): print the invitations instead.',
  'events.fax.sentOutcome': 'Sent through the e-mail-to-fax gateway.',
  'events.fax.failedOutcome': 'The fax gateway refused it; try again or fax it by hand.',
  'events.fax.sent':
    'Faxed {sent} invitations through the gateway; {failed} refused; {left} left for another day (quota).',
} as const;
