/** Timestamp formats of the programs' logs, all in UTC (containers run with TZ unset). */
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

interface Parts {
  year: number;
  month: number;
  day: number;
  hours: string;
  minutes: string;
  seconds: string;
  millis: string;
  weekday: string;
  monthName: string;
}

function parts(ms: number): Parts {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hours: pad(d.getUTCHours()),
    minutes: pad(d.getUTCMinutes()),
    seconds: pad(d.getUTCSeconds()),
    millis: pad(d.getUTCMilliseconds(), 3),
    weekday: DAYS[d.getUTCDay()],
    monthName: MONTHS[d.getUTCMonth()],
  };
}

const hms = (p: Parts): string => `${p.hours}:${p.minutes}:${p.seconds}`;

/** `date` in busybox and coreutils: "Wed Nov 25 02:56:00 UTC 2026". */
export function dateCommandTime(ms: number): string {
  const p = parts(ms);
  return `${p.weekday} ${p.monthName} ${pad(p.day)} ${hms(p)} UTC ${p.year}`;
}

/** nginx error log and Go's log package: "2026/11/25 02:56:00". */
export function slashTime(ms: number): string {
  const p = parts(ms);
  return `${p.year}/${pad(p.month)}/${pad(p.day)} ${hms(p)}`;
}

/** Common/combined log format: "25/Nov/2026:02:56:00 +0000". */
export function clfTime(ms: number): string {
  const p = parts(ms);
  return `${pad(p.day)}/${p.monthName}/${p.year}:${hms(p)} +0000`;
}

/** Apache error log: "Wed Nov 25 02:56:00.000000 2026". */
export function apacheErrorTime(ms: number): string {
  const p = parts(ms);
  return `${p.weekday} ${p.monthName} ${pad(p.day)} ${hms(p)}.${p.millis}000 ${p.year}`;
}

/** redis: "25 Nov 2026 02:56:00.000". */
export function redisTime(ms: number): string {
  const p = parts(ms);
  return `${pad(p.day)} ${p.monthName} ${p.year} ${hms(p)}.${p.millis}`;
}

/** ISO-like with a space, as postgres and entrypoint scripts print: "2026-11-25 02:56:00.000". */
export function isoSpaceTime(ms: number, fraction = true): string {
  const p = parts(ms);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${hms(p)}${fraction ? `.${p.millis}` : ''}`;
}

/** RFC 3339 with microseconds, as mysqld prints: "2026-11-25T02:56:00.000000Z". */
export function mysqlTime(ms: number): string {
  const p = parts(ms);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${hms(p)}.${p.millis}000Z`;
}
