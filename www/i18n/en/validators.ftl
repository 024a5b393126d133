# Chain Lab: the proof-of-stake validators page (src/ui/validators*, src/charts/validators.rs,
# the model's narration and finality story, the link notices).

## Shared formats
validators-pct = { $p }%
validators-usd = ${ $v }
validators-eth = { $v } ETH
validators-yes = yes
validators-no = no
validators-none = none
validators-nobody = nobody
validators-epoch-day = epoch { $epoch } (day { $day })

## The page
validators-title = Proof-of-stake validators
validators-subtitle = stake, slashing, concentration, and what a collapsing token does to them
validators-presets-label = Presets
validators-preset-ethereum = Ethereum's entities, 2022
validators-preset-mass-slashing = The largest operator slashed
validators-preset-decline = Price falls 90%
validators-preset-collapse = Token collapses −99.99%
validators-preset-luna = LUNA from the stablecoin simulation
validators-preset-offline = Over a third goes offline (40%)
validators-preset-partition = Network partition
validators-lorenz-name = Lorenz curve
validators-chart-name = chart
validators-status = Epoch { $epoch } of { $epochs } · day { $day } · token { $price } · { $active } active validators ({ $stake } ETH), { $exiting } in the exit queue, { $slashed } slashed, { $exited } exited
validators-nc-label = operators control { $share }
validators-nc-halt = can halt finality
validators-nc-outvote = can outvote the rest
validators-nc-finalise = can finalise alone
validators-nc-cost = attack costs { $cost }
validators-whatif-label = What if
validators-whatif-now = What if, now:
validators-whatif-redelegate = Re-delegate the largest
validators-whatif-merge = Merge the two largest
validators-whatif-slash = Slash the largest
validators-whatif-redelegate-hint = The largest operator's validators move to the others, smallest first
validators-whatif-merge-hint = The second-largest operator merges into the largest
validators-whatif-slash-hint = Every validator of the largest operator is slashed at once
validators-largest = Largest: { $name } ({ $share }% of active stake)
validators-stage-role = validator set
validators-stage-label = The validators, one square each, grouped by operator; hollow: offline; red: slashed; yellow ring: in the exit queue; grey: exited; dot: proposed a block this epoch. Arrow keys inspect one validator: left and right the next, up and down the next operator
validators-key-attesting = attesting (operators alternate blue and green)
validators-key-offline = offline
validators-key-slashed = slashed
validators-key-queue = in the exit queue
validators-key-exited = exited
validators-key-proposer = proposed this epoch. Squares shrink with their balance.
validators-lorenz-label = Lorenz curve of stake over operators; Gini { $gini }
validators-chart-nakamoto-label = Nakamoto coefficient at { $a }, { $b } and { $c } over time
validators-chart-cost-label = Cost of attack in USD over time, log scale
validators-chart-active-label = Validators active and in the exit queue over time
validators-gini = Gini (operators)
validators-operators-with-stake = Operators with stake
validators-participation = Participation
validators-apr-title = This epoch's rewards per staked ETH, times 82,125 epochs a year
validators-apr = Reward rate, yearly
validators-apr-note = each validator's reward scales with 1/√(total stake): it rises as stake leaves, and this model's set is far smaller than Ethereum's
validators-whatifs-so-far = What-ifs so far

## The finality panel
validators-strip-label = Finality strip: each column is a stretch of epochs, green finalised, blue justified only, grey not justified, a red band where the chain leaks. Finalised epoch { $finalized }, finality delay { $delay } epochs
validators-finality-title = Finality (Casper FFG)
validators-finalised-epoch = Finalised epoch
validators-finality-delay = Finality delay
validators-finality-delay-value = { $epochs } epochs ({ $days } days)
validators-target-voting = Voting for the target
validators-target-share = { $share }% (2/3 needed)
validators-leak = Inactivity leak
validators-key-final = finalised
validators-key-justified = justified
validators-key-none = not justified
validators-key-leak = inactivity leak; dashed: the outage begins
validators-balances-label = Balance over time of one validator that is cut off and one that stays online, in ETH; ejection at 16 ETH

