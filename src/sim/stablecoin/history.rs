//! The May 2022 history that the page plots over the model: Terra's daily
//! series and LFG's reserve, from `www/data/` (copied from Chain Lab's
//! shared data; every row says how it was sourced, most are approximate).
//!
//! The files are compiled in with `include_str!`: they are under 4 KB, so
//! the page needs no fetch, works offline and from any sub-path, and the
//! CLI and tests read exactly what the page shows.

/// `www/data/terra-may-2022-daily.csv`.
pub const TERRA_DAILY_CSV: &str = include_str!("../../../www/data/terra-may-2022-daily.csv");
/// `www/data/lfg-reserve-may-2022.csv`.
pub const LFG_RESERVE_CSV: &str = include_str!("../../../www/data/lfg-reserve-may-2022.csv");

/// One day of history. `day` is days since 5 May 2022 00:00 UTC, at the
/// middle of the day (the values are representative of the day).
#[derive(Clone, Debug, PartialEq)]
pub struct HistoryDay {
    pub date: String,
    pub day: f64,
    pub ust_price: Option<f64>,
    pub ust_low: Option<f64>,
    pub ust_supply: Option<f64>,
    pub luna_price: Option<f64>,
    pub luna_supply: Option<f64>,
    pub lfg_btc: Option<f64>,
    /// "sourced", "approx", "mixed" or "derived".
    pub quality: String,
}

/// Splits one CSV line, honouring double quotes (RFC 4180, no embedded
/// line breaks).
pub fn split_csv_line(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    out.push(cur);
    out
}

/// Days from 1 January of the year for `YYYY-MM-DD` (2022 only needs
/// May; any year works, without leap-year care beyond February).
fn day_of_year(date: &str) -> Option<f64> {
    let mut it = date.split('-');
    let y: i32 = it.next()?.parse().ok()?;
    let m: usize = it.next()?.parse().ok()?;
    let d: u32 = it.next()?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let lengths = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let before: u32 = lengths[..m - 1].iter().sum();
    Some(f64::from(before + d - 1))
}

/// Days from 5 May 2022 00:00 UTC to the start of `date`.
pub fn days_since_start(date: &str) -> Option<f64> {
    Some(day_of_year(date)? - day_of_year("2022-05-05")?)
}

/// Parses the daily series. Errors name the line.
pub fn parse_daily(csv: &str) -> Result<Vec<HistoryDay>, String> {
    let mut lines = csv.lines().filter(|l| !l.trim().is_empty());
    let header = split_csv_line(lines.next().ok_or("empty file")?);
    let col = |name: &str| header.iter().position(|h| h == name).ok_or(format!("no column {name}"));
    let (c_date, c_ust, c_low, c_supply, c_luna, c_lsupply, c_btc, c_quality) = (
        col("date_utc")?,
        col("ust_price_repr_usd")?,
        col("ust_price_low_usd")?,
        col("ust_supply_bn")?,
        col("luna_price_repr_usd")?,
        col("luna_supply")?,
        col("lfg_btc_held")?,
        col("quality")?,
    );
    let mut out = Vec::new();
    for (i, line) in lines.enumerate() {
        let f = split_csv_line(line);
        let get = |c: usize| -> Result<Option<f64>, String> {
            match f.get(c).map(|s| s.trim()) {
                None | Some("") => Ok(None),
                Some(s) => s.parse::<f64>().map(Some).map_err(|_| format!("line {}: {s:?} is not a number", i + 2)),
            }
        };
        let date = f.get(c_date).cloned().unwrap_or_default();
        let day = days_since_start(&date).ok_or(format!("line {}: bad date {date:?}", i + 2))? + 0.5;
        out.push(HistoryDay {
            day,
            ust_price: get(c_ust)?,
            ust_low: get(c_low)?,
            ust_supply: get(c_supply)?.map(|b| b * 1e9),
            luna_price: get(c_luna)?,
            luna_supply: get(c_lsupply)?,
            lfg_btc: get(c_btc)?,
            quality: f.get(c_quality).cloned().unwrap_or_default(),
            date,
        });
    }
    Ok(out)
}

/// One reserve event: BTC held after it (where the file says), by day.
#[derive(Clone, Debug, PartialEq)]
pub struct ReserveEvent {
    pub date: String,
    pub day: f64,
    pub action: String,
    pub btc_out: Option<f64>,
    pub ust_in: Option<f64>,
}

/// Parses LFG's reserve file.
pub fn parse_reserve(csv: &str) -> Result<Vec<ReserveEvent>, String> {
    let mut lines = csv.lines().filter(|l| !l.trim().is_empty());
    let header = split_csv_line(lines.next().ok_or("empty file")?);
    let col = |name: &str| header.iter().position(|h| h == name).ok_or(format!("no column {name}"));
    let (c_date, c_action, c_asset, c_amount, c_in_asset, c_in) =
        (col("date_utc")?, col("action")?, col("asset_out")?, col("amount_out")?, col("asset_in")?, col("amount_in")?);
    let mut out = Vec::new();
    for (i, line) in lines.enumerate() {
        let f = split_csv_line(line);
        let num = |c: usize| f.get(c).and_then(|s| s.trim().parse::<f64>().ok());
        let date = f.get(c_date).cloned().unwrap_or_default();
        let day = days_since_start(&date).ok_or(format!("line {}: bad date {date:?}", i + 2))?;
        let btc = if f.get(c_asset).map(String::as_str) == Some("BTC") { num(c_amount) } else { None };
        let ust = if f.get(c_in_asset).map(String::as_str) == Some("UST") { num(c_in) } else { None };
        out.push(ReserveEvent { date, day, action: f.get(c_action).cloned().unwrap_or_default(), btc_out: btc, ust_in: ust });
    }
    Ok(out)
}

/// The shipped daily series (the files are checked by the tests).
pub fn may_2022() -> Vec<HistoryDay> {
    parse_daily(TERRA_DAILY_CSV).unwrap_or_default()
}
