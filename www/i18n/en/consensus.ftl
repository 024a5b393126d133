# Chain Lab: the sampling-consensus page (src/ui/consensus*, the model's
# narration in src/sim/consensus/simulation.rs and the link notices in
# src/query/consensus.rs). Keys start with consensus-.

## The explanation panel
consensus-explain-looking = What you are looking at
consensus-explain-try = What to try
consensus-explain-differs = Where the real protocol differs
consensus-looking-network-shapes = Each shape is a node (a red circle or a blue square; with more colours, green triangles and amber diamonds). Every round, each honest node that has not yet decided asks K peers, picked at random, which colour they prefer, and counts the answers. Its colour is its current preference; the brighter it is, the more polls in a row have agreed with it (its confidence); a dot in the middle means it has finalised and will not change again.
consensus-looking-network-differ = The three protocols differ only in what a node does with the count:
consensus-looking-network-slush = : if one colour has at least AlphaPreference votes, switch to it. Stop after m rounds, whatever you hold.
consensus-looking-network-snowflake = : as Slush, plus a counter of consecutive polls with at least AlphaConfidence votes for the same colour. A weak or split poll resets it to zero; a strong poll for another colour restarts it at one. At Beta, finalise.
consensus-looking-network-snowball = : as Snowflake, plus a running total per colour of every poll that reached AlphaPreference. The node only changes the colour it answers with when another colour's total becomes strictly larger, so one unlucky poll cannot flip it.
consensus-looking-network-why = Why it works: with K = 20 and AlphaPreference = 15, a poll of a perfectly split network reaches 15 votes for a given colour only about 2% of the time, but at an 80/20 split about 80% of the time. Any small imbalance makes the majority colour more likely to win polls, which makes the imbalance larger: the network tips, and confidence then grows round after round. Each node sends K queries per round, so a round costs about K·n messages instead of the n² of all-to-all voting.
consensus-looking-compare = The same seed and parameters, run three times: once with every honest node running Slush, once Snowflake, once Snowball. Watch which settles first, whether Slush settles at all within its m rounds, and how Byzantine nodes affect each one.
consensus-looking-experiment = Many independent runs of the current parameters. Run r uses seed S + r, so any run can be reopened on its own. The histogram shows how many rounds passed until every honest node had finalised; the table counts runs that stalled at the round cap and runs with a safety violation, where two honest nodes finalised different colours.
consensus-looking-subnets = A subnet is a set of validators that runs consensus for one or more chains of its own; each chain is validated by exactly one subnet. In the model shown here every subnet validator must also validate the Primary Network, whose P-Chain (validators and subnets), X-Chain (asset exchange) and C-Chain (EVM contracts) everyone runs.
consensus-looking-subnets-tradeoff = Each subnet's consensus is simulated among its own validators only, with the validators you mark as compromised acting as Byzantine. That is the trade-off: a subnet can choose its own virtual machine, fees and validator rules, but its chains are only as safe as its own, often small, validator set. A rollup makes the opposite choice: it inherits the security of its whole L1, because anyone can challenge a wrong result there, but it runs under the L1's rules and waits for its finality.
consensus-try-network-split = Set the initial share of red to 50% and watch the network tip one way; change the seed and it may tip the other.
consensus-try-network-balance = Start from 50% with 10% Byzantine nodes using the balance strategy: an adversary that sees every preference can hold the network in its split state, and no one finalises. Switch the strategy to minority: the same nodes now steer everyone to their colour instead.
consensus-try-network-lost = Lose 30% of answers: AlphaConfidence 15 of 20 becomes hard to reach and finality slows or stops.
consensus-try-network-nodes = Raise the node count from 100 to 10,000: finality takes only a few more rounds (about 35 on average at 100 nodes, about 43 at 10,000), because each node still asks only K peers.
consensus-try-network-inspect = Click a node, then step with the → key: its last poll, its counters and the lines to the peers it asked all update.
consensus-try-compare-slush = Set Slush's m to 5: it stops while the network is still split, and honest nodes accept different colours. Snowflake and Snowball never stop on a fixed clock; they wait for Beta confident polls in a row.
consensus-try-compare-contrarian = Add Byzantine nodes with the contrarian strategy and compare Snowflake's resets with Snowball's steadier preference.
consensus-try-experiment-beta = Set Beta to 1, with no Byzantine nodes at all: nearly every run ends with honest nodes finalising different colours, because one lucky poll finalises a node. At Beta 2 some runs still fail, at Beta 3 about one in two hundred; from 4 up, none of 200 do, and each step of Beta costs about one more round. Beta buys safety with latency.
consensus-try-experiment-byzantine = Add 10% Byzantine nodes with the balance strategy: at Beta 3 most runs lose safety; from Beta 5 the same attack can only stall the network.
consensus-try-experiment-alpha = Compare AlphaConfidence 15 with 18 (K = 20): how does the distribution move?
consensus-try-subnets-third = Compromise a third of one small subnet's validators: its chain stalls or splits while the Primary Network, where those are a small share, carries on.
consensus-try-subnets-large = Make the subnets as large as the Primary Network: their security catches up, and so does the cost of running them.
consensus-differs-synchronous = Rounds here are synchronous: everyone polls the preferences as they stood at the start of the round. Real nodes poll asynchronously and keep several polls in flight.
consensus-differs-uniform = Peers are sampled uniformly. avalanchego samples validators in proportion to their stake.
consensus-differs-snowman = A node here decides one value. Avalanche's C-Chain and P-Chain run Snowman, which applies the same rules to each block of a linear chain; current avalanchego can also take several (AlphaConfidence, Beta) pairs, finalising on whichever is met first. The model uses one pair.
consensus-differs-adversary = The Byzantine nodes here see every honest node's preference each round: the powerful, fully informed adversary the Avalanche paper assumes. The balance strategy shows what such an adversary can do to a network that starts perfectly split. Real contention is rare, since honest clients do not issue conflicting transactions.
consensus-differs-acp77 = Subnets: since ACP-77 (the Etna upgrade, December 2024), validators of new Avalanche L1s no longer have to validate the Primary Network; they pay a continuous fee instead. The view shows the earlier rule described in the course notes.
consensus-explain-sources = Sources: the update rules and parameter checks follow ava-labs/avalanchego, snow/consensus/snowball (parameters.go, nnary_snowflake.go, nnary_snowball.go); Team Rocket, Yin, Sekniqi, van Renesse and Sirer, "Scalable and Probabilistic Leaderless BFT Consensus through Metastability" (2019); Avalanche Community Proposal 77.

