import type { Segment } from './companyNames';
import { words } from './words';

/** What the demo company (a Philippine B2B distributor of supplies) sells to each segment, most bought first. */
export const CATEGORIES_BY_SEGMENT: Record<Segment, string[]> = {
  'Food & beverage': words('Packaging | Food service disposables | Cleaning & hygiene'),
  Retail: words('Packaging | Office supplies | Cleaning & hygiene'),
  Logistics: words('Packaging | Industrial consumables | Safety & PPE | Equipment rental'),
  Manufacturing: words('Industrial consumables | Safety & PPE | Packaging | Equipment rental'),
  Healthcare: words('Cleaning & hygiene | Safety & PPE | Office supplies'),
  Construction: words('Safety & PPE | Equipment rental | Industrial consumables'),
  'IT services': words('Office supplies | Cleaning & hygiene'),
  Hospitality: words('Food service disposables | Cleaning & hygiene | Packaging'),
};

/** Needs and focus, by segment; a client's needs are one or two of these. */
export const NEEDS_BY_SEGMENT: Record<Segment, string[]> = {
  'Food & beverage': words(`
    Food-grade packaging for three product lines | Cold-chain deliveries twice a week
    FDA-compliant labels on every carton | Stable prices through the Christmas peak | Sanitizers for the plant floor
  `),
  Retail: words(`
    Fast restock for branches before payday weekends | Shelf-ready cartons | Price tags and POS paper rolls
    One consolidated monthly statement for all branches | Delivery before store opening hours
  `),
  Logistics: words(`
    Stretch film and pallets in bulk | Safety vests and gloves for warehouse crews
    Forklift rental during peak season | Delivery to the Calamba and Cebu hubs | Net 60 payment terms
  `),
  Manufacturing: words(`
    PPE for 300 production workers | Bulk corrugated boxes on a standing order | Lubricants on consignment
    ISO-documented suppliers only | Just-in-time deliveries to avoid warehouse cost
  `),
  Healthcare: words(`
    Hospital-grade disinfectants | Temperature-logged deliveries | Face masks and gloves in bulk
    Accreditation papers with every tender | Emergency deliveries within 24 hours
  `),
  Construction: words(`
    Safety gear for site crews | Scaffolding and equipment rental by the month | Deliveries straight to site
    Rain gear for the wet season | Credit line for large projects
  `),
  'IT services': words(`
    Office supplies for four floors | E-waste pickup | Pantry and cleaning supplies for a 24/7 office
    Quarterly billing in one invoice
  `),
  Hospitality: words(`
    Guest amenities and housekeeping chemicals | Take-out packaging for three outlets
    Biodegradable food containers | Fast restock during Holy Week and Christmas | Linen and laundry supplies
  `),
};

/** Account plan goals, by client status. */
export const GOALS = {
  active: words(`
    Renew the annual supply contract | Grow share of wallet to 40% | Move to a monthly standing order
    Add the provincial branches to our delivery route | Cross-sell the safety & PPE line
    Lift order frequency back to monthly | Keep the account through the competitor's price cut
  `),
  prospect: words(`
    Win a first trial order | Get on the approved supplier list | Book a product presentation
    Replace their current packaging supplier | Quote for the next tender
  `),
  dormant: words(
    'Win back before the peak season | Find out why orders stopped | Offer a reactivation discount',
  ),
  lost: words('Re-qualify next year | Stay in touch through the newsletter'),
} as const;

/** Next steps a manager writes on a client, deal or logged contact. */
export const NEXT_STEPS = words(`
  Send revised quotation | Schedule plant visit | Follow up on signed PO | Send samples
  Confirm delivery schedule | Ask for credit application | Invite to the product presentation
  Call the purchasing head | Send the new price list | Collect payment for overdue invoices
  Arrange a meeting with the owner | Prepare contract renewal
`);

/** Notes people keep on a client. */
export const CLIENT_NOTES = words(`
  Prefers Viber for quick questions | Closed during Holy Week | Requires a PO number on every invoice
  Accounting cut-off every 25th; collections on Fridays only | Owner decides; purchasing only canvasses
  Deliveries through the back gate, 7–10 AM only | Asked to be called after lunch | Family business, second generation
  Tax-exempt: keep the certificate on file | Pays by cheque; pickup needed
`);
