// duration.HumanDuration from k8s.io/apimachinery: kubectl's AGE format ("5s", "3m2s", "10m", "2d3h"),
// about two significant units. Go truncates toward zero when it converts to whole units; so does this.

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY_HOURS = 24;
const YEAR_DAYS = 365;

const whole = (milliseconds: number, unit: number): number => Math.trunc(milliseconds / unit);

/** A duration in milliseconds as upstream prints it. */
export function humanDuration(milliseconds: number): string {
  const seconds = whole(milliseconds, SECOND);
  // Up to two seconds in the future counts as now: clocks of client and server may differ a little.
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 2 * 60) return `${seconds}s`;

  const minutes = whole(milliseconds, MINUTE);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 3 * 60) return `${minutes}m`;

  const hours = whole(milliseconds, HOUR);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;

  const days = Math.trunc(hours / DAY_HOURS);
  if (hours < DAY_HOURS * 8) {
    const h = hours % DAY_HOURS;
    return h === 0 ? `${days}d` : `${days}d${h}h`;
  }
  if (hours < DAY_HOURS * YEAR_DAYS * 2) return `${days}d`;

  const years = Math.trunc(days / YEAR_DAYS);
  if (hours < DAY_HOURS * YEAR_DAYS * 8) {
    const d = days % YEAR_DAYS;
    return d === 0 ? `${years}y` : `${years}y${d}d`;
  }
  return `${years}y`;
}