## The page's head and views
consensus-title = Sampling consensus
consensus-subtitle = Avalanche's Snow family
consensus-views-label = Views
consensus-view-network = Network
consensus-view-compare = Compare
consensus-view-experiment = Experiment
consensus-view-subnets = Subnets
consensus-history-chart = history chart
consensus-histogram = histogram
consensus-command-refused = { $command } does nothing in the { $view } view

## Colours and Byzantine strategies
consensus-colour-red = red
consensus-colour-blue = blue
consensus-colour-green = green
consensus-colour-amber = amber
consensus-adversary-minority = always answer the initial minority colour
consensus-adversary-balance = answer whichever colour is behind, to keep the network split
consensus-adversary-contrarian = answer each querier the opposite of its own preference

## The network view: status line, counts, inspector
consensus-status-running = undecided · { $finalised } of { $honest } honest nodes finalised
consensus-status-finalised-colour = every honest node finalised { $colour } in { $rounds } rounds
consensus-status-finalised = every honest node finalised in { $rounds } rounds
consensus-status-stalled = stalled: not every honest node finalised within { $rounds } rounds
consensus-status-safety-violation = SAFETY VIOLATION: honest nodes finalised different colours
consensus-round = Round
consensus-prefer = prefer { $colour }
consensus-finalised = Finalised
consensus-mean-confidence = Mean confidence
consensus-successful-polls = Successful polls
consensus-byzantine = Byzantine
consensus-nodes-roledescription = network
consensus-nodes-label = { $nodes } nodes; colour shows preference, brightness confidence; click a node, or use the arrow keys, to inspect it
consensus-history-chart-label = Chart: share of honest nodes preferring each colour and mean confidence, per round
consensus-legend = Brighter = more confident · dot = finalised · dark with a cross = Byzantine · shapes repeat the colours (red circle, blue square, green triangle, amber diamond) · click a node to see its last poll.
consensus-focus-byzantine = Node { $id }: Byzantine
consensus-focus-finalised = finalised in round { $round }
consensus-focus-not-finalised = not finalised
consensus-focus-node = Node { $id }: prefers { $colour }, confidence { $confidence } of { $beta }, { $finalised }
consensus-inspect-hint = Click or tap a node to inspect it.
consensus-inspector-byzantine = Node { $id } · Byzantine
consensus-inspector-adversary = Does not run the protocol; it answers every query adversarially: { $strategy }.
consensus-node = Node { $id }
consensus-preference = Preference
consensus-snowflake-preference = Snowflake preference
consensus-strength = Strength
consensus-confidence = Confidence
consensus-node-finalised = Finalised
consensus-in-round = in round { $round }
consensus-not-yet = not yet
consensus-no-poll = No poll yet (or finalised before polling).
consensus-poll-lost = { $lost } lost
consensus-last-poll = Last poll of K = { $k } peers: { $votes } (AlphaPreference { $ap }, AlphaConfidence { $ac })
consensus-chip-answer = node { $peer } answered { $colour }
consensus-chip-lost = node { $peer }: answer lost

