import type { enRelationships } from './en.relationships';

/** Filipino messages of relationship health and the relationship suggestions (the keys of en.relationships.ts). */
export const filRelationships: Record<keyof typeof enRelationships, string> = {
  'relationship.card.title': 'Mga ugnayan',
  'relationship.card.suggestions': 'Paggamit sa mga ugnayan',
  'relationship.kind.referral': 'Referral',
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
  'relationship.basis.segment': 'segment',
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
};
