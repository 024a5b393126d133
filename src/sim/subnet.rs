//! Avalanche subnets: validator sets that each run consensus for their own
//! chains, every one of whose validators also validates the Primary Network
//! (P-, X- and C-Chain). Source: Chain Lab `reference/models.md` §1 and
//! Avalanche's documentation of subnets before ACP-77.
//!
//! The teaching point is the trade-off the seed texts draw: a subnet is
//! free to choose its own virtual machine, fees and validator rules, but
//! its chains are only as secure as its own (usually small) validator set,
//! whereas a rollup inherits the security of its L1's whole validator set.
//! Each subnet here runs the same Snowball model as the main view, among
//! its own validators only, so the effect of compromising a few of them is
//! measured, not asserted.

use crate::sim::consensus::experiment::Experiment;
use crate::sim::consensus::{Adversary, Params, Protocol};
use crate::sim::rng::seeded;
use rand::RngExt;
use serde::Serialize;

/// A chain and the virtual machine it runs.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Chain {
    pub name: &'static str,
    pub vm: &'static str,
}

/// A validator set and the chains it validates.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Subnet {
    pub name: &'static str,
    /// What it is tuned for (the architectural flexibility).
    pub purpose: &'static str,
    pub chains: Vec<Chain>,
    /// Indices into [`Topology::validators`].
    pub validators: Vec<u32>,
}

/// The Primary Network (subnet 0, every validator) and the other subnets.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Topology {
    pub validators: u32,
    pub subnets: Vec<Subnet>,
}

/// A subnet's name, purpose and chains (name, VM).
type SubnetTemplate = (&'static str, &'static str, &'static [(&'static str, &'static str)]);

const CATALOGUE: [SubnetTemplate; 4] = [
    ("DeFi subnet", "fast blocks and its own gas token for trading", &[("DEX chain", "EVM (Subnet-EVM)")]),
    ("Gaming subnet", "free transactions for players, a custom VM", &[("Game chain", "custom VM"), ("Items chain", "EVM (Subnet-EVM)")]),
    ("Enterprise subnet", "permissioned validators for asset settlement", &[("Settlement chain", "EVM (permissioned)")]),
    ("Data subnet", "a non-EVM VM for storage proofs", &[("Storage chain", "custom VM")]),
];

impl Topology {
    /// `validators` in the Primary Network; `subnets` (up to 4) each drawn
    /// from them, of `subnet_size` validators (at least 2).
    pub fn generate(validators: u32, subnets: u32, subnet_size: u32, seed: u64) -> Topology {
        let validators = validators.max(3);
        let size = subnet_size.clamp(2, validators);
        let mut rng = seeded(seed);
        let mut all = vec![Subnet {
            name: "Primary Network",
            purpose: "platform, exchange and contracts; every validator takes part",
            chains: vec![
                Chain { name: "P-Chain", vm: "Platform VM (validators, subnets)" },
                Chain { name: "X-Chain", vm: "Avalanche VM (asset exchange)" },
                Chain { name: "C-Chain", vm: "EVM (contracts)" },
            ],
            validators: (0..validators).collect(),
        }];
        for (name, purpose, chains) in CATALOGUE.iter().take(subnets.min(4) as usize) {
            let mut ids: Vec<u32> = (0..validators).collect();
            for i in 0..size as usize {
                let j = rng.random_range(i as u32..validators) as usize;
                ids.swap(i, j);
            }
            let mut members = ids[..size as usize].to_vec();
            members.sort_unstable();
            all.push(Subnet {
                name,
                purpose,
                chains: chains.iter().map(|&(name, vm)| Chain { name, vm }).collect(),
                validators: members,
            });
        }
        Topology { validators, subnets: all }
    }

    /// Every subnet validator also validates the Primary Network.
    pub fn every_subnet_validator_in_primary(&self) -> bool {
        let primary = &self.subnets[0].validators;
        self.subnets.iter().all(|s| s.validators.iter().all(|v| primary.contains(v)))
    }
}

/// How one subnet's chains fare with some validators compromised.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SubnetSecurity {
    pub name: &'static str,
    pub validators: u32,
    pub compromised: u32,
    /// The parameters its consensus ran with (K capped by its size).
    pub k: u32,
    pub alpha: u32,
    pub runs: u32,
    /// Runs in which every honest validator finalised.
    pub finalised: u32,
    /// Runs in which honest validators finalised different values.
    pub safety_violations: u32,
    pub mean_rounds: Option<f64>,
}

