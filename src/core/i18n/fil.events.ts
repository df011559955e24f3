import type { enEvents } from './en.events';

/** Filipino messages of presentations, shows, exhibitions and fax campaigns (the keys of en.events.ts). */
export const filEvents: Record<keyof typeof enEvents, string> = {
  'sheet.invitees': 'Mga Inimbitahan',
  'col.invitee.campaign': 'Kampanya (ID)',
  'col.invitee.person': 'Tao (ID)',
  'col.invitee.contact': 'Paanyaya (ID ng kontak)',
  'col.client.campaign': 'Nakilala sa kampanya (ID)',
  'col.campaign.followUpScheme': 'Iskema ng pag-follow up',
  'choice.inviteeStatus.invited': 'Inimbitahan',
  'choice.inviteeStatus.registered': 'Nakarehistro',
  'choice.inviteeStatus.attended': 'Dumalo',
  'choice.inviteeStatus.noShow': 'Hindi dumating',

  'settings.outreach.faxGateway':
    'Gateway ng e-mail papuntang fax (ang {fax} ay ang mga digit ng numero; iwanang blangko kung wala)',
  'settings.error.notFaxGateway':
    '{field}: isulat ang isang e-mail address na may {fax} nang isang beses, gaya ng {fax}@fax.example.com, o iwanang blangko.',

  'menu.eventCampaign': 'Kampanyang event o fax…',
  'events.title': 'Kampanyang event o fax',
  'events.pick': 'Kampanya',
  'events.pickNone': 'Pumili ng kampanya…',
  'events.empty':
    'Wala pang presentasyon, palabas, eksibisyon o kampanyang fax: magdagdag sa Suki › Kampanya… sa isa sa mga channel na iyon.',
  'events.counts':
    '{invited} inimbitahan, {registered} nakarehistro, {attended} dumalo, {noShow} hindi dumating.',
  'events.followUpIs': 'Ang mga dumalo ay isasama sa iskemang “{scheme}”.',
  'events.followUpNone':
    'Walang follow-up: pangalanan ang isang iskema sa hanay na “Iskema ng pag-follow up” ng sheet ng Mga Kampanya para makapagplano para sa bawat dumalo.',
  'events.refresh': 'I-refresh',
  'events.noCampaign': 'Kampanya: walang kampanyang {id}.',
  'events.notEventCampaign':
    'Kampanya: ang “{name}” ay hindi presentasyon, palabas, eksibisyon o kampanyang fax (may sariling pahina ang e-mail).',
  'events.noAttendance':
    'Kampanya: kampanyang fax ang “{name}”; ang pagdalo ay para sa mga presentasyon, palabas at eksibisyon.',
  'events.noLeads':
    'Kampanya: ang mga lead ay nakikilala sa mga presentasyon, palabas at eksibisyon, at hindi ganoon ang “{name}”.',
  'events.badPersonChoice': 'Sino sa bawat kliyente: piliin ang pangunahing tao o bawat nagpapasya.',
  'events.badChannel':
    'Imbitahan sa pamamagitan ng: ang “{channel}” ay hindi sariling channel ng event at hindi fax.',
  'events.purpose.invitation': 'Paanyaya: {name}',
  'events.purpose.met': 'Nakilala sa {name}',

  'events.invite.title': 'Mag-imbita ng mga kliyente',
  'events.invite.client': 'Isang kliyente',
  'events.invite.personChoice': 'Sino sa bawat kliyente',
  'events.invite.primary': 'Ang pangunahing tao',
  'events.invite.decisionMakers': 'Bawat nagpapasya',
  'events.invite.channel': 'Imbitahan sa pamamagitan ng',
  'events.invite.button': 'Mag-imbita',
  'events.invite.working': 'Nag-iimbita…',
  'events.invite.line': '{count} kliyente: {parts}.',
  'events.invite.new': '{count} inimbitahan ngayon',
  'events.invite.already': '{count} naimbitahan na',
  'events.invite.notYours': '{count} hindi mo maiimbitahan',
  'events.invite.optedOut': '{count} ayaw nang padalhan (hindi kailanman pinapadalhan ng fax)',
  'events.invite.noFax': '{count} walang numero ng fax',
  'events.invite.none': 'Walang naimbitahan. {line}',
  'events.invited': 'Naimbitahan ang {count} sa “{name}”, bawat isa may nakaplanong kontak.',

  'events.list.title': 'Mga inimbitahan',
  'events.list.empty': 'Wala pang naiimbitahan.',
  'events.list.save': 'I-save ang pagdalo',
  'events.list.saving': 'Sine-save…',
  'events.marked': 'Na-save ang {count} pagbabago sa pagdalo para sa “{name}”.',
  'events.marked.logged':
    'Hindi binago ang {count} kontak ng imbitasyon: naitala na o kinansela ito ng isang tao sa Plano ng kontak.',
  'events.followUp.planned':
    'Naiplano ang {rows} kontak na follow-up para sa {clients} kliyente sa “{scheme}”.',
  'events.followUp.missing':
    'Walang naiplanong follow-up: walang iskemang “{scheme}” sa sheet ng Mga Iskema.',
  'events.marks.notList': 'Pagdalo: magpadala ng listahan ng hanggang {max} inimbitahan.',
  'events.marks.noInvitee': 'Inimbitahan: kulang.',
  'events.marks.badStatus':
    'Katayuan: ang “{value}” ay hindi inimbitahan, nakarehistro, dumalo o hindi dumating.',
  'events.marks.unknown': 'Inimbitahan: ang {id} ay hindi inimbitahan ng kampanyang ito. Walang na-save.',
  'events.marks.notYours':
    'Inimbitahan: ang {id} ay kliyente ni {owner}, hindi mo ito mamarkahan. Walang na-save.',

  'events.lead.title': 'Magdagdag ng lead na nakilala roon',
  'events.lead.client': 'Ang kumpanya',
  'events.lead.person': 'Ang taong nakilala',
  'events.lead.save': 'Idagdag ang lead',
  'events.lead.saveAnyway': 'I-save pa rin',
  'events.lead.added': 'Naidagdag ang {id} bilang lead na nakilala sa “{name}”.',
  'events.lead.already': 'Inimbitahan na ng kampanyang ito ang {id}.',
  'events.lead.notThisCampaign': 'Kliyente: ang {id} ay hindi nakilala sa kampanyang ito.',
  'events.lead.partly':
    'Na-save ang kliyenteng {id}, pero hindi ang tao at pagdalo nito: {reason} Pindutin muli ang “Idagdag ang lead” para tapusin.',

  'events.fax.printButton': 'I-print ang mga paanyaya sa fax',
  'events.fax.sendButton': 'Ipadala sa gateway ng fax',
  'events.fax.title': 'Mga paanyaya sa fax: {name}',
  'events.fax.print': 'I-print',
  'events.fax.to': 'Para kay',
  'events.fax.attention': 'Atensyon',
  'events.fax.number': 'Fax',
  'events.fax.from': 'Mula kay',
  'events.fax.date': 'Petsa',
  'events.fax.none': 'Walang paanyayang ipa-fax: mag-imbita muna ng mga kliyente sa pamamagitan ng fax.',
  'events.fax.opened':
    'Nabuksan ang {count} paanyaya sa fax para i-print; markahang tapos ang bawat isa kapag naipadala na (Ang araw ko).',
  'events.fax.leftOut': 'Hindi isinama: {parts}.',
  'events.fax.subject': 'Paanyaya: {{campaign.name}}',
  'events.fax.body':
    'Mahal na {{person.name|Ginoo o Ginang}},\n\nIkinagagalak naming imbitahan ang {{client.name}} sa {{campaign.name}}. Ikasisiya naming makita kayo roon.\n\nLubos na gumagalang,\n{{sender.name}}',
  'events.fax.optOut':
    'Kung ayaw na ninyong makatanggap ng fax mula sa amin, tumawag o sumulat sa nagpadala.',
  'events.fax.noGateway':
    'Walang nakatakdang gateway ng e-mail papuntang fax (Settings › Mga araw ng trabaho para sa mga nakaplanong kontak): i-print na lang ang mga paanyaya.',
  'events.fax.sentOutcome': 'Naipadala sa gateway ng e-mail papuntang fax.',
  'events.fax.failedOutcome': 'Tinanggihan ito ng gateway ng fax; subukan muli o i-fax nang mano-mano.',
  'events.fax.sent':
    'Na-fax ang {sent} paanyaya sa gateway; {failed} ang tinanggihan; {left} ang naiwan para sa ibang araw (quota).',
};
