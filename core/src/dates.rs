//! Dates as sources give them: a year, a month or a day (Wikidata and ACLED keep
//! the same distinction). A partial date covers an interval of days; range filters
//! test that interval, so "April 2025" is neither before nor after 14 April 2025.

use chrono::{Datelike, NaiveDate};

use crate::model::DatePrecision;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartialDate {
    pub precision: DatePrecision,
    /// First day the date may mean.
    pub start: NaiveDate,
    /// Last day the date may mean.
    pub end: NaiveDate,
}

/// More days than any date's interval covers (a year known only as `2025` spans
/// 364 or 365 days from start to end); range queries rely on it to use an index.
pub const LONGEST_SPAN_DAYS: u64 = 366;

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the error says which form was expected.
    pub fn parse(text: &str) -> Result<Self, String> {
        let bad = || format!("{text:?} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        let parts: Vec<&str> = text.split('-').collect();
        let number = |s: &str, len: usize| -> Result<u32, String> {
            if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
                s.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        match parts.as_slice() {
            [y] => {
                let year = number(y, 4)? as i32;
                Ok(PartialDate {
                    precision: DatePrecision::Year,
                    start: NaiveDate::from_ymd_opt(year, 1, 1).ok_or_else(bad)?,
                    end: NaiveDate::from_ymd_opt(year, 12, 31).ok_or_else(bad)?,
                })
            }
            [y, m] => {
                let start = NaiveDate::from_ymd_opt(number(y, 4)? as i32, number(m, 2)?, 1).ok_or_else(bad)?;
                let next_month = start.checked_add_months(chrono::Months::new(1)).ok_or_else(bad)?;
                Ok(PartialDate { precision: DatePrecision::Month, start, end: next_month.pred_opt().ok_or_else(bad)? })
            }
            [y, m, d] => {
                let day =
                    NaiveDate::from_ymd_opt(number(y, 4)? as i32, number(m, 2)?, number(d, 2)?).ok_or_else(bad)?;
                Ok(PartialDate { precision: DatePrecision::Day, start: day, end: day })
            }
            _ => Err(bad()),
        }
    }

    /// The date written back at its own precision.
    pub fn to_iso(self) -> String {
        match self.precision {
            DatePrecision::Year => format!("{:04}", self.start.year()),
            DatePrecision::Month => format!("{:04}-{:02}", self.start.year(), self.start.month()),
            DatePrecision::Day => self.start.format("%Y-%m-%d").to_string(),
        }
    }
}

/// Full dates are stored and compared as `YYYY-MM-DD` text, which sorts like the dates.
pub fn iso_day(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// Days in each duration unit the data uses, for comparing durations as lengths
/// (Gregorian averages: a year is 365.2425 days, a month a twelfth of that).
pub const DURATION_UNITS: [(&str, f64); 5] =
    [("year", 365.2425), ("month", 30.436875), ("week", 7.0), ("day", 1.0), ("hour", 1.0 / 24.0)];

/// The length in days of `value` `unit`s, if `unit` is a duration unit.
pub fn duration_days(value: f64, unit: &str) -> Option<f64> {
    DURATION_UNITS.iter().find(|(u, _)| *u == unit).map(|(_, days)| value * days)
}

/// `value` `unit`s as an ISO 8601 duration (`P4Y`, `P3M`, `P8D`, `PT120H`).
pub fn iso_duration(value: f64, unit: &str) -> Option<String> {
    let number = if value.fract() == 0.0 { format!("{}", value as i64) } else { format!("{value}") };
    let designator = match unit {
        "year" => "Y",
        "month" => "M",
        "week" => "W",
        "day" => "D",
        "hour" => return Some(format!("PT{number}H")),
        _ => return None,
    };
    Some(format!("P{number}{designator}"))
}

/// Parses an ISO 8601 duration (`P1Y`, `P3M`, `P1Y6M`, `P2W`, `PT36H`) into days.
pub fn parse_iso_duration(text: &str) -> Result<f64, String> {
    let bad = || format!("{text:?} is not an ISO 8601 duration such as P1Y, P3M, P8D or PT120H");
    let rest = text.strip_prefix('P').ok_or_else(bad)?;
    let (date_part, time_part) = match rest.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (rest, None),
    };
    let mut days = 0.0;
    let mut any = false;
    let mut take = |part: &str, units: &[(char, f64)]| -> Result<(), String> {
        let mut number = String::new();
        for c in part.chars() {
            if c.is_ascii_digit() || c == '.' {
                number.push(c);
            } else {
                let per = units.iter().find(|(u, _)| *u == c).map(|(_, d)| *d).ok_or_else(bad)?;
                let n: f64 = number.parse().map_err(|_| bad())?;
                days += n * per;
                any = true;
                number.clear();
            }
        }
        if number.is_empty() {
            Ok(())
        } else {
            Err(bad())
        }
    };
    take(date_part, &[('Y', 365.2425), ('M', 30.436875), ('W', 7.0), ('D', 1.0)])?;
    if let Some(time) = time_part {
        take(time, &[('H', 1.0 / 24.0), ('M', 1.0 / 1440.0), ('S', 1.0 / 86400.0)])?;
    }
    if any {
        Ok(days)
    } else {
        Err(bad())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_date_spans_more_than_the_longest_span() {
        for text in ["2024", "2025", "2024-02", "2025-12", "2025-04-14"] {
            let date = PartialDate::parse(text).unwrap();
            assert!((date.end - date.start).num_days() < LONGEST_SPAN_DAYS as i64, "{text}");
        }
    }

    #[test]
    fn a_month_covers_all_its_days() {
        let april = PartialDate::parse("2025-04").unwrap();
        assert_eq!(april.precision, DatePrecision::Month);
        assert_eq!(iso_day(april.start), "2025-04-01");
        assert_eq!(iso_day(april.end), "2025-04-30");
        assert_eq!(april.to_iso(), "2025-04");
        let feb_2024 = PartialDate::parse("2024-02").unwrap();
        assert_eq!(iso_day(feb_2024.end), "2024-02-29", "leap year");
    }

    #[test]
    fn a_day_and_a_year() {
        let day = PartialDate::parse("2025-04-14").unwrap();
        assert_eq!((day.precision, day.start, day.end), (DatePrecision::Day, day.start, day.start));
        let year = PartialDate::parse("2025").unwrap();
        assert_eq!(iso_day(year.end), "2025-12-31");
    }

    #[test]
    fn durations_compare_as_lengths() {
        assert_eq!(parse_iso_duration("P1Y").unwrap(), 365.2425);
        assert!(parse_iso_duration("P4Y").unwrap() > parse_iso_duration("P3M").unwrap());
        assert_eq!(parse_iso_duration("PT120H").unwrap(), 5.0);
        assert_eq!(parse_iso_duration("P1Y6M").unwrap(), 365.2425 * 1.5);
        assert_eq!(duration_days(3.0, "month"), Some(parse_iso_duration("P3M").unwrap()));
        assert_eq!(iso_duration(4.0, "year").as_deref(), Some("P4Y"));
        assert_eq!(iso_duration(120.0, "hour").as_deref(), Some("PT120H"));
        assert_eq!(iso_duration(700.0, "inmate"), None);
        for bad in ["1Y", "P", "PY", "P1X", "P1Y2", "four years"] {
            assert!(parse_iso_duration(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn malformed_dates_are_refused_with_the_expected_forms() {
        for bad in ["", "14/04/2025", "2025-4-14", "2025-02-30", "2025-13", "20255", "2025-04-14T00:00"] {
            let err = PartialDate::parse(bad).unwrap_err();
            assert!(err.contains("YYYY-MM-DD"), "{bad}: {err}");
        }
    }
}

/// `at` as stored timestamps are written (RFC 3339, UTC, microseconds, `Z`): text
/// that compares in time order.
pub(crate) fn instant(at: chrono::DateTime<chrono::Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

/// The current instant, as [`instant`] writes it.
pub(crate) fn now() -> String {
    instant(chrono::Utc::now())
}
