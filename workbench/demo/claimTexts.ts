import type { CLAIM_CATEGORIES } from '../../src/core/tables/workTables';
import type { Rng } from './random';
import { words } from './words';

/** A claim category key. */
export type ClaimCategory = (typeof CLAIM_CATEGORIES)[number];

const DESCRIPTIONS: Record<ClaimCategory, string[]> = {
  delivery: words(`
    Delivery arrived # days late | Partial delivery: # cartons missing | Wrong delivery address; goods returned
    Driver refused to unload at the loading bay | Delivered outside the receiving hours | Wrong items delivered on PO #
  `),
  quality: words(`
    # cartons damaged on arrival | Seal defects on food-grade containers, lot # | Gloves tearing at the cuff, batch #
    Wrong print on custom boxes | Disinfectant delivered past its expiry | Stretch film too thin for the pallets
  `),
  billing: words(`
    Invoice price differs from the quotation | Duplicate invoice for PO # | VAT charged on exempt items
    Credit note not applied to the statement | Payment not posted; reminder sent in error
  `),
  service: words(`
    No reply to three e-mails about order status | Account officer missed the scheduled visit
    Hotline kept the client on hold for # minutes | Quotation took # days
  `),
  contract: words(`
    Volume rebate not paid as agreed | Price increase applied before the contract anniversary
    Agreed buffer stock not kept | Delivery lead time in the contract not met # times
  `),
};

const ROOT_CAUSES: Record<ClaimCategory, string[]> = {
  delivery: words(
    'Truck breakdown | Typhoon; ports closed | Dispatch error | Carrier overbooked | Wrong address in the system',
  ),
  quality: words(
    'Supplier lot defect | Improper stacking in the warehouse | Print file version mix-up | Expired stock not pulled',
  ),
  billing: words(
    'Price list not updated in billing | Manual encoding error | Tax setup wrong for the client',
  ),
  service: words(
    'Officer on leave; no backup assigned | Hotline understaffed | Request lost in a shared inbox',
  ),
  contract: words(
    'Contract terms not shared with billing | Rebate schedule not set up | Stock plan ignored the contract',
  ),
};

const RESOLUTIONS = words(`
  Replaced the damaged items | Issued a credit note | Re-delivered the next day | Corrected the invoice
  Apologised; assigned a backup officer | Paid the rebate with the next statement | Explained the terms; client accepted
`);
const REJECTIONS = words(`
  Rejected: damage reported after signed acceptance | Rejected: price was per the signed quotation
  Rejected: outside the warranty period | Rejected: client's own receiving error
`);

/** A claim's description, with numbers filled in. */
export function claimDescription(rng: Rng, category: ClaimCategory): string {
  return rng.pick(DESCRIPTIONS[category]).replace('#', () => String(rng.int(2, 40)));
}

/** The root cause found for a closed claim. */
export function claimRootCause(rng: Rng, category: ClaimCategory): string {
  return rng.pick(ROOT_CAUSES[category]);
}

/** How a claim was closed: a resolution, or the reason it was rejected. */
export function claimResolution(rng: Rng, rejected: boolean): string {
  return rng.pick(rejected ? REJECTIONS : RESOLUTIONS);
}