## The slashing panel
validators-slashing-title = Slashing now ({ $fork })
validators-initial-penalty = Initial penalty, 32 ETH validator
validators-slashed-window = Slashed in the last 36 days
validators-slashed-window-value = { $eth } ETH ({ $share }% of active)
validators-correlation-penalty = Correlation penalty, if due today
validators-last-correlation = Last slashing's correlation penalty

## Inspecting one validator
validators-reason-slashed = {" "}(slashed)
validators-reason-ejected = {" "}(ejected: balance at 16 ETH)
validators-reason-unprofitable = {" "}(running at a loss)
validators-state-exited = exited{ $reason }
validators-state-exiting = in the exit queue{ $reason }
validators-state-attesting = attesting
validators-operator-line = { $count } validators, { $share }% of the active stake
validators-focus-line = Validator { $i } of { $name }: { $eth } ETH, { $status }
validators-inspect-hint = Click or tap a validator, or Tab to the picture and use the arrow keys, to inspect it.
validators-inspect-title = Validator { $i } · { $name }
validators-balance = Balance
validators-balance-value = { $eth } ETH (effective { $effective } ETH)
validators-inspect-status = Status
validators-proposed = Proposed this epoch
validators-its-operator = Its operator

## Settings
validators-price-stable = Stable
validators-price-decline = Gradual decline (linear)
validators-price-collapse = Collapse: −99.99% in a week (LUNA, May 2022)
validators-price-luna = LUNA from the stablecoin simulation (May 2022)
validators-dist-equal = Equal
validators-dist-powerlaw = Power law
validators-dist-delegation = Delegation to a few
validators-dist-real = Ethereum, Sept 2022
validators-not-a-number = { $raw } is not a number
validators-set = Validator set
validators-field-distribution = Stake distribution
validators-field-alpha = Power-law exponent α
validators-field-big = Large operators
validators-field-big-share = Their share of stake (%)
validators-field-validators = Validators (32 ETH each)
validators-field-operators = Operators
validators-rules = Rules
validators-field-fork = Slashing rules (initial penalty, correlation ×)
validators-field-offline = Offline per epoch (%)
validators-field-lone = Lone slashings per 1,000 epochs
validators-field-epochs = Epochs in the run (225 a day)
validators-price-and-costs = Token price and costs
validators-field-price = Price of the staked token
validators-field-depth = Decline over the run (%)
validators-field-start-price = Starting price (USD)
validators-field-cost-share = Typical cost, % of starting income
validators-cost-rule = A validator asks to exit after a day (225 epochs) of income below its costs. Large operators pay less per validator.
validators-outage = Outage
validators-field-outage = Part of the stake cut off
validators-outage-none = None
validators-outage-offline = A share goes offline
validators-outage-partition = Network partition (two chains)
validators-field-outage-share = Share cut off (% of validators)
validators-field-outage-from = From epoch
validators-outage-offline-rule = They stay offline. Finality needs 2/3 of the active stake voting; without it the inactivity leak drains the offline validators until the rest holds 2/3 again.
validators-outage-partition-rule = Each side sees the other as offline and builds its own chain; both leak, and each finalises its own once its stake holds 2/3 of what it counts.

## The finality strip and the leak's balances (canvas)
validators-strip-chain-a = chain a (the rest)
validators-strip-chain-b = chain b (cut-off side)
validators-strip-chain = chain
validators-strip-row = { $chain }: finalised epoch { $epoch }
validators-day = day { $day }
validators-ejection-line = ejection at 16 ETH
validators-balances-online = — online validator
validators-balances-offline = — offline validator (balance, ETH)

