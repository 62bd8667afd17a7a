// One rate said over another period: "£60 per hour" is "£1 per minute", "10 hours a week" is "20
// hours a fortnight". The number readings (reason-number.ts) hold "per hour" as a quantity of its
// own, the period of the amount before it, and compared each alone, so a rate said per minute read
// as two numbers changed (round 30c: v35's bookkeeping "£60 per hour" -> "£1 per minute"). An amount
// and its period are one rate when both versions count the amount in one dimension and the period
// in one, and the amount per unit of period is the same. "£60 per hour" -> "£1 per hour" or "£60
// per minute" stays changed. Pure.
import { sameDimension, type Amount } from './_quantity-units.ts';

/** An amount read with the period it is counted over ("£60" with "per hour"). */
export interface AmountOverPeriod {
  amount: Amount;
  /** The period as the number readings hold it: `per time` or `per month`, its value in that unit. */
  period: Amount;
}

/** Significant figures two rates must agree to: 60/3,600 and 1/60 are one float apart. */
const RATE_FIGURES = 10;

/** Whether two amounts over periods are one rate said over other periods (the periods differing). */
export function sameRateOverOtherPeriod(a: AmountOverPeriod, b: AmountOverPeriod): boolean {
  if (!sameDimension(a.amount, b.amount) || a.period.dimension !== b.period.dimension || !a.period.dimension.startsWith('per ')) return false;
  if (a.period.value === b.period.value || a.period.value <= 0 || b.period.value <= 0) return false;
  const perUnit = (x: AmountOverPeriod): number => Number((x.amount.value / x.period.value).toPrecision(RATE_FIGURES));
  return perUnit(a) === perUnit(b);
}
