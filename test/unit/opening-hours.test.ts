import t from 'tap';
import { OpeningHours, parseSpan, validDate, validTimeZone } from '../../src/core/opening-hours.js';

const at = (iso: string) => Date.parse(iso);
const weekdays = ['09:00-17:00'];
// Toronto: EST (UTC-5) until Sunday 2026-03-08 02:00, EDT (UTC-4) until Sunday 2026-11-01 02:00.
const toronto = new OpeningHours({
  timeZone: 'America/Toronto',
  weekly: { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays, sat: ['10:00-14:00'] },
  holidays: [
    { date: '12-25', name: 'Christmas' },
    { date: '2026-12-28', name: 'Boxing Day (observed)' },
  ],
  specialDays: [{ date: '2026-12-24', hours: ['09:00-12:00'], name: 'Christmas Eve' }],
});

t.test('opening hours - spans, dates and zones are checked', async (t) => {
  t.same(parseSpan('09:00-17:30'), [540, 1050]);
  t.same(parseSpan('00:00-24:00'), [0, 1440]);
  for (const bad of ['9:00-17:00', '17:00-09:00', '09:00-09:00', '24:00-24:00', '10:60-11:00', '10:00-24:30']) t.equal(parseSpan(bad), null, bad);
  t.ok(validDate('2028-02-29'));
  t.ok(validDate('02-29'), 'yearly 29 February (leap years)');
  t.notOk(validDate('2026-02-29'));
  t.notOk(validDate('2026-13-01'));
  t.notOk(validDate('25-12'));
  t.ok(validTimeZone('America/Toronto'));
  t.notOk(validTimeZone('Mars/Olympus_Mons'));
});

t.test('opening hours - open and closed on a plain week, with the next change', async (t) => {
  // Wednesday 2026-01-14, EST.
  t.same(toronto.stateAt(at('2026-01-14T13:59:59Z')), { open: false, until: at('2026-01-14T14:00:00Z'), reason: null });
  t.same(toronto.stateAt(at('2026-01-14T14:00:00Z')), { open: true, until: at('2026-01-14T22:00:00Z'), reason: null });
  t.same(toronto.stateAt(at('2026-01-14T21:59:59.999Z')).open, true);
  t.same(toronto.stateAt(at('2026-01-14T22:00:00Z')), { open: false, until: at('2026-01-15T14:00:00Z'), reason: null });
  // Saturday 10:00-14:00, closed Sunday: from Saturday's close the next opening is Monday.
  t.same(toronto.stateAt(at('2026-01-17T19:00:00Z')), { open: false, until: at('2026-01-19T14:00:00Z'), reason: null });
  t.equal(toronto.format(at('2026-01-19T14:00:00Z')), '2026-01-19T09:00-05:00');
});

t.test('opening hours - across the spring-forward change in America/Toronto', async (t) => {
  // Friday 2026-03-06 closes at 17:00 EST = 22:00Z; Monday 2026-03-09 opens at 09:00 EDT = 13:00Z (not 14:00Z).
  const fridayClose = at('2026-03-06T22:00:00Z');
  t.same(toronto.stateAt(fridayClose - 1), { open: true, until: fridayClose, reason: null });
  t.same(toronto.stateAt(at('2026-03-07T19:00:00Z')), { open: false, until: at('2026-03-09T13:00:00Z'), reason: null }, 'Saturday 14:00 EST');
  t.equal(toronto.nextOpening(at('2026-03-08T12:00:00Z')), at('2026-03-09T13:00:00Z'));
  t.equal(toronto.isOpen(at('2026-03-09T12:59:00Z')), false, '08:59 EDT is still closed');
  t.equal(toronto.isOpen(at('2026-03-09T13:00:00Z')), true, '09:00 EDT is open');
  t.equal(toronto.stateAt(at('2026-03-09T13:00:00Z')).until, at('2026-03-09T21:00:00Z'), 'closes at 17:00 EDT');
  t.equal(toronto.format(at('2026-03-09T13:00:00Z')), '2026-03-09T09:00-04:00');
});

