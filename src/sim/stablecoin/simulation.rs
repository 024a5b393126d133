//! The stablecoin model through the one interface ([`Simulation`]): its
//! narration (`moments`), its report (`Summary`) and its data files (the
//! series, one row per step, and the run's moments).
//!
//! The page narrates with its scenario's calendar (May 2022 dates); the
//! model alone does not know its scenario, so the trait's narration counts
//! days from the start of the run.

use super::moments::{self, Moment};
use super::{csv_row, ParamError, StablecoinParams, StablecoinSim, Summary, CSV_HEADER};
use crate::sim::simulation::{csv_field, delegate_to_model, DataFile, Simulation};

/// What one step of the run is called (the scrubber's and `at=`'s unit):
/// a minute at the default 60 s, a block at Terra's 6 s.
pub fn step_unit(p: &StablecoinParams) -> &'static str {
    let s = p.step_seconds;
    if s == 60.0 {
        "minute"
    } else if s == 6.0 {
        "block"
    } else if s == 3600.0 {
        "hour"
    } else {
        "step"
    }
}

/// Every step so far, one CSV row each (the CLI's `--csv` columns).
pub fn series_csv(sim: &StablecoinSim) -> String {
    let run = sim.history();
    let mut csv = String::with_capacity(run.len() * 320);
    csv.push_str(CSV_HEADER);
    csv.push('\n');
    for snap in run {
        csv.push_str(&csv_row(snap));
        csv.push('\n');
    }
    csv
}

/// The run's moments, one CSV row each.
pub fn moments_csv(list: &[Moment]) -> String {
    let mut events = String::from("step,day,time,kind,text\n");
    for m in list {
        events.push_str(&format!(
            "{},{},{},{},{}\n",
            m.step,
            m.day,
            csv_field(&m.time),
            m.kind.name(),
            csv_field(&m.text)
        ));
    }
    events
}

impl Simulation for StablecoinSim {
    delegate_to_model!(StablecoinSim, params: StablecoinParams, error: ParamError, url: crate::query::stablecoin::StablecoinState,
        steps: steps, unit: |s| step_unit(s.params()), narration: |s| moments::narration(s, false));

    fn report(&self) -> Vec<(&'static str, String)> {
        Summary::of(self).lines()
    }
    /// The series (CSV, and JSON in the shape of `chainlab stablecoin
    /// --json` without the scenario's name), the moments and the log.
    fn data(&self) -> Result<Vec<DataFile>, String> {
        let list = moments::moments(self.history(), self.params(), false);
        let json = serde_json::json!({
            "seed": self.seed(),
            "params": self.params(),
            "steps": self.history(),
            "summary": Summary::of(self),
        });
        let mut log = String::new();
        for m in &list {
            log.push_str(&format!("{} (step {}): {}\n", m.time, m.step, m.text));
        }
        log.push_str(&format!("Now: {}\n", moments::narration_with(self, false, &list)));
        Ok(vec![
            DataFile::csv("series.csv", series_csv(self)),
            DataFile::json_compact("series.json", &json)?,
            DataFile::csv("events.csv", moments_csv(&list)),
            DataFile::json_pretty("events.json", &list)?,
            DataFile::text("log.txt", log),
        ])
    }
    fn approx_bytes(&self) -> usize {
        std::mem::size_of::<Self>() + std::mem::size_of_val(self.history())
    }
}
