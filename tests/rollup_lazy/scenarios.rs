//! Rollup runs that between them reach every path of the batch poster:
//! batches closed by the delay and by the cap, calldata, blobs and the
//! choice between them, each Brotli level's regime, forks, blob demand,
//! wrong roots with online, offline and late validators, both dispute
//! protocols.

use chainlab::sim::rollup::{DataMode, Fault, Fork, RollupParams, Validator};

fn fault(batch: u32) -> Fault {
    Fault::WrongRoot { batch, mint: 5_000_000_000 }
}

/// `(name, params, seed)`.
pub fn scenarios() -> Vec<(&'static str, RollupParams, u64)> {
    let d = RollupParams::default;
    let page = RollupParams { tps: 2.0, traffic_seconds: 3600, max_delay: 600, ..d() };
    vec![
        ("page default", page.clone(), 1),
        ("model default", RollupParams { challenge_window: 400, ..d() }, 1),
        ("5 tx/s", RollupParams { tps: 5.0, traffic_seconds: 3600, challenge_window: 50, ..d() }, 1),
        (
            "wrong root, online validator",
            RollupParams { tps: 3.0, traffic_seconds: 3600, challenge_window: 300, fault: fault(0), ..d() },
            1,
        ),
        (
            "wrong root, no validator",
            RollupParams {
                tps: 3.0,
                traffic_seconds: 3600,
                challenge_window: 300,
                fault: fault(0),
                validators: vec![Validator { online_from: None }],
                ..d()
            },
            1,
        ),
        (
            "delay 600, q5",
            RollupParams { max_delay: 600, compression_quality: 5, challenge_window: 50, ..page.clone() },
            1,
        ),
        (
            "100 tx/s, q6",
            RollupParams { tps: 100.0, traffic_seconds: 1800, compression_quality: 6, challenge_window: 50, ..d() },
            1,
        ),
        (
            "100 tx/s, calldata",
            RollupParams {
                tps: 100.0,
                traffic_seconds: 1800,
                compression_quality: 6,
                data_mode: DataMode::Calldata,
                challenge_window: 50,
                ..d()
            },
            1,
        ),
        (
            "50 tx/s, blobs, busy blob market",
            RollupParams {
                tps: 50.0,
                traffic_seconds: 1800,
                compression_quality: 4,
                data_mode: DataMode::Blobs,
                blob_demand: 1.4,
                challenge_window: 50,
                ..d()
            },
            1,
        ),
        (
            "Cancun, 30 tx/s",
            RollupParams {
                fork: Fork::Cancun,
                tps: 30.0,
                traffic_seconds: 1800,
                compression_quality: 6,
                challenge_window: 50,
                ..d()
            },
            1,
        ),
        (
            "200 tx/s, q1, late validator",
            RollupParams {
                tps: 200.0,
                traffic_seconds: 900,
                compression_quality: 1,
                data_mode: DataMode::Calldata,
                challenge_window: 100,
                fault: fault(2),
                validators: vec![Validator { online_from: Some(60) }],
                ..d()
            },
            1,
        ),
        (
            "classic dispute",
            RollupParams { tps: 3.0, traffic_seconds: 3600, challenge_window: 300, fault: fault(1), arity: 40, ..d() },
            1,
        ),
        (
            "1,000 tx/s, q0",
            RollupParams { tps: 1000.0, traffic_seconds: 360, compression_quality: 0, challenge_window: 20, ..d() },
            1,
        ),
        (
            "20 tx/s, q9, dear blobs",
            RollupParams {
                tps: 20.0,
                traffic_seconds: 3600,
                compression_quality: 9,
                max_delay: 600,
                blob_gas_price_gwei: 30.0,
                challenge_window: 100,
                ..d()
            },
            1,
        ),
        (
            "0.3 tx/s, seed 7",
            RollupParams { tps: 0.3, traffic_seconds: 7200, challenge_window: 30, fault: fault(1), ..d() },
            7,
        ),
    ]
}
