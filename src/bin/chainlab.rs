//! `chainlab`: the command-line runner over Chain Lab's simulation core,
//! for slides, autograders and papers. Same seed and parameters, same
//! results as the browser app. One module per subcommand
//! (`chainlab/<name>.rs`), named as in `chainlab::registry` and declared
//! from it: adding a subcommand does not change this file.

use std::process::ExitCode;

/// What a subcommand's module gives: `command()` (its arguments, with the
/// doc comment as its help) and `run_matches` (parses them and runs).
#[macro_export]
macro_rules! subcommand {
    ($(#[$doc:meta])* $name:literal, $args:ty, $run:path) => {
        $(#[$doc])*
        #[derive(clap::Parser)]
        struct Subcommand {
            #[command(flatten)]
            args: $args,
        }
        /// The subcommand's arguments and help.
        pub fn command() -> clap::Command {
            <Subcommand as clap::CommandFactory>::command().name($name)
        }
        /// Runs the subcommand with the arguments it was given.
        pub fn run_matches(m: &clap::ArgMatches) -> Result<(), Box<dyn std::error::Error>> {
            $run(<$args as clap::FromArgMatches>::from_arg_matches(m)?)
        }
    };
}

/// One module per subcommand, `chainlab/<name>.rs`, for every simulation
/// of the registry (`chainlab::with_sim_names!`): each gives `command()`
/// (its arguments and help) and `run_matches`.
#[path = "chainlab"]
mod commands {
    /// What a subcommand's module gives.
    pub struct Subcommand {
        pub command: fn() -> clap::Command,
        pub run: fn(&clap::ArgMatches) -> Result<(), Box<dyn std::error::Error>>,
    }
    macro_rules! declare {
        ($($name:ident),*) => {
            $(pub mod $name;)*
            /// Every subcommand, in the order of the help.
            pub const ALL: &[Subcommand] = &[$(Subcommand { command: $name::command, run: $name::run_matches }),*];
        };
    }
    chainlab::with_sim_names!(declare);
}

/// The whole command line: its name, version and subcommands.
fn cli() -> clap::Command {
    clap::Command::new("chainlab")
        .version(env!("CARGO_PKG_VERSION"))
        .about("Chain Lab simulations from the command line")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommands(commands::ALL.iter().map(|c| (c.command)()))
}

fn main() -> ExitCode {
    let matches = cli().get_matches();
    let (name, args) = matches.subcommand().expect("a subcommand is required");
    let i = cli().get_subcommands().position(|c| c.get_name() == name).expect("a known subcommand");
    match (commands::ALL[i].run)(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("chainlab: {e}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::cli;

    /// One subcommand per simulation of the registry, by its name, in its order.
    #[test]
    fn subcommands_are_the_registry() {
        let cli = cli();
        let names: Vec<&str> = cli.get_subcommands().map(|c| c.get_name()).collect();
        let mut want = chainlab::registry::NAMES.to_vec();
        let mut got = names.clone();
        want.sort_unstable();
        got.sort_unstable();
        assert_eq!(got, want, "chainlab's subcommands {names:?}");
    }
}
