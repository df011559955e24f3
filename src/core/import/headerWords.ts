import type { MessageKey } from '../i18n/en';
import { allTranslations } from '../i18n/translate';
import type { ColumnSpec, TableSpec } from '../tables/tableSpec';

/** Header words, comma-separated, lowercase and without diacritics; a list when one line is too short. */
type Words = string | readonly string[];

/** Words for a label that means different things in different tables, by table key. */
interface WordsByTable {
  readonly byTable: Readonly<Record<string, Words>>;
}

/**
 * Extra words people put in headers for a column, by the column's label, in English and
 * Filipino/Taglish. A column's own labels in every language and its key always count, so only extras
 * are listed. An entry holds for every table with that label, except `byTable` entries (the
 * "name" label is a client's name in Clients, a campaign's in Campaigns).
 */
const HEADER_WORDS: { readonly [K in MessageKey]?: Words | WordsByTable } = {
  'col.client.name': {
    byTable: {
      clients: [
        'company, company name, kumpanya, kompanya, pangalan ng kumpanya, pangalan ng kompanya, customer',
        'customer name, client, client name, kliyente, pangalan ng kliyente, suki, business name',
        'pangalan ng negosyo, account name, firm, trade name, registered name, establishment',
      ],
      competitors:
        'competitor, competitor name, kakumpitensya, kakumpitensiya, kalaban, company, kumpanya, brand',
      campaigns: 'campaign, campaign name, kampanya, pangalan ng kampanya, title, pamagat, event, activity',
    },
  },
  'col.client.status': 'kalagayan, estado, client status, account status, state',
  'col.client.segment': 'market segment, customer segment, segmento, client segment',
  'col.client.industry': [
    'industry, sector, sektor, linya ng negosyo, line of business, nature of business, type of business',
    'business type, uri ng negosyo, kind of business, larangan',
  ],
  'col.client.tier':
    'level, class, klase, grade, rank, ranggo, customer tier, client tier, kategorya ng kliyente',
  'col.client.needs': 'requirements, requirement, pangangailangan, kailangan, interests, interes',
  'col.client.region': [
    'rehiyon, lalawigan, probinsya, probinsiya, province, area, lugar, location, lokasyon',
    'territory, teritoryo, city, lungsod, siyudad, bayan, municipality, munisipyo',
  ],
  'col.client.leadSource': 'source, pinagmulan, lead, lead from, how found, paano nakilala, saan nalaman',
  'col.owner': [
    'account manager, am, kam, sales rep, sales representative, salesman, salesperson, sales agent',
    'agent, ahente, tagapamahala, handled by, hawak ni, assigned to, in charge, account executive, ae',
    'responsable, owner email',
  ],
  'col.client.contactPerson': [
    'contact, contact name, contact persons, kinatawan, kontak, taong kontak, kausap, pangalan ng kontak',
    'representative, authorized representative',
  ],
  'col.client.email': [
    'email, e mail, email address, e mail address, email add, correo, correo electronico, mail, emel, imeyl',
    'contact email, contact person email',
  ],
  'col.client.phone': [
    'telepono, phone, phone no, phone number, telephone, tel, tel no, mobile, mobile no, mobile number',
    'cellphone, cellphone no, cell, cell no, cel no, cp, cp no, selpon, contact no, contact number',
    'landline, numero ng telepono, contact phone, contact person phone',
  ],
  'col.client.fax': 'fax no, fax number, facsimile, telefax',
  'col.client.website': 'web, site, url, web site, webpage, homepage, web address, websayt',
  'col.client.taxNumber': [
    'tin, tin no, tin number, tax number, tax no, tax id, tax identification number, bir tin',
    'vat no, vat number, vat reg tin, registration no, registration number, numero ng rehistro',
    'sec no, sec registration, dti no, dti registration, business registration',
  ],
  'col.client.yearFounded': [
    'itinatag, founded, year founded, taon itinatag, taon ng pagkatatag, established, year established',
    'date established, since, year started, founding year, itinayo, taon, year',
  ],
  'col.client.creditLimit':
    'credit line, credit, kredito, limit, credit ceiling, max credit, credit limit php',
  'col.client.paymentTermsDays': [
    'terms, term, payment terms, payment term, credit terms, terms days, araw ng bayad, palugit',
    'net days, days, araw, terms of payment',
  ],
  'col.client.competitors':
    'competitors, competition, kakumpitensya, kakumpitensiya, kalaban, current supplier',
  'col.client.goal': 'goal, goals, layunin, target, objective, mithiin',
  'col.client.nextStep': 'next action, susunod, next, follow up, action, gagawin, to do',
  'col.client.nextContactDate': [
    'next contact, susunod na kontak, follow up date, next call, next visit, next meeting',
    'petsa ng follow up',
  ],
  'col.notes': 'tala, notes, note, remarks, remark, puna, komento, comment, comments, memo, obserbasyon',
  'col.clientRef': [
    'customer, kliyente, suki, company, kumpanya, kompanya, account, buyer, mamimili, customer name',
    'client name, client id, customer id, client code, customer code, account name, company name',
    'pangalan ng kliyente, pangalan ng kumpanya, sold to, bill to, billed to',
  ],
  'col.contact.plannedDate': [
    'date, petsa, planned, planned date, scheduled, schedule, iskedyul, contact date, petsa ng kontak',
    'target date, visit date, call date',
  ],
  'col.channel': 'paraan, medium, via, mode, contact type, activity type, paraan ng pakikipag ugnayan',
  'col.contact.purpose': 'purpose, layunin, objective, agenda, reason, dahilan, topic, paksa, subject',
  'col.contact.scheme': 'program, programa, sequence, cadence, plan, plano',
  'col.contact.step': 'step no, sequence no, hakbang blg',
  'col.contact.schemeStart': 'program start, sequence start, cadence start, started, sinimulan',
  'col.scheme.name': 'program, programa, sequence, cadence, iskema',
  'col.scheme.dayOffset': 'day, days, day no, offset, after days, araw, ika-ilang araw',
  'col.scheme.stopWhen': 'stop, stop if, stop condition, ihinto kung, hinto',
  'col.status': 'kalagayan, estado, state, sitwasyon',
  'col.contact.doneDate': [
    'done, done on, date done, completed, date completed, completion date, natapos, tapos noong',
    'actual date, date held, fulfilled, natupad',
  ],
  'col.contact.outcome': 'outcome, result, results, resulta, minutes, discussion, napag usapan',
  'col.claim.receivedDate': [
    'date, petsa, date received, received date, received on, date filed, date reported, reported',
    'complaint date, claim date, petsa ng reklamo, natanggap',
  ],
  'col.claim.category': 'type, uri, complaint type, claim type, uri ng reklamo, issue type, classification',
  'col.claim.severity': 'priority, priyoridad, urgency, level, impact, kalubhaan',
  'col.claim.description': [
    'details, detalye, complaint, reklamo, issue, problem, problema, claim, concern, hinaing',
    'claim details, complaint details',
  ],
  'col.claim.amountClaimed': 'amount, halaga, claimed amount, claim amount, value',
  'col.contractRef': [
    'contract, contract no, contract number, contract id, kontrata, numero ng kontrata, po no, po number',
    'reference, reference no, ref, ref no',
  ],
  'col.claim.slaDueDate': 'sla, due, due date, deadline, sla deadline, target resolution date, palugit',
  'col.claim.resolvedDate': 'date resolved, resolved on, closed, date closed, closed on, nalutas, settled',
  'col.claim.resolution': 'action taken, aksyon, aksiyon, remedy, lunas, settlement',
  'col.claim.compensation': 'refund, credit note, reimbursement, danyos, kabayaran, bayad pinsala',
  'col.claim.rootCause': 'cause, sanhi, dahilan, reason, ugat',
  'col.deal.title': [
    'deal, deal name, opportunity, oportunidad, project, proyekto, subject, description, paglalarawan',
    'offer, alok',
  ],
  'col.deal.stage': 'status, kalagayan, pipeline stage, phase, estado',
  'col.deal.value': 'amount, total, deal value, deal size, estimated value, contract value, expected revenue',
  'col.deal.expectedClose': 'close date, closing date, target close, expected close date, petsa ng pagsara',
  'col.deal.competitor': 'kakumpitensya, kalaban, competition, against',
  'col.deal.lossReason': 'reason lost, lost reason, why lost, reason, dahilan, bakit natalo',
  'col.order.orderDate': [
    'date, petsa, invoice date, petsa ng invoice, date ordered, date of invoice, si date, sales invoice date',
    'transaction date, billing date, petsa ng benta',
  ],
  'col.order.amount': [
    'total, kabuuan, kabuuang halaga, invoice amount, total amount, net amount, gross amount, sales, benta',
    'value, amount due, invoice total, halaga ng invoice',
  ],
  'col.order.productCategory': [
    'product, category, produkto, kategorya, product line, product type, item, items, paninda',
    'uri ng produkto',
  ],
  'col.order.invoiceDueDate': [
    'due date, due, takdang petsa, petsa ng bayad due, due on, payment due, maturity, maturity date',
    'takdang bayad, deadline, dapat bayaran',
  ],
  'col.order.paidDate': [
    'date paid, paid on, petsa ng bayad, binayaran, payment date, date of payment, petsa ng pagbayad',
    'collected, collection date, petsa ng koleksyon, or date',
  ],
  'col.order.invoiceNumber': [
    'invoice no, invoice number, invoice, inv no, si no, sales invoice, sales invoice no, or no, numero ng invoice',
    'blg ng invoice, resibo, num, doc no, document no, document number, ref no, reference no, transaction no',
  ],
  'col.contact.person': 'person, person id, contact person, kausap, with, attendee, contact with',
  'col.plan.objective': 'objective, goal, layunin, aim, target, plan, plano',
  'col.plan.periodEnd': 'period end, until, hanggang, end of period, deadline, target date',
  'col.plan.people': 'people, key people, contacts, mga tao, stakeholders, depends on',
  'col.plan.reviewDate': 'review, review date, next review, susuriin, petsa ng pagsusuri',
  'col.person.name': [
    'name, contact, contact person, contact name, full name, pangalan, taong kontak, kinatawan',
    'representative, attention, attn',
  ],
  'col.person.position': 'position, title, job title, designation, role, posisyon, katungkulan, tungkulin',
  'col.person.buyingRole': 'buying role, decision role, papel, role in decision, buying center role',
  'col.person.preferredChannel': 'preferred channel, channel, contact by, paraan ng kontak, gustong paraan',
  'col.person.language': 'language, wika, lang',
  'col.person.optedOut': 'opted out, opt out, unsubscribed, do not mail, no mail, ayaw ng mail',
  'col.person.primary': 'primary, main contact, pangunahin, primary contact',
  'col.obligation.obligation': 'commitment, pangako, deliverable, promise, task, gawain, description',
  'col.obligation.dueDate': 'due, deadline, date, petsa, target date, due on',
  'col.evidence.checkedDate': [
    'checked, date checked, check date, date, petsa, sinuri, petsa ng pagsusuri, date of check',
    'report date, inquiry date',
  ],
  'col.evidence.kind': 'kind, type, uri, evidence type, check type, uri ng pagsusuri, ebidensiya',
  'col.evidence.outcome': 'result, resulta, finding, findings, rating, natuklasan, verdict, standing',
  'col.evidence.source': 'reference, bureau, credit bureau, checked with, provider, referee, sanggunian',
  'col.evidence.details': 'detalye, remarks, notes, tala, comments, puna, description, paglalarawan',
  'col.competitor.pricingPolicy': 'pricing, price, prices, presyo, price policy, pricing strategy, presyuhan',
  'col.competitor.discounts': 'discount, diskwento, diskuwento, promo, promos, rebate, rebates',
  'col.competitor.paymentTerms': 'terms, credit terms, terms of payment, tuntunin sa bayad',
  'col.competitor.deliveryTerms': 'delivery, paghahatid, shipping, lead time, hatid',
  'col.competitor.servicePrograms':
    'service, services, serbisyo, loyalty, loyalty program, programs, programa',
  'col.competitor.strengths': 'strength, kalakasan, lakas, pros, advantages, bentahe, kalamangan',
  'col.competitor.weaknesses': 'weakness, kahinaan, cons, disadvantages, kakulangan',
  'col.competitor.lastReviewed': [
    'reviewed, date reviewed, review date, as of, date, petsa, updated, last updated, huling sinuri',
    'petsa ng pagsusuri',
  ],
  'col.competitor.source': 'source, reference, sanggunian, info source, saan nakuha',
  'col.campaign.date': 'campaign date, launch date, start date, event date, schedule, iskedyul, kailan',
  'col.campaign.audience': 'target, target audience, madla, recipients, target market, participants, segment',
  'col.campaign.cost': 'budget, badyet, expense, gastusin, amount, halaga, spend',
  'col.campaign.mailSubject': 'subject, e-mail subject, email subject, subject line, paksa',
  'col.campaign.mailBody': 'e-mail body, email body, message, mensahe, body, e-mail text, letter, liham',
  'col.campaign.followUpScheme':
    'follow-up, follow up, follow-up scheme, after the event, susunod na iskema, pag-follow up',
  'col.client.campaign':
    'met at, met at campaign, met at event, nakilala sa, lead campaign, source campaign, campaign met',
  'col.invitee.campaign': 'campaign, campaign id, kampanya, event, event id, activity, aktibidad',
  'col.invitee.person':
    'person, person id, attendee, guest, bisita, panauhin, invitee, inimbitahan, participant, kalahok',
};

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const BRACKETED = /\([^()]*\)|\[[^[\]]*\]|\{[^{}]*\}/g;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * A header (or any cell) reduced to the words that identify it: lowercase, diacritics gone (ñ → n),
 * text in brackets dropped ("Credit limit (PHP)" → "credit limit"), punctuation and separators turned
 * to single spaces, trimmed. "E-mail" becomes "e mail": compare with spaces removed as well.
 */