## The compare and experiment views
consensus-compare-network-label = { $protocol } network
consensus-compare-chart-label = { $protocol } preference and confidence per round
consensus-experiment-progress = { $done } of { $total } runs (seeds { $first } to { $last })
consensus-histogram-label = Histogram of rounds to finality
consensus-runs-finalised = Runs finalised
consensus-n-of-m = { $n } of { $m }
consensus-stalled-runs = Stalled (no finality by the cap)
consensus-safety-violations = Safety violations
consensus-rounds-to-finality = Rounds to finality: mean / median / 95th percentile
consensus-fastest-slowest = Fastest / slowest
consensus-runs-per-colour = Runs settled on each colour
consensus-violation-runs = Runs with a safety violation (open one to watch it):
consensus-seed-button = seed { $seed }
consensus-cancel = Cancel
consensus-workers-fallback-playing = Running on this page, between frames: the workers stopped ({ $why }).
consensus-workers-fallback = On this page, between frames: the workers stopped ({ $why }).
consensus-workers-starting = Starting the background workers…
consensus-workers-running = { $n ->
    [one] Running in { $n } background worker.
   *[other] Running in { $n } background workers, one per core.
}
consensus-workers-idle = Played, the runs go to background workers, one per core.
consensus-worker-out-of-order = a worker's run was not the next one: { $why }
consensus-worker-params-unsent = the parameters could not be sent: { $why }
consensus-worker-unreadable = a worker's run could not be read: { $why }

## The parameters panel
consensus-legend-protocol = Protocol
consensus-legend-network = Network
consensus-legend-snow = Snow parameters
consensus-legend-adversity = Adversity
consensus-param-nodes = Nodes
consensus-param-nodes-title = Honest and Byzantine nodes together
consensus-param-colours = Colours
consensus-param-split = Initial share of red
consensus-param-split-title = Share of honest nodes that start preferring red; the rest are spread over the other colours
consensus-param-k = K (sample size)
consensus-param-k-title = K: peers sampled per poll
consensus-param-ap-title = AlphaPreference: votes for one colour needed to adopt it
consensus-param-ac-title = AlphaConfidence: votes needed for the poll to count toward confidence
consensus-param-beta-title = Beta: consecutive confident polls to finalise
consensus-param-m = Rounds m
consensus-param-m-title = Slush accepts its preference after m rounds
consensus-param-rule = Valid when K/2 < AlphaPreference ≤ AlphaConfidence ≤ K (avalanchego).
consensus-preset-default = avalanchego default 20/15/15/20
consensus-preset-small = small 10/7/8/10
consensus-param-byz = Byzantine nodes
consensus-param-byz-title = Fraction of nodes that answer adversarially
consensus-param-strategy = Strategy
consensus-param-drop = Lost answers
consensus-param-drop-title = Probability that any one answer never arrives
consensus-param-max = Round cap
consensus-param-max-title = A run stops here if not every honest node has finalised
consensus-param-runs = Runs
consensus-param-runs-title = How many seeded runs the experiment makes
consensus-param-kept = The run keeps its last valid parameters.
consensus-param-not-number = { $label }: { $raw } is not a number
consensus-param-out-of-range = { $label } = { $value }: must be between { $min } and { $max }

