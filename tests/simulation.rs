//! The one interface (`sim::simulation::Simulation`) and the replay with
//! checkpoints (`sim::replay::Replay`), over all five models: the trait
//! adds no behaviour (its fingerprint and step count are the model's own),
//! and a seek to step n, forward or back, from any checkpoint, equals a
//! fresh run stepped to n.

use chainlab::sim::consensus::{self, ConsensusSim};
use chainlab::sim::replay::{step_event, Replay};
use chainlab::sim::rollup::{DataMode, Fault, RollupParams, RollupSim, Validator};
use chainlab::sim::simulation::{Simulation, Step};
use chainlab::sim::stablecoin::{StablecoinParams, StablecoinSim};
use chainlab::sim::swap::{SwapParams, SwapSim};
use chainlab::sim::validators::{ValidatorParams, ValidatorSim};

fn consensus_params() -> consensus::Params {
    consensus::Params { nodes: 200, ..Default::default() }
}
fn rollup_params() -> RollupParams {
    RollupParams {
        tps: 5.0,
        traffic_seconds: 1200,
        max_delay: 300,
        challenge_window: 200,
        fault: Fault::WrongRoot { batch: 1, mint: 5_000_000_000 },
        validators: vec![Validator { online_from: Some(0) }],
        data_mode: DataMode::Calldata,
        ..RollupParams::default()
    }
}
fn stablecoin_params() -> StablecoinParams {
    StablecoinParams { days: 1.0, ..Default::default() }
}
fn validator_params() -> ValidatorParams {
    ValidatorParams { validators: 1_000, operators: 20, epochs: 400, ..Default::default() }
}

/// A fresh run of `(params, seed)` stepped to `n` (or its end).
fn fresh<S: Simulation>(params: &S::Params, seed: u64, n: Step) -> S {
    let mut s = S::new(params.clone(), seed).expect("valid parameters");
    s.step_to(n);
    s
}

/// The checks every model passes; `len`: a step count within (or past) the run.
fn check<S: Simulation>(params: S::Params, seed: u64, len: Step, every: Step) {
    let end = fresh::<S>(&params, seed, len);
    let last = end.step_count();
    assert!(last > 0, "{}: the run takes steps", std::any::type_name::<S>());
    // A few targets, out of order: forward, back, back again, forward.
    let targets = [last / 2, last / 5, 0, last, last / 3 + 1, last.saturating_sub(1), 1, last / 2];
    let mut replay = Replay::<S>::new(every, 64 << 20, S::Params::default());
    let mut sim = replay.start(&params, seed).0;
    for &n in &targets {
        replay.seek(&mut sim, n);
        let want = fresh::<S>(&params, seed, n);
        assert_eq!(sim.step_count(), want.step_count(), "{}: step after a seek to {n}", std::any::type_name::<S>());
        assert_eq!(sim.fingerprint(), want.fingerprint(), "{}: seek to {n}", std::any::type_name::<S>());
        assert_eq!(sim.narration(), want.narration());
    }
    assert!(!replay.steps().is_empty(), "{}: checkpoints were kept", std::any::type_name::<S>());
    // Replay from scratch (no checkpoints) equals replay from checkpoints.
    let mut cold = Replay::<S>::new(every, 64 << 20, S::Params::default());
    for &n in &targets {
        assert_eq!(cold.replay(&params, seed, n).fingerprint(), replay.replay(&params, seed, n).fingerprint());
    }
    // One event back from the end lands where the log last changed, and a
    // step forward by event from there comes back to a step no later than the end.
    let visible = |s: &S| s.narration();
    let back = replay.event_back(&end, visible);
    assert!(back.step_count() < last || last == 0);
    let mut fwd = back.clone();
    step_event(&mut fwd, visible);
    assert!(fwd.step_count() <= last.max(fwd.step_count()));
    assert_eq!(back.fingerprint(), fresh::<S>(&params, seed, back.step_count()).fingerprint());
    // The trait's data: named, non-empty files.
    let files = end.data().expect("data files");
    assert!(!files.is_empty());
    for f in &files {
        assert!(!f.body.is_empty(), "{}: {} is empty", std::any::type_name::<S>(), f.name);
    }
    assert!(!end.report().is_empty());
    assert!(!end.unit().is_empty());
}

/// One test a model, each [`check`]ed: `test: Sim(params, seed, len, every)`.
macro_rules! replays {
    ($($test:ident: $sim:ty = ($params:expr, $seed:expr, $len:expr, $every:expr);)*) => {
        $(
            #[test]
            fn $test() {
                check::<$sim>($params, $seed, $len, $every);
            }
        )*
    };
}

replays! {
    consensus_replays: ConsensusSim = (consensus_params(), 7, 200, 8);
    rollup_replays: RollupSim = (rollup_params(), 3, 700, 50);
    swap_replays: SwapSim = (SwapParams::default(), 5, 400, 16);
    stablecoin_replays: StablecoinSim = (stablecoin_params(), 2, 900, 64);
    validators_replays: ValidatorSim = (validator_params(), 4, 300, 32);
}