export function normalizeHeaderText(text: string): string {
  const plain = String(text ?? '')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '');
  const unbracketed = plain.replace(BRACKETED, ' ');
  // A header that is all brackets ("(PHP)") keeps its words rather than turning blank.
  const kept = unbracketed.replace(SEPARATORS, '') === '' ? plain : unbracketed;
  return kept.replace(SEPARATORS, ' ').trim();
}

/** A normalised header with its spaces removed, so "e mail", "email" and "E_MAIL" meet. */
export function compactHeaderText(text: string): string {
  return normalizeHeaderText(text).replace(/ /g, '');
}

/** The normalised words a header may use for one column. */
interface ColumnWords {
  /** The column's labels in every language, and its key. */
  readonly labels: readonly string[];
  /** The extra words people use (HEADER_WORDS). */
  readonly synonyms: readonly string[];
}

const splitWords = (words: Words): string[] =>
  (typeof words === 'string' ? [words] : words)
    .join(',')
    .split(',')
    .map(normalizeHeaderText)
    .filter((word) => word !== '');

/** The words a header may use for `column` of `table`: its labels and key, and the extra words. */
export function columnWords(table: TableSpec, column: ColumnSpec): ColumnWords {
  const entry = HEADER_WORDS[column.label];
  const words = entry === undefined ? undefined : isByTable(entry) ? entry.byTable[table.key] : entry;
  const labels = [...allTranslations(column.label), column.key].map(normalizeHeaderText);
  return { labels, synonyms: words === undefined ? [] : splitWords(words) };
}

function isByTable(entry: Words | WordsByTable): entry is WordsByTable {
  return typeof entry !== 'string' && !Array.isArray(entry);
}
