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
 * only where the old text spoke of no price, payment or money off (PRICED): there a voucher or a
 * discount may be the same offer reworded ("Give each visitor a gift-shop voucher").
 */
const PROMOTION = /(?<!-)\b(?:discount(?: code)?s?|vouchers?|coupons?|promo(?:tion)?(?:al)?(?: codes?)?s?|special offers?|loyalty points|money off|\d+% off|multi-buy|bulk-buy|bundle deals?|our (?:own[- ]brand|own|house|in-house) (?:[a-z-]+ )?(?:range|ranges|line|lines|brand|label|products?|kits?|collection|selection))\b/i;
const PRICED = /\b(?:prices?|priced|costs?|charges?|charged|pay|pays|paid|payment|fees?|discount\w*|vouchers?|coupons?|free|refund\w*|sell|sells|sold|sale|sales|buy|buys|bought|purchase\w*|compensation)\b/i;

/** One reason per aligned or added sentence that brings a sales pitch into a clause that had none. */
export function findUpsellsAdded(input: StatementDiffInput): Reason[] {
  if (PITCH.test(input.previousText) || ABOUT_TIERS.test(input.previousText)) return [];
  const reasons: Reason[] = [];
  const sentences = [...input.groups.map((group) => group.nextText), ...input.added.map((statement) => statement.text)];
  const promotionsRead = !PRICED.test(input.previousText) && !PROMOTION.test(input.previousText);
  for (const sentence of sentences) {
    const pitch = PITCH.exec(sentence) ?? (promotionsRead ? PROMOTION.exec(sentence) : null);
    if (pitch) reasons.push({ code: 'upsell-added', message: `upsell added: "${pitch[0]}" in ${quote(sentence)}, which the rule did not sell before` });
  }
  return reasons.slice(0, 1);
}
