import assert from 'node:assert/strict';
import { addDays, dayNumber, daysInMonth, weekday } from '../../../src/core/calendar';

describe('calendar arithmetic', () => {
  it('counts the days of each month, leap years by the Gregorian rule', () => {
    assert.equal(daysInMonth(2024, 2), 29);
    assert.equal(daysInMonth(2023, 2), 28);
    assert.equal(daysInMonth(1900, 2), 28);
    assert.equal(daysInMonth(2000, 2), 29);
    assert.equal(daysInMonth(2024, 4), 30);
    assert.equal(daysInMonth(2024, 12), 31);
  });

  it('keeps years 0–99 as themselves, not as 1900–1999', () => {
    // year 4 is a leap year; 1904 is too, but year 100 and 1900 are not, and 96 vs 1996 differ in weekday
    assert.equal(daysInMonth(4, 2), 29);
    assert.equal(daysInMonth(100, 2), 28);
    assert.equal(daysInMonth(99, 2), 28);
    // 1 January of year 1 (proleptic Gregorian) was a Monday; 1 January 1901 was a Tuesday
    assert.equal(weekday({ y: 1, m: 1, d: 1 }), 1);
    assert.deepEqual(addDays({ y: 99, m: 12, d: 31 }, 1), { y: 100, m: 1, d: 1 });
    assert.equal(dayNumber({ y: 50, m: 3, d: 1 }) - dayNumber({ y: 50, m: 2, d: 28 }), 1);
  });
});
