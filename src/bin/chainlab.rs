//! `chainlab`: the command-line runner over Chain Lab's simulation core,
//! for slides, autograders and papers. Same seed and parameters, same
//! results as the browser app. One module per subcommand
//! (`chainlab/<name>.rs`), named as in `chainlab::registry`.

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "chainlab", version, about = "Chain Lab simulations from the command line")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Sampling consensus (Slush, Snowflake, Snowball): many seeded runs.
    ///
    /// Run r uses seed S + r. Prints, per run, the rounds to finality, the
    /// finalised colour and whether safety was violated (two honest nodes
    /// finalising different colours), then summary statistics.
    Consensus(ConsensusArgs),
    /// Atomic swap with two hash time-locked contracts: one scenario, or
    /// the exhaustive check of a scenario's configuration (--verify).
    ///
    /// Prints each event (time as h:mm, chain, text), the outcome and both
    /// parties' balances. With --verify, explores every interleaving of a
    /// scaled-down model and prints the properties, the number of states
    /// and the shortest counterexample, if any.
    Swap(SwapArgs),
    /// Arbitrum-style optimistic rollup: batches, assertions, challenges.
    ///
    /// Runs the traffic for --hours, then until every assertion is final or
    /// rolled back. Prints each batch (transactions, raw and Brotli bytes,
    /// ratio, L1 gas and cost per transaction against L1 alone), each
    /// assertion and each challenge with its bisection.
    Rollup(RollupArgs),
    /// Proof-of-stake validators (Ethereum rules): stake, rewards,
    /// slashing, exits through the churn queue, concentration, and the
    /// cascade when the staked token's price falls.
    ///
    /// Prints, per epoch (every --every epochs), the price, active
    /// validators and stake, those leaving, slashings and exits, the
    /// Nakamoto coefficients at 33.4%, 50% and 66.7% and the cost of
    /// attack at each threshold (that share of active stake times the price).
    Validators(ValidatorsCmdArgs),
    /// Algorithmic stablecoin (Terra UST / LUNA): the peg, the market
    /// module, and the death spiral of May 2022.
    ///
    /// Prints one row per step (every --every steps) with prices, supplies,
    /// the reserve, the mint capacity used, panic and the step's flows;
    /// human output is a summary. --set key=value changes any parameter
    /// (keys as in the page's URL; --list-params lists them).
    Stablecoin(StablecoinArgs),
}

#[path = "chainlab/consensus.rs"]
mod consensus;
#[path = "chainlab/rollup.rs"]
mod rollup;
#[path = "chainlab/stablecoin_cli.rs"]
mod stablecoin_cli;
#[path = "chainlab/swap.rs"]
mod swap;
#[path = "chainlab/validators.rs"]
mod validators;

use consensus::ConsensusArgs;
use rollup::RollupArgs;
use stablecoin_cli::StablecoinArgs;
use swap::SwapArgs;
use validators::ValidatorsCmdArgs;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Consensus(args) => consensus::consensus(args),
        Command::Swap(args) => swap::swap(args),
        Command::Rollup(args) => rollup::rollup(args),
        Command::Validators(args) => validators::validators_cmd(args),
        Command::Stablecoin(args) => stablecoin_cli::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("chainlab: {e}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    /// One subcommand per simulation of the registry, by its name, in its order.
    #[test]
    fn subcommands_are_the_registry() {
        let cli = Cli::command();
        let names: Vec<&str> = cli.get_subcommands().map(|c| c.get_name()).collect();
        let mut want = chainlab::registry::NAMES.to_vec();
        let mut got = names.clone();
        want.sort_unstable();
        got.sort_unstable();
        assert_eq!(got, want, "chainlab's subcommands {names:?}");
    }
}