t.test('opening hours - across the fall-back change, and a wall time that does not exist', async (t) => {
  // Saturday 2026-10-31 closes at 14:00 EDT = 18:00Z; Monday 2026-11-02 opens at 09:00 EST = 14:00Z.
  t.same(toronto.stateAt(at('2026-10-31T18:00:00Z')), { open: false, until: at('2026-11-02T14:00:00Z'), reason: null });
  const night = new OpeningHours({ timeZone: 'America/Toronto', weekly: { sun: ['02:30-05:00', '23:00-24:00'], mon: ['00:00-01:00'] } });
  // 02:30 does not exist on 2026-03-08 (02:00 EST jumps to 03:00 EDT): it opens at the end of the gap's shift, 03:30 EDT = 07:30Z.
  t.same(night.stateAt(at('2026-03-08T06:00:00Z')), { open: false, until: at('2026-03-08T07:30:00Z'), reason: null });
  // Sunday 23:00 to Monday 01:00 is one opening: no change at midnight.
  t.same(night.stateAt(at('2026-03-09T03:00:00Z')), { open: true, until: at('2026-03-09T05:00:00Z'), reason: null });
});

t.test('opening hours - a span whose end is skipped or repeated by a change runs between its two instants, whatever instant is asked about', async (t) => {
  // Found by the property tests (router vs reference model): the next change was
  // computed from the spans' instants, but "open now" from the wall clock's minute
  // in the spans, so the two disagreed in the hour a change skips or repeats.
  const fresh = (sun: string[]) => new OpeningHours({ timeZone: 'America/Toronto', weekly: { sun } });
  // Spring forward, Sunday 2026-03-08: 02:00 EST (07:00Z) is 03:00 EDT.
  t.same(
    fresh(['02:30-05:00']).stateAt(at('2026-03-08T07:10:00Z')),
    { open: false, until: at('2026-03-08T07:30:00Z'), reason: null },
    '03:10 EDT: 02:30 opens at 03:30 EDT',
  );
  const gap = fresh(['02:15-02:45']);
  t.same(gap.stateAt(at('2026-03-08T06:00:00Z')), { open: false, until: at('2026-03-08T07:15:00Z'), reason: null }, 'a span inside the gap opens at 03:15 EDT');
  t.same(gap.stateAt(at('2026-03-08T07:20:00Z')), { open: true, until: at('2026-03-08T07:45:00Z'), reason: null }, 'and closes at 03:45 EDT');
  // Fall back, Sunday 2026-11-01: 02:00 EDT (06:00Z) is 01:00 EST; 01:00-02:00 happens twice, a span's end or start means the first.
  const ends = fresh(['00:00-01:30']);
  t.same(ends.stateAt(at('2026-11-01T05:00:00Z')), { open: true, until: at('2026-11-01T05:30:00Z'), reason: null }, 'closes at the first 01:30');
  t.same(
    fresh(['00:00-01:30']).stateAt(at('2026-11-01T06:10:00Z')),
    { open: false, until: at('2026-11-08T05:00:00Z'), reason: null },
    'the second 01:10 is closed',
  );
  const starts = fresh(['01:30-03:00']);
  t.same(starts.stateAt(at('2026-11-01T05:00:00Z')), { open: false, until: at('2026-11-01T05:30:00Z'), reason: null }, 'opens at the first 01:30');
  t.same(
    fresh(['01:30-03:00']).stateAt(at('2026-11-01T06:10:00Z')),
    { open: true, until: at('2026-11-01T08:00:00Z'), reason: null },
    'the second 01:10 is open',
  );
});