#[test]
fn the_trait_is_the_model() {
    // Through the trait and through the model's own methods: one run.
    let mut a = ConsensusSim::new(consensus_params(), 9).unwrap();
    let mut b = a.clone();
    for _ in 0..30 {
        a.step();
        Simulation::step(&mut b);
    }
    assert_eq!(Simulation::fingerprint(&b), a.fingerprint());
    assert_eq!(b.step_count(), Step::from(a.round()));
    let mut v = ValidatorSim::new(validator_params(), 1).unwrap();
    Simulation::step_to(&mut v, 17);
    assert_eq!(v.epoch(), 17);
}

#[test]
fn refused_parameters_fall_back_and_say_why() {
    let bad = consensus::Params { nodes: 1, ..Default::default() };
    let (sim, fallback) = ConsensusSim::start(&bad, 1);
    let f = fallback.expect("refused");
    assert!(!f.reason.is_empty());
    assert!(f.message().contains(&f.reason));
    assert_eq!(sim.params(), &consensus::Params::default());
    let (_, none) = ConsensusSim::start(&consensus_params(), 1);
    assert!(none.is_none());
}

#[test]
fn checkpoints_keep_within_their_budget() {
    // A budget of about two copies: the spacing doubles as the run goes on.
    let p = validator_params();
    let one = fresh::<ValidatorSim>(&p, 1, 0).approx_bytes();
    let mut replay = Replay::<ValidatorSim>::new(10, one * 3, ValidatorParams::default());
    let mut sim = replay.start(&p, 1).0;
    replay.step_to(&mut sim, 300);
    assert!(replay.every() > 10, "spacing doubled: {}", replay.every());
    assert!(replay.steps().len() <= 3);
    let back = replay.replay(&p, 1, 123);
    assert_eq!(back.fingerprint(), fresh::<ValidatorSim>(&p, 1, 123).fingerprint());
    // Another run's checkpoints are never used.
    let other = ValidatorParams { operators: 21, ..p.clone() };
    let mut o = replay.start(&other, 1).0;
    replay.step_to(&mut o, 50);
    assert_eq!(replay.replay(&other, 1, 40).fingerprint(), fresh::<ValidatorSim>(&other, 1, 40).fingerprint());
    assert_eq!(replay.replay(&p, 1, 40).fingerprint(), fresh::<ValidatorSim>(&p, 1, 40).fingerprint());
}

/// A run's URL gives the run back: parameters, seed and the step it stands on.
fn url_round_trip<S: Simulation>(params: S::Params, seed: u64, n: Step) {
    use chainlab::query::url_state::UrlState;
    use chainlab::query::Query;
    let sim = fresh::<S>(&params, seed, n);
    let q = sim.to_query();
    let (p, s, notices) = S::from_query(&q);
    assert!(notices.is_empty(), "{}: {q}: {notices:?}", std::any::type_name::<S>());
    assert_eq!(p, params, "{}: {q}", std::any::type_name::<S>());
    assert_eq!(s, seed);
    let (state, _) = S::Url::from_query(&Query::parse(&q));
    assert_eq!(state.at(), (sim.step_count() > 0).then_some(sim.step_count()), "{q}");
    assert!(!state.run_query().split('&').any(|kv| kv.starts_with("at=")), "{q}");
}

#[test]
fn every_model_reads_and_writes_its_url() {
    use chainlab::query::{consensus::ConsensusState, rollup::RollupState, stablecoin::StablecoinState};
    use chainlab::query::{swap::SwapState, validators::ValidatorsState};
    url_round_trip::<ConsensusSim>(consensus_params(), 7, 30);
    url_round_trip::<ConsensusSim>(ConsensusState::default().params, 1, 0);
    url_round_trip::<RollupSim>(RollupState::default().params, 3, 40);
    url_round_trip::<SwapSim>(SwapState::default().params, 5, 12);
    url_round_trip::<StablecoinSim>(StablecoinState::default().params, 2, 100);
    url_round_trip::<StablecoinSim>(stablecoin_params(), 2, 10);
    url_round_trip::<ValidatorSim>(ValidatorsState::default().params, 4, 3);
    url_round_trip::<ValidatorSim>(validator_params(), 4, 3);
}

/// Every simulation of the registry passes the interface's self-check from
/// its page's default run (a new simulation is checked by being registered).
#[test]
fn every_registered_simulation_passes_its_self_check() {
    for sim in &chainlab::registry::SIMS {
        (sim.check)().unwrap_or_else(|e| panic!("{}: {e}", sim.name));
    }
}

#[test]
fn the_self_check_says_what_fails() {
    use chainlab::sim::replay::self_check;
    let refused = consensus::Params { nodes: 1, ..Default::default() };
    let e = self_check::<ConsensusSim>(&refused, 1, 10).unwrap_err();
    assert!(e.contains("refused"), "{e}");
    // A run with no step in it.
    let e = self_check::<ConsensusSim>(&consensus_params(), 1, 0).unwrap_err();
    assert!(e.contains("no step"), "{e}");
    assert_eq!(self_check::<SwapSim>(&SwapParams::default(), 3, 30), Ok(()));
}
