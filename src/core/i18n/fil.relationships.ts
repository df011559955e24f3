import type { enRelationships } from './en.relationships';

/**
 * Filipino messages of relationship health, the relationship suggestions and the relationship plan's
 * sidebar (the keys of en.relationships.ts).
 */
export const filRelationships: Record<keyof typeof enRelationships, string> = {
  'relationship.card.title': 'Mga ugnayan',
  'relationship.card.suggestions': 'Paggamit sa mga ugnayan',
  'relationship.kind.referral': 'Rekomendasyon',
  'relationship.kind.crossSell': 'Karagdagang alok',
  'relationship.kind.revive': 'Pagbuhay muli',
  'relationship.flag.stale': 'Mga nagpapasyang hindi nakausap',
  'relationship.flag.single': 'Iisang kontak lamang',
  'relationship.flag.keyPersonLeft': 'Umalis ang pangunahing nagpapasya',
  'relationship.flag.noDecisionMaker': 'Walang nagpapasya',
  'relationship.flag.noPeople': 'Walang nakatalang tao',

  'relationship.role.decisionMaker': 'nagpapasya',
  'relationship.role.influencer': 'nakaiimpluwensiya',
  'relationship.role.user': 'gumagamit',
  'relationship.role.gatekeeper': 'tagabantay',
  'relationship.personRole': '{name} ({role})',

  'relationship.health.lastContact': '{person}: huling nakausap noong {date}, {days} araw na ang nakalipas',
  'relationship.health.neverContacted': '{person}: hindi pa nakakausap',
  'relationship.health.stale':
    'Hindi nakausap si {person} sa loob ng {days} araw ({threshold} o higit pa): magplano ng kontak.',
  'relationship.health.staleNever': 'Hindi pa kailanman nakausap si {person}: magplano ng kontak.',
  'relationship.health.single':
    'Walang ibang kakilala sa {client} maliban kay {person}: iisa lamang ang kontak.',
  'relationship.health.keyPersonLeft':
    'Umalis na si {person} sa {client}, at wala nang nagpapasya roon: alamin kung sino ang pumalit.',
  'relationship.health.noDecisionMaker':
    'Walang kilalang nagpapasya sa {client}: itanong kung sino ang nagpapasya.',
  'relationship.health.noPeople':
    'Walang nakatalang tao sa {client}: idagdag kung sino ang nagpapasya, nakaiimpluwensiya at gumagamit.',
  'relationship.health.ok': 'Nakausap ang bawat nagpapasya sa {client} sa nakaraang {days} araw.',

  'relationship.referral':
    'Hilingin kay {person} ng {client} ang isang referral o trade reference: {abc}-kliyente sa loob ng {years} taon, nagbabayad sa oras ({late}% tsansang mahuli), walang bukas na reklamo.',
  'relationship.crossSell':
    'Ialok ang {category} sa {client}: {buyers} sa {peers} na katulad na kliyente ({share}%, parehong {basis} na “{group}”) ang bumibili nito, ang {client} ay hindi pa.',
  'relationship.basis.segment': 'segmento',
  'relationship.basis.industry': 'industriya',
  'relationship.through': 'Kausapin si {person}.',
  'relationship.revive': 'Buhayin muli ang ugnayan: {reason}; {via}.',
  'relationship.revive.dormant': 'nakamarkang tulog (dormant) ang {client}',
  'relationship.revive.noOrders': 'hindi nag-order ang {client} sa loob ng {days} araw',
  'relationship.revive.lastOrder': 'huling order noong {date}',
  'relationship.revive.viaResponder':
    'lapitan sa pamamagitan ni {person}, na huling tumugon noong {date} ({days} araw na ang nakalipas)',
  'relationship.revive.viaPrimary': 'lapitan sa pamamagitan ni {person}, ang pangunahing tao roon',
  'relationship.revive.viaDecisionMaker': 'lapitan sa pamamagitan ni {person}, na nagpapasya roon',
  'relationship.revive.viaNone':
    'walang nakatalang taong nagtatrabaho pa roon: alamin kung sino ang kakausapin',
  'relationship.callInstead': 'Ayaw padalhan ng mail si {name}: tawagan na lamang.',

  'relationship.purpose.referral': 'Humingi ng referral o trade reference',
  'relationship.purpose.crossSell': 'Ialok ang {category}',
  'relationship.purpose.revive': 'Buhayin muli ang ugnayan',

  'plan.pickClient':
    'Pumili ng kliyente, o pumili ng hilera ng kliyente bago buksan ang plano ng ugnayan nito.',
  'plan.open': 'Buksan ang plano ng ugnayan',
  'plan.new': 'Wala pang aktibong plano: isulat ang layunin at i-save para magsimula ng isa.',
  'plan.editing': 'Plano {id}',
  'plan.people': 'Mga taong kailangan',
  'plan.people.none':
    'Wala pang nakatalang tao sa kliyenteng ito: magdagdag gamit ang “Tao sa isang kliyente…”.',
  'plan.people.elsewhere': '{id} (wala sa kliyenteng ito)',
  'plan.opportunities': 'Mga pagkakataon (bukas na deal)',
  'plan.deal.nextStep': 'susunod: {step}',
  'plan.risks': 'Mga panganib',
  'plan.risk.claim': 'Bukas na reklamo {id}: {category}, natanggap noong {date}.',
  'plan.risk.claimDue':
    'Bukas na reklamo {id}: {category}, natanggap noong {date}, dapat malutas bago ang {due}.',
  'plan.risk.obligation':
    'Lampas na obligasyon {id}: {obligation}, takda noong {date} ({days} araw nang lampas).',
  'plan.risk.lateLikely':
    'Malamang mahuli ang bayad: {chance}% ang tsansang mahuli ang bayad sa susunod na invoice (80% saklaw {low}–{high}%).',
  'plan.risk.turnedLate':
    'Nahuhuli na ang mga bayad: {recentLate} sa huling {recentInvoices} invoice ang nahuli, matapos ang {earlierLate} lamang sa {earlierInvoices} dati.',
  'plan.actions': 'Mga nakaplanong aksiyon',
  'plan.action.overdue': 'lampas na',
  'plan.action.more': '… at {count} pa sa Plano ng kontak.',
  'plan.action.add': 'Magdagdag ng aksiyon',
  'plan.action.person': 'Kausap',
  'plan.action.nobody': '— walang tiyak na tao —',
  'plan.action.save': 'Idagdag ang aksiyon',
};