## The subnets view
consensus-subnets-primary-validators = Primary Network validators
consensus-subnets-count = Subnets
consensus-subnets-size = Validators per subnet
consensus-subnets-compromised = Compromised validators
consensus-subnets-clear = Clear compromised
consensus-subnets-hint = Click a validator to compromise it (or restore it). { $compromised } of { $validators } compromised. Each chain's row shows { $runs } simulated Snowball runs among that subnet's validators only.
consensus-subnets-compromise-third = compromise a third of it
consensus-subnets-validators-label = { $subnet } validators
consensus-validator = validator { $v }
consensus-validator-compromised = validator { $v } (compromised)
consensus-verdict-unsafe = unsafe: { $n } of { $runs } runs finalised conflicting values
consensus-verdict-stalls = stalls: { $n } of { $runs } runs reached finality
consensus-verdict-healthy = healthy: { $n } of { $runs } runs finalised, { $mean } rounds on average
consensus-verdict-line = { $validators } validators, { $compromised } compromised ({ $pct }%), K = { $k }, alpha = { $alpha }
consensus-subnet-primary = Primary Network
consensus-subnet-primary-purpose = platform, exchange and contracts; every validator takes part
consensus-subnet-defi = DeFi subnet
consensus-subnet-defi-purpose = fast blocks and its own gas token for trading
consensus-subnet-gaming = Gaming subnet
consensus-subnet-gaming-purpose = free transactions for players, a custom VM
consensus-subnet-enterprise = Enterprise subnet
consensus-subnet-enterprise-purpose = permissioned validators for asset settlement
consensus-subnet-data = Data subnet
consensus-subnet-data-purpose = a non-EVM VM for storage proofs
consensus-chain-dex = DEX chain
consensus-chain-game = Game chain
consensus-chain-items = Items chain
consensus-chain-settlement = Settlement chain
consensus-chain-storage = Storage chain
consensus-vm-platform = Platform VM (validators, subnets)
consensus-vm-avalanche = Avalanche VM (asset exchange)
consensus-vm-contracts = EVM (contracts)
consensus-vm-permissioned = EVM (permissioned)
consensus-vm-custom = custom VM
consensus-tradeoff-subnet = Subnet: its own security
consensus-tradeoff-subnet-text = Choose the VM, the gas token, who may validate. Safety rests on the subnet's own validators; a small set is cheap to run and cheap to attack.
consensus-tradeoff-rollup = Rollup: inherited security
consensus-tradeoff-rollup-text = Transactions execute off-chain, but the L1's validators decide disputes: one honest challenger and the L1 suffice. The price: the L1's rules, its fees for data, and a challenge window before withdrawals are final.

## The narration (live region, embeds, the CLI) and the link notices
consensus-narration-share = { $pct }% prefer { $colour }
consensus-narration-running = Round { $round }: { $shares }; { $finalised } of { $honest } honest nodes finalised
consensus-narration-finalised-colour = Round { $round }: every honest node finalised { $colour }
consensus-narration-finalised = Round { $round }: every honest node finalised
consensus-narration-stalled = Round { $round }: stalled, { $finalised } of { $honest } honest nodes finalised
consensus-narration-safety-violation = { $line }. Safety violation: honest nodes finalised different colours
consensus-narration-compare-part = { $protocol } { $finalised } of { $honest } finalised
consensus-narration-compare = Round { $round }: { $parts }
consensus-narration-experiment = { $done } of { $total } runs complete: { $finalised } finalised, { $stalled } stalled, { $violations } safety violations
consensus-narration-subnets = Subnets and the Primary Network
consensus-notice-defaults = { $rule }; using the defaults for { $params }
consensus-notice-at = at = { $at } would replay { $at } rounds of { $nodes } nodes on load; opening at round { $round } instead

## The parameters' rules (src/sim/consensus/params.rs: the parameters panel's
## error line and the link notices)
consensus-rule-nodes = nodes = { $nodes }: must be between { $min } and { $max }
consensus-rule-batch-samples = nodes x K = { $nodes } x { $k }: at most { $max } sampled peers are kept (about 250 MB)
consensus-rule-k-positive = K = { $k }: fails the rule 0 < K
consensus-rule-k-max = K = { $k }: the model allows at most { $max } (avalanchego's default is 20)
consensus-rule-k-nodes = K = { $k }, nodes = { $nodes }: fails the rule K <= nodes - 1 (a node samples K distinct peers, never itself)
consensus-rule-alpha-pref = K = { $k }, AlphaPreference = { $ap }: fails the rule K/2 < AlphaPreference
consensus-rule-alpha-order = AlphaPreference = { $ap }, AlphaConfidence = { $ac }: fails the rule AlphaPreference <= AlphaConfidence
consensus-rule-alpha-conf = K = { $k }, AlphaConfidence = { $ac }: fails the rule AlphaConfidence <= K
consensus-rule-beta = Beta = { $beta }: fails the rule 0 < Beta
consensus-rule-m = Slush rounds m = 0: fails the rule 0 < m
consensus-rule-colours = colours = { $colours }: must be between 2 and { $max }
consensus-rule-split = split = { $split }: must be between 0 and 1
consensus-rule-byzantine = Byzantine fraction = { $byzantine }: must be at least 0 and below 1
consensus-rule-no-honest = Byzantine fraction leaves no honest node
consensus-rule-drop = drop = { $drop }: must be at least 0 and below 1
consensus-rule-max-rounds = max rounds = 0: must be at least 1