t.test('opening hours - holidays and special days', async (t) => {
  // Thursday 2026-12-24: Christmas Eve, 09:00-12:00 only.
  t.same(toronto.stateAt(at('2026-12-24T16:00:00Z')), { open: true, until: at('2026-12-24T17:00:00Z'), reason: 'Christmas Eve' });
  // Closed from noon: Friday 25 (Christmas, every year), Saturday 26 open 10:00-14:00 EST.
  t.same(toronto.stateAt(at('2026-12-24T17:00:00Z')), { open: false, until: at('2026-12-26T15:00:00Z'), reason: 'Christmas Eve' });
  t.same(toronto.stateAt(at('2026-12-25T15:00:00Z')), { open: false, until: at('2026-12-26T15:00:00Z'), reason: 'Christmas' });
  // Monday 28 is a dated holiday: from Saturday's close the next opening is Tuesday 29.
  t.same(toronto.stateAt(at('2026-12-26T19:00:00Z')), { open: false, until: at('2026-12-29T14:00:00Z'), reason: null });
  t.equal(toronto.stateAt(at('2026-12-28T15:00:00Z')).reason, 'Boxing Day (observed)');
  t.equal(toronto.isOpen(at('2027-12-24T15:00:00Z')), true, 'a dated special day is one year only: 2027-12-24 is a plain Friday');
  t.equal(toronto.isOpen(at('2027-12-25T16:00:00Z')), false, 'a yearly holiday returns (Saturday 2027-12-25)');
});

t.test('opening hours - on one date a dated entry beats a yearly one, whatever their kinds; on one key a special day beats a holiday', async (t) => {
  const hours = (holidays: object[], specialDays: object[]) =>
    new OpeningHours({ timeZone: 'America/Toronto', weekly: { thu: weekdays, fri: weekdays }, holidays, specialDays } as never);
  // Thursday 2026-12-24 10:00 EST; Friday 2027-12-24 10:00 EST.
  const thu = at('2026-12-24T15:00:00Z');
  const fri = at('2027-12-24T15:00:00Z');
  const datedHoliday = hours([{ date: '2026-12-24', name: 'Inventory' }], [{ date: '12-24', hours: ['09:00-12:00'], name: 'Christmas Eve' }]);
  t.same(
    datedHoliday.stateAt(thu),
    { open: false, until: at('2026-12-25T14:00:00Z'), reason: 'Inventory' },
    'a dated holiday closes the day a yearly special day would open',
  );
  t.same(datedHoliday.stateAt(fri), { open: true, until: at('2027-12-24T17:00:00Z'), reason: 'Christmas Eve' }, 'the other years: the special day');
  const datedSpecial = hours([{ date: '12-24', name: 'Christmas Eve' }], [{ date: '2026-12-24', hours: ['09:00-11:00'], name: 'Half day' }]);
  t.same(datedSpecial.stateAt(thu), { open: true, until: at('2026-12-24T16:00:00Z'), reason: 'Half day' }, 'a dated special day opens a yearly holiday');
  t.same(datedSpecial.stateAt(fri), { open: false, until: at('2027-12-30T14:00:00Z'), reason: 'Christmas Eve' });
  const sameKey = hours([{ date: '12-24', name: 'Closed' }], [{ date: '12-24', hours: ['09:00-12:00'], name: 'Christmas Eve' }]);
  t.equal(sameKey.stateAt(thu).reason, 'Christmas Eve', 'the same date in the same form: the special day');
});

t.test('opening hours - always open, and never open', async (t) => {
  const allDay = ['00:00-24:00'];
  const always = new OpeningHours({
    timeZone: 'Europe/Paris',
    weekly: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
  });
  t.same(always.stateAt(at('2026-03-29T00:30:00Z')), { open: true, until: null, reason: null }, 'no change across a DST night');
  const never = new OpeningHours({ timeZone: 'UTC', weekly: {} });
  t.same(never.stateAt(0), { open: false, until: null, reason: null });
  const xmas = new OpeningHours({
    timeZone: 'UTC',
    weekly: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
    holidays: [{ date: '12-25' }],
  });
  t.same(xmas.stateAt(at('2026-12-06T00:00:00Z')), { open: true, until: at('2026-12-25T00:00:00Z'), reason: null });
  t.same(xmas.stateAt(at('2026-12-25T10:00:00Z')), { open: false, until: at('2026-12-26T00:00:00Z'), reason: null });
});