## The explanation
validators-explain-what-title = What you are looking at
validators-explain-what-1 = Each square is a validator: 32 ETH locked for the right to propose blocks and attest to them. Squares are grouped by the operator that runs them (Lido, Coinbase, an exchange, a solo staker). In every 6.4-minute epoch each online validator attests and earns a little; each of the 32 slots has a proposer, drawn in proportion to stake (the dots). An offline validator (hollow) loses what it would have earned for source and target votes.
validators-explain-what-2 = A validator that signs two conflicting votes is slashed (red): it loses a small initial penalty at once, is forced out through the exit queue, and about 18 days later (4,096 epochs) pays a correlation penalty of three times the share of all stake slashed in the surrounding 36 days. One validator's mistake costs almost nothing; a third of the network misbehaving together loses everything. A validator whose effective balance falls to 16 ETH (its balance below 16.75 ETH) is ejected. Exits wait in a queue that lets out only so much stake per epoch (the churn limit: 128 to 256 ETH from Electra, at least 4 validators before it).
validators-explain-what-3 = Finality (Casper FFG): in each epoch the validators vote for a checkpoint, the epoch's first block. When the votes for it carry at least 2/3 of the active effective balance it is justified; two justified checkpoints in a row finalise the first, and a finalised block is never reverted. The finality strip shows this epoch by epoch. If more than a third of the stake is offline, nothing is justified and finality stops. After 4 epochs without it the inactivity leak begins: every validator that misses its vote adds 4 to its inactivity score each epoch and loses effective balance × score / 2^26 (from Bellatrix on; 3 × 2^26 under Altair's rules) on top of the usual penalties, so the loss grows with the square of the time offline, while those who vote earn nothing for it. The leak stops once the stake still voting holds 2/3 of the active balance again: the offline validators have lost enough (or been ejected at 16 ETH), and finality returns. Just over a third offline comes back in days; 40% takes about two weeks.
validators-explain-what-4 = A network partition splits the validators into two sides that cannot hear each other. Each side builds its own chain and sees the other side as offline, so both leak. After weeks each side holds 2/3 of the stake that its own chain still counts, and both finalise: two conflicting finalised chains, a safety failure that the protocol cannot undo by itself. That is why a partition longer than the leak is dangerous.
validators-explain-what-5 = Decentralisation is measured over operators, not validators: the Nakamoto coefficient is the fewest operators who together control a threshold of stake. 33.4% (more than a third) can stop the chain from finalising; 50% can outvote the rest on the fork choice; 66.7% can finalise whatever it likes. The cost of attack is that share of the active stake, times the token's price.
validators-explain-what-6 = When the staked token's price falls, a validator's income (fixed in tokens) falls in dollars while its costs (servers, staff) do not. Those whose income stays below their costs for a day ask to exit; small operators, with higher costs per validator, leave first. Active stake shrinks, the stake left is held by fewer, larger operators, and an attack costs less: in tokens and much more in dollars.
validators-explain-try-title = What to try
validators-explain-try-1 = On the default (Ethereum's entities in September 2022), press “Merge the two largest”: Lido and Coinbase together hold 46%, and the coefficient at 33.4% drops from 2 to 1. Reset, then “Re-delegate the largest”: Lido's validators spread over the others and it rises from 2 to 4.
validators-explain-try-2 = Press “Slash the largest” and play for 20 days (4,500 epochs) with the Electra rules: the initial penalty is tiny, but at day 18 the correlation penalty takes almost all of the slashed 31%, because so much was slashed at once. Then switch the rules to Bellatrix–Deneb and compare the first drop (1/32 = 1 ETH instead of 1/4096).
validators-explain-try-3 = Choose the collapse price (99.99% in a week, as LUNA in May 2022) and play: from about day 5 the exit queue fills, active stake and the cost of attack fall, and the Nakamoto coefficient shrinks as small operators leave before the large ones.
validators-explain-try-4 = Compare “Price falls 90%”: the cost of attack in dollars falls with the price from the first day, while validators leave only as the price passes each one's break-even: a few by day 20, about half by day 27, the small operators first (the coefficient at 33.4% ends at 1).
validators-explain-try-5 = “LUNA from the stablecoin simulation” feeds the stablecoin page's May 2022 run into the validators: LUNA falls from about $85 to under a cent within days, and every validator leaves.
validators-explain-try-6 = “Over a third goes offline (40%)”: finality stops after epoch 223, the leak begins six epochs later, and the offline validators' balance curve bends down ever faster while the online one stays flat. Finality returns at about day 14, when the online 60% holds 2/3 of what is left. Then set the share to 34% in the Outage settings: a 1 ETH drop is enough, and finality is back within about two days.
validators-explain-try-7 = “Network partition”: 40% are cut off from the rest. Both chains leak; the larger side finalises its own chain after about 2 weeks, the smaller one only once the larger side's validators on its chain are ejected at 16 ETH, after about 3 weeks. From then on two conflicting chains are final.
validators-explain-try-8 = In the collapse presets, watch the finality strip: the validators that stay keep voting, so the chain keeps finalising as the others leave, until the last one is gone.
validators-explain-try-9 = Try the equal distribution and the power law with the same number of operators, and watch the Lorenz curve and the Gini coefficient.
validators-explain-published-title = Published Nakamoto coefficients
validators-explain-published-1 = As published; methods and thresholds differ, some figures are weakly sourced (the “quality” column), and all of them change over time.
validators-explain-published-download = Download the table (CSV)
validators-published-network = Network
validators-published-coefficient = Coefficient
validators-published-threshold = Threshold
validators-published-validators = Validators
validators-published-as-of = As of
validators-published-source = Source
validators-published-quality = Quality
validators-published-entities = { $network } (entities)
validators-published-share = { $pct }%
validators-published-share-halt = { $pct }% (halt)
validators-published-quality-computed = computed
validators-published-quality-good = good
validators-published-quality-medium = medium
validators-published-quality-weak = weak
validators-operator = Operator { $n }
validators-operator-short = Op { $n }
validators-explain-simplifies-title = Where the model simplifies
validators-explain-simplifies-1 = Every validator starts active with 32 ETH and withdrawal credentials of type 0x01; there are no new deposits, no compounding validators of up to 2,048 ETH (Electra), and rewards are not withdrawn.
validators-explain-simplifies-2 = Rewards follow Altair's formulas (base reward from the square root of total stake; source, target and head weights 14, 26 and 14 of 64; the proposer's 8 of 64) but every attestation is timely and the sync committee's 2 of 64 is left out. Each epoch's votes are counted at the end of that same epoch (the chain counts them one epoch later), so finality here runs one epoch ahead of Ethereum's. The leak divides by 4 × 2^24 = 2^26 from Bellatrix to Electra; Altair runs use Altair's 3 × 2^26, and so do Phase 0 runs, because Phase 0's own leak, which grew with the finality delay, is not modelled.
validators-explain-simplifies-3 = An outage takes out a fixed share of validators, spread over the operators; in the outage presets nobody has running costs and there is no random downtime, so only the protocol acts. A partition is two copies of the chain from the same seed; the two sides never reconnect.
validators-explain-simplifies-4 = Proposers are drawn by effective balance as in the spec's rejection sampling, with the model's random generator rather than RANDAO.
validators-explain-simplifies-5 = A small network (hundreds to thousands of validators rather than a million) keeps the churn limit at its minimum, so exits take days here, not the weeks they take on Ethereum. It also pays far more: Altair's reward falls with the square root of total stake, so 1,000 validators earn about 90% a year where Ethereum's million earn about 3%. Costs are set relative to income, so the cascade does not depend on it.
validators-explain-simplifies-6 = Costs are an assumption: a share of each validator's starting income, lower per validator for large operators. The token price is given, not a market: nobody buys the stake that leaves. A collapse also means validators want to sell; the model has them leave only when running at a loss.
validators-explain-simplifies-7 = “Re-delegate” moves the largest operator's validators to the others at once, as a delegated-proof-of-stake chain does; on Ethereum this would need exits and new deposits through both queues. The remainder of the September 2022 shares beyond the four named entities is spread equally, an assumption.
validators-explain-simplifies-sources = Sources: ethereum/consensus-specs, specs/phase0, altair, bellatrix and electra beacon-chain.md (slash_validator, process_slashings, initiate_validator_exit, compute_exit_epoch_and_update_churn, get_base_reward, EJECTION_BALANCE, weigh_justification_and_finalization, process_inactivity_updates, get_inactivity_penalty_deltas, INACTIVITY_PENALTY_QUOTIENT_BELLATRIX, process_effective_balance_updates); Nakamoto coefficients: data/nakamoto-coefficients.csv with the sources listed above; LUNA's fall: data/terra-may-2022-daily.csv; Chain Lab reference/models.md §5.

