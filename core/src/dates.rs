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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn malformed_dates_are_refused_with_the_expected_forms() {
        for bad in ["", "14/04/2025", "2025-4-14", "2025-02-30", "2025-13", "20255", "2025-04-14T00:00"] {
            let err = PartialDate::parse(bad).unwrap_err();
            assert!(err.contains("YYYY-MM-DD"), "{bad}: {err}");
        }
    }
}
