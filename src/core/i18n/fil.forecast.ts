import type { enForecast } from './en.forecast';

/** Filipino messages of the reliability forecast, the credit checks and account health (the keys of en.forecast.ts). */
export const filForecast: Record<keyof typeof enForecast, string> = {
  'col.client.lateChance': 'Tsansang mahuli ang bayad (%)',
  'col.client.reliabilityBand': 'Antas ng panganib sa bayad',
  'choice.reliabilityBand.low': 'Mababa',
  'choice.reliabilityBand.medium': 'Katamtaman',
  'choice.reliabilityBand.high': 'Mataas',

  'sheet.evidence': 'Pagsusuri sa kredito',
  'menu.evidenceForm': 'Magtala ng pagsusuri sa kredito…',
  'col.evidence.checkedDate': 'Sinuri noong',
  'col.evidence.kind': 'Ebidensya',
  'col.evidence.outcome': 'Resulta',
  'col.evidence.source': 'Pinagmulan',
  'col.evidence.details': 'Detalye',
  'choice.evidenceKind.tradeReference': 'Sanggunian sa kalakalan',
  'choice.evidenceKind.registration': 'Pagsuri ng rehistro / TIN',
  'choice.evidenceKind.creditCheck': 'Ulat sa kredito',
  'choice.evidenceOutcome.good': 'Mabuti (nagbayad sa oras; rehistrado; maayos)',
  'choice.evidenceOutcome.bad': 'Masama (huli magbayad; hindi nakita; mahina)',

  'report.reliability.sheet': 'Pagiging maaasahan',
  'report.reliability.title':
    'Tantiya ng pagiging maaasahan: gaano kalamang na mahuli ang bawat kliyente sa susunod na bayad',
  'report.reliability.clients': 'Mga kliyente, pinakamalamang mahuli muna',
  'report.reliability.noteEmpty':
    'Wala pang bayad na nasuri, kaya ang bawat kliyente ay may patag na panimulang tantiya: 50%, saklaw 10–90%. Itala ang mga order kasama ang takdang petsa at petsa ng bayad, o mga pagsusuri sa kredito. Huli ang bayad kapag binayaran, o hindi pa bayad, nang higit {days} araw matapos ang takdang petsa.',
  'report.reliability.note':
    'Galing ang tsansa sa kasaysayan ng bayad ng ating mga kliyente (nahuli ang bayad ng karaniwang kliyente sa {bookLate}% ng invoice; {clients} kliyente, {invoices} invoice) at sa mga invoice at pagsusuri sa kredito ng bawat kliyente; mas mabigat ang mga kamakailan. Nasa loob ng saklaw ang tsansa 8 sa bawat 10 beses. Huli ang bayad kapag binayaran, o hindi pa bayad, nang higit {days} araw matapos ang takdang petsa.',
  'report.reliability.chance': 'Tsansang mahuli (%)',
  'report.reliability.low': 'Saklaw mula (%)',
  'report.reliability.high': 'Saklaw hanggang (%)',
  'report.reliability.evidence': 'Mga invoice at pagsusuri sa likod nito',
  'report.reliability.why': 'Bakit',
  'report.health.title': 'Kalagayan ng account (hindi kasama sa tantiya)',
  'report.health.note':
    'Sinusukat ng mga reklamo at obligasyon ang sarili nating serbisyo, ng mga buwan ng order ang ritmo ng kliyente, ng gamit sa kredito ang panganib nito: wala sa mga ito ang nagsasabi kung nagbabayad sa oras ang mamimili.',
  'report.health.claims': 'Reklamo bawat order',
  'report.health.obligations': 'Obligasyong natupad (%)',
  'report.health.months': 'Mga buwang may order',
  'report.health.xyz': 'Klase sa XYZ',
  'report.health.credit': 'Gamit sa credit limit (%)',

  'explain.history.late': 'nahuli ang bayad sa {late} sa {invoices} invoice, {days} araw sa karaniwan',
  'explain.history.oneLate': 'nahuli ang bayad sa nag-iisang invoice nito, {days} araw',
  'explain.history.onTime': 'nagbayad sa oras sa lahat ng {invoices} invoice',
  'explain.history.oneOnTime': 'nagbayad sa oras sa nag-iisang invoice nito',
  'explain.history.lateUnpaid':
    'nahuli ang bayad sa {late} sa {invoices} invoice, {days} araw sa karaniwan, {count} sa mga ito ang hindi pa bayad',
  'explain.noPayments': 'wala pang bayad',
  'explain.forecast': '{chance}% ang tsansang mahuli ang susunod na bayad (80% saklaw {low}–{high}%)',
  'explain.prior':
    'wala pang kasaysayan: ang panimulang tantiya mula sa ating mga kliyente para sa {groups}: {chance}% (saklaw {low}–{high}%)',
  'explain.priorBook':
    'wala pang kasaysayan: ang panimulang tantiya mula sa ating mga kliyente: {chance}% (saklaw {low}–{high}%)',
  'explain.evidence': '{kind} {outcome} ×{count}',
  'explain.evidence.good': 'mabuti',
  'explain.evidence.bad': 'masama',
  'explain.hint': 'magdagdag ng trade reference para paliitin ito',
  'explain.turn':
    'kamakailan, nahuli ang bayad sa {recentLate} sa huling {recentInvoices}, matapos ang {earlierLate} sa {earlierInvoices} dati',
  'explain.age.young': 'wala pang 3 taon sa negosyo',
  'explain.age.established': '3–10 taon sa negosyo',
  'explain.age.old': 'higit 10 taon sa negosyo',

  'card.reliability': 'Tantiya ng pagiging maaasahan',
  'card.health': 'Kalagayan ng account',
  'card.health.claims': 'Reklamo bawat order: {rate} ({claims} reklamo, {orders} order)',
  'card.health.obligations': 'Obligasyong natupad sa oras: {share}% ({kept} sa {assessed})',
  'card.health.months': 'May order sa {months} sa huling {of} buwan (XYZ {xyz})',
  'card.health.credit': 'Gamit sa credit limit: {share}% ({outstanding} hindi pa bayad sa {limit})',
  'card.health.none': 'Wala pang masusukat.',

  'ruleName.riskyCreditTerms': 'Bagong mamimili na naka-kredito, malamang mahuli',
  'rule.riskyCreditTerms':
    'Bago ang {client} ({invoices} invoice pa lang) at bumibili nang naka-kredito, pero {chance}% ang tsansang mahuli ang susunod na bayad (80% saklaw {low}–{high}%): suriin muna ang isang trade reference o humingi ng deposito.',
  'ruleName.paymentsTurnedLate': 'Mabuting nagbabayad na nahuhuli na',
  'rule.paymentsTurnedLate':
    'Nahuli ang bayad ng {client} sa {earlierLate} sa {earlierInvoices} invoice dati, pero sa {recentLate} sa huling {recentInvoices}: itanong kung ano ang nagbago bago ang susunod na paghahatid na naka-kredito ({chance}% ang tsansang mahuli ngayon).',

  'setup.retiredHeader': '{label} (hindi na ina-update)',
  'setup.retiredColumn':
    'Hindi na ina-update ang hanay na “{label}” ng {table} (pinalitan ito ng tantiya ng pagiging maaasahan); iniwan ang mga halaga nito.',
  'settings.group.reliability': 'Tantiya ng pagiging maaasahan',
  'settings.reliability.lateAfterDays': 'Huli kapag binayaran nang higit (araw matapos ang takdang petsa)',
  'settings.reliability.halfLifeDays': 'Kalahati na lang ang bigat ng bayad matapos (araw)',
  'settings.reliability.mediumFrom': 'Katamtamang antas mula (% tsansa)',
  'settings.reliability.highFrom': 'Mataas na antas mula (% tsansa)',
  'settings.recommendations.newClientInvoices': 'Bago ang kliyente kapag mas kaunti ang invoice sa',
};