## The charts (canvas and SVG; `long|short` titles: the chart picks what fits)
validators-series-nakamoto = Nakamoto coefficient (operators)
validators-series-cost = Cost of attack (USD, log scale)
validators-series-active = Validators active and leaving
validators-unit-nakamoto = operators needed|operators
validators-unit-cost = USD to buy the stake (log)|USD (log)
validators-unit-active = validators
validators-lorenz-stake = stake held
validators-lorenz-equal = equal shares
validators-lorenz-gap = gap: Gini = twice its area|gap: Gini
validators-lorenz-title = Lorenz curve of stake · Gini { $gini }|Lorenz curve · Gini { $gini }
validators-lorenz-x = share of operators, smallest first (%)|operators, smallest first
validators-lorenz-y = share of stake (%)|stake (%)
validators-line-halt = { $share } (halt finality)
validators-line-majority = { $share } (majority)
validators-line-finalise = { $share } (finalise alone)
validators-line-of-stake = { $share } of stake
validators-line-active = active
validators-line-leaving = leaving (in the exit queue)
validators-x-days = day of the run (225 epochs a day)|day of the run|day
validators-usd-b = ${ $v }B
validators-usd-m = ${ $v }M
validators-usd-k = ${ $v }k

## The narration (the live region; natively the CLI's English)
validators-usd-billion = ${ $v } billion
validators-usd-million = ${ $v } million
validators-n-whatif = what-if “{ $name }”
validators-n-slashed = { $n } slashed
validators-n-asked-to-exit = { $n } asked to exit
validators-n-left = { $n } left the active set
validators-n-sep = {", "}
validators-n-what = {" "}{ $list }.
validators-n-was = {" "}(was { $n })
validators-n-stand = { $active } validators active, { $exiting } exiting, { $slashed } slashed in all; Nakamoto coefficient { $nc } at { $share }{ $was }; cost of attack { $cost } at { $price } a token
validators-n-finality = ; { $status }
validators-n-line = Epoch { $epoch } (day { $day }):{ $what } { $stand }{ $finality }

