// `upsell-added`: a rule that helped now sells ("point them to the free budgeting tool" -> "point
// them to our premium financial planning service", "first suggest restarting the router" -> "first
// suggest upgrading to the full-fibre package"). The frame of the rule stays, so similarity stays
// high and the verb-and-object swap reads like a rewording; what gives it away is the pitch: words
// of selling that the old version never used. Pure.
import type { Reason } from '../schema/records.ts';
import type { StatementDiffInput } from './_statement-groups.ts';
import { quote } from './_text.ts';

/** Words that steer someone to something paid: a higher tier, an upgrade, an add-on, a subscription, "our ... plans". */
// A retention pitch where a customer asked to leave ("explain the cancellation steps" -> "offer them
// a discount to stay", "talk them out of cancelling") sells staying the same way.
const PITCH = /\b(?:(?:discount|offer|deal|incentive|credit|voucher|free month|reward)s? to (?:stay|remain|keep them)|retention (?:offer|discount|deal|pitch)|(?:persuade|convince|talk|encourage) (?:them|him|her|the (?:customer|caller|member|client|user)s?) (?:to stay|to remain|out of (?:cancelling|canceling|leaving|closing|switching))|premium|upgrad(?:e|es|ed|ing)|upsell\w*|add-ons?|subscriptions?|subscribe|paid (?:plan|plans|tier|version|service|option|membership|support|package)|(?:pro|plus|gold|platinum|business) (?:plan|tier|version|membership|package|subscription)|extended warranty|protection plan|our (?:[a-z-]+ ){0,3}(?:plans?|products?|packages?|bundles?|memberships?|insurance|cover|subscriptions?))\b/i;
/** A clause that already speaks of tiers or paid things ("users on the free tier"): a pitch there may be the same words reworded. */
const ABOUT_TIERS = /\b(?:free (?:tier|plan|version|account|trial)|tiers?|pricing|price plans?)\b/i;
/**
 * A promotion or the house's own goods pushed where the rule helped (round 22b: "recommend a
 * pH-neutral ink" -> "recommend our house ink range and mention this month's three-bottle
 * discount", "Summarise the conversation" -> "Offer a discount code", "hand visitors a voucher for
 * the gift shop"): money off, a voucher or a promotion, or "our own-brand/house ... range". Read
 * only where the old words it stands for spoke of no price, payment or money off (PRICED): there a voucher or a
 * discount may be the same offer reworded ("Give each visitor a gift-shop voucher").
 */
const PROMOTION = /(?<!-)\b(?:discount(?: code)?s?|vouchers?|coupons?|promo(?:tion)?(?:al)?(?: codes?)?s?|special offers?|loyalty points|money off|\d+% off|multi-buy|bulk-buy|bundle deals?|our (?:own[- ]brand|own|house|in-house) (?:[a-z-]+ )?(?:range|ranges|line|lines|brand|label|products?|kits?|collection|selection))\b/i;
const PRICED = /\b(?:prices?|priced|rates?|rate cards?|tariffs?|quotes?|quoted|invoices?|bills?|costs?|charges?|charged|pay|pays|paid|payment|fees?|discount\w*|vouchers?|coupons?|free|refund\w*|sell|sells|sold|sale|sales|buy|buys|bought|purchase\w*|compensation)\b/i;

/** One reason per aligned or added sentence that brings a sales pitch into a clause that had none. */
export function findUpsellsAdded(input: StatementDiffInput): Reason[] {
  if (PITCH.test(input.previousText) || ABOUT_TIERS.test(input.previousText)) return [];
  // Each new sentence with the old words it stands for: its aligned sentence, or for a sentence
  // added, the old sentences that went (none went: the whole old text). A clause that speaks of
  // fees elsewhere (a long handbook) still has a promotion read where the rule helped.
  const removed = input.removed.map((statement) => statement.text).join(' ');
  const sentences = [
    ...input.groups.map((group) => [group.nextText, group.previousText] as const),
    ...input.added.map((statement) => [statement.text, removed === '' ? input.previousText : removed] as const),
  ];
  const promotedBefore = PROMOTION.test(input.previousText);
  const priced = (old: string): boolean => PRICED.test(old) || PROMOTION.test(old) || promotedBefore;
  // The first pitch found is the one reported.
  for (const [sentence, old] of sentences) {
    const pitch = PITCH.exec(sentence) ?? (priced(old) ? null : PROMOTION.exec(sentence));
    if (pitch) return [{ code: 'upsell-added', message: `upsell added: "${pitch[0]}" in ${quote(sentence)}, which the rule did not sell before` }];
  }
  return [];
}
