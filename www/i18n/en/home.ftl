# Chain Lab: the home page.

home-lede = How blockchain infrastructure really works, as live simulations you can play, pause, step and replay. Every run is seeded: the same link gives the same run on every machine.
sim-consensus-title = Sampling consensus
sim-consensus-line = Avalanche's Slush, Snowflake and Snowball: nodes poll a few random peers until the whole network agrees, and what a few liars among them can do.
sim-rollup-title = Optimistic rollup
sim-rollup-line = Arbitrum-style batches, Brotli-compressed and posted to Ethereum, a 6.4-day challenge window, and a fraud proof narrowed down to the one step L1 executes. Inject a wrong state root and see it caught, or become final when no validator watches.
sim-swap-title = Atomic swap
sim-swap-line = Two chains, two hash time-locked contracts and one secret: when both follow the protocol, both legs settle or neither does. Seven scenarios show what happens when someone stops, cheats or is slow.
sim-stablecoin-title = Stablecoin death spiral
sim-stablecoin-line = Terra's market module mints and burns to hold a peg, until a run turns it into a death spiral: the feedback loop live, beside the real history of May 2022.
sim-validators-title = Proof-of-stake validators
sim-validators-line = Stake, rewards, slashing and concentration, and the cascade when the staked token collapses.