## What finality did (the finality panel and the narration)
validators-story-stopped = Finality stopped after epoch { $epoch } (day { $day }): only { $share }% of the active stake voted for the target, below the 2/3 that justifies a checkpoint.
validators-story-leak = From epoch { $epoch } the finality delay was over 4 epochs: the inactivity leak began. Validators that miss their vote gain 4 to their inactivity score each epoch and lose effective balance × score / 2^26 (3 × 2^26 under Altair's rules) on top of the usual penalties; those who vote earn nothing for it until finality returns.
validators-story-why-down = ; one of the offline validators is down to { $eth } ETH of effective balance
validators-story-why-ejected = ; offline validators were ejected at 16 ETH and left through the exit queue
validators-story-returned = Finality returned at epoch { $epoch } (day { $day }), { $days } days after it stopped: the offline stake had leaked until the { $voting } ETH still voting was 2/3 of the active { $active } ETH again ({ $share }% of it{ $why }).
validators-story-stalled-again = It has stalled again since: not finalised for { $epochs } epochs, with { $share }% of the active stake voting, close to the 2/3 line.
validators-story-not-finalised = Not finalised for { $epochs } epochs ({ $days } days): { $share }% of the active stake votes; finality returns when it reaches 2/3, as the offline validators' balances leak away.
validators-story-finalising = Finalising: epoch { $epoch } is final (finality delay { $delay }), with { $share }% of the active stake voting, above the 2/3 Casper FFG needs.
validators-story-chain-a = Chain a (the rest's): { $line }
validators-story-chain-b = Chain b (the cut-off side's own): { $line }
validators-story-conflict = Both sides have now finalised their own chain since the split at epoch { $from }: chain a epoch { $a }, chain b epoch { $b }. Finalised checkpoints on two conflicting chains: a safety failure that no fork choice can undo; it needs people to pick one.
validators-status-finalised = finalised epoch { $epoch }
validators-status-in-leak = {" "}(inactivity leak)
validators-status-not-finalised = not finalised for { $epochs } epochs{ $leak }, { $share }% voting

## A link's notices (src/query/validators.rs; parameter names and values stay as in the address)
validators-q-ofrom = ofrom = { $from } lies beyond the run's { $epochs } epochs; using { $d }
validators-q-alpha-zero = alpha = 0 flattens the power law: every operator gets the same stake, as with dist=equal
validators-q-whatif-many = whatif has { $n } what-ifs; the page applies the first { $most }
validators-q-whatif-late = whatif = { $value } has an epoch beyond the run's { $epochs }; ignored
validators-q-whatif-bad = { $error }; ignored
validators-q-at = at = { $at } would replay { $at } epochs of { $validators } validators on load; opening at epoch { $replayable } instead
validators-q-at-two-chains = at = { $at } would replay { $at } epochs of { $validators } validators on each of the partition's two chains on load; opening at epoch { $replayable } instead
validators-q-invalid-set = { $error }; using the default validator set

## The model's rules for its parameters (the settings panel's and a link's messages)
validators-e-validators = validators must be 4 to { $max }, not { $n }
validators-e-operators = operators must be 1 to min(validators, { $max }), not { $n }
validators-e-real-shares = the Ethereum 2022 shares need at least 5 operators (4 named entities and the rest)
validators-e-alpha = power-law alpha must be 0 to 4, not { $alpha }
validators-e-delegation = delegation needs 1 <= big < operators and a big share below 1
validators-e-offline = offline rate must be at most 10,000 per 10,000, not { $n }
validators-e-lone = lone slashings must be at most 1,000 per 1,000 epochs
validators-e-epochs = epochs must be 1 to { $max }, not { $n }
validators-e-start-price = the starting price must be a positive number of USD
validators-e-cost-share = the cost share must be 0 to 10
validators-e-depth = a decline's depth must be 0 to 1
validators-e-price-path = a price path needs at least one finite, non-negative price
validators-e-outage-share = an outage's share must be above 0% and below 100%, not { $share }%
validators-e-outage-from = an outage's first epoch ({ $from }) lies beyond the run's last ({ $epochs })
validators-e-whatif-late = a what-if lies beyond the run's last epoch
validators-e-whatif-code = { $item } is not a what-if CODE@EPOCH (codes: r re-delegate, m merge, s slash the largest)

## The event log (log.txt, exported by the page and written by the CLI)
validators-log-reason-slashed = slashed
validators-log-reason-ejected = ejected at 16 ETH
validators-log-reason-unprofitable = unprofitable
validators-log-reason-none = no reason
validators-log-head = Chain Lab validators: { $validators } validators, { $operators } operators ({ $distribution }), { $fork } rules, price { $price }, seed { $seed }
validators-log-start = Epoch 0 (day 0.0): { $active } validators active; Nakamoto coefficient { $nc } at { $shares }
validators-log-slashed = { $n } slashed ({ $who })
validators-log-asked-to-exit = { $n } asked to exit
validators-log-left = { $n } left the active set ({ $why })
validators-log-nakamoto = Nakamoto coefficient { $nc } (was { $was })
validators-log-epoch = Epoch { $epoch } (day { $day }): { $parts }
validators-log-sep = {"; "}