/// Snowball parameters for a validator set of `n`: avalanchego's defaults
/// (K=20, alpha=15 of 20, Beta=20), with K capped at `n - 1` and alpha
/// scaled to the same three quarters of K. Every honest validator starts
/// on the same block (a chain's normal case); the compromised validators
/// answer against it.
pub fn params_for(n: u32, byzantine: u32, adversary: Adversary) -> Params {
    let k = 20.min(n - 1).max(1);
    let alpha = (k * 3).div_ceil(4).max(k / 2 + 1).min(k);
    Params {
        protocol: Protocol::Snowball,
        nodes: n,
        k,
        alpha_pref: alpha,
        alpha_conf: alpha,
        beta: 20,
        split: 1.0,
        byzantine: f64::from(byzantine) / f64::from(n),
        adversary,
        max_rounds: 400,
        ..Params::default()
    }
}

/// Runs each subnet's consensus `runs` times with the validators in
/// `compromised` acting as Byzantine (`adversary`).
pub fn assess(topology: &Topology, compromised: &[bool], adversary: Adversary, runs: u32, seed: u64) -> Vec<SubnetSecurity> {
    topology
        .subnets
        .iter()
        .map(|s| {
            let n = s.validators.len() as u32;
            let bad = s.validators.iter().filter(|&&v| compromised.get(v as usize).copied().unwrap_or(false)).count() as u32;
            // Keep at least one honest validator so the model has someone to watch.
            let bad_in_model = bad.min(n - 1);
            let params = params_for(n, bad_in_model, adversary);
            let mut e = Experiment::new(params.clone(), seed, runs).expect("params_for gives valid parameters");
            e.run_all();
            let sum = e.summary();
            SubnetSecurity {
                name: s.name,
                validators: n,
                compromised: bad,
                k: params.k,
                alpha: params.alpha_pref,
                runs,
                finalised: sum.finalised,
                safety_violations: sum.safety_violations,
                mean_rounds: sum.mean_rounds,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subnets_are_subsets_of_the_primary_network() {
        for seed in 0..20 {
            let t = Topology::generate(30, 4, 8, seed);
            assert_eq!(t.subnets.len(), 5);
            assert_eq!(t.subnets[0].validators.len(), 30);
            assert!(t.every_subnet_validator_in_primary());
            for s in &t.subnets[1..] {
                assert_eq!(s.validators.len(), 8);
                let mut v = s.validators.clone();
                v.dedup();
                assert_eq!(v.len(), 8, "distinct validators");
            }
        }
    }

    #[test]
    fn an_uncompromised_subnet_always_finalises() {
        for size in [2, 3, 5, 8, 20] {
            let t = Topology::generate(40, 4, size, 9);
            let s = assess(&t, &[false; 40], Adversary::Balance, 10, 2);
            for x in &s {
                assert_eq!(x.finalised, 10, "{size}: {x:?}");
            }
        }
    }

    #[test]
    fn params_are_valid_for_every_size() {
        for n in 2..60 {
            for b in 0..n {
                assert!(params_for(n, b, Adversary::Balance).validate().is_ok(), "n={n} b={b}");
            }
        }
    }

    #[test]
    fn compromising_a_small_subnet_hurts_it_more_than_the_primary_network() {
        let t = Topology::generate(60, 1, 6, 3);
        // Compromise three of the small subnet's six validators.
        let mut bad = vec![false; 60];
        for &v in t.subnets[1].validators.iter().take(3) {
            bad[v as usize] = true;
        }
        let s = assess(&t, &bad, Adversary::Balance, 20, 1);
        assert!(s[1..].iter().all(|x| x.compromised > 0 || x.finalised == 20));
        let primary = &s[0];
        let small = &s[1];
        assert_eq!(primary.compromised, 3);
        assert_eq!(small.compromised, 3);
        assert_eq!(primary.finalised, 20, "3 of 60 cannot stop the Primary Network");
        assert!(small.finalised < 20 || small.safety_violations > 0, "{small:?}");
    }
}
