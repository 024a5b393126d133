# Chain Lab: the stablecoin page (Terra's market module, the death spiral, May 2022).

## The page
stablecoin-title = Algorithmic stablecoin
stablecoin-subtitle = Terra's mint-and-burn peg, its death spiral, and May 2022
stablecoin-scenarios-label = Scenarios
stablecoin-modified = Started from "{ $scenario }", with parameters changed in the panel. Press the scenario's button to restore it.
stablecoin-when-may = day { $day } · { $date }
stablecoin-when-day = day { $day }
stablecoin-status-halted = · chain halted, no swaps
stablecoin-status-ust = UST ${ $price }
stablecoin-status-luna = LUNA { $price }
stablecoin-status-supplies = supplies UST { $ust } / LUNA { $luna }
stablecoin-status-reserve = reserve { $btc } BTC
stablecoin-status-spread = spread { $pct }%
stablecoin-status-confidence = confidence { $pct }%
stablecoin-quiet = Quiet stretch: nothing is happening, so it plays { $x }× faster.
stablecoin-history-badge = Grey dots: the daily history of May 2022 (approximate), over the model. See below for where they part.
stablecoin-exports-hint = Export ▾ (under the time controls) saves each chart as PNG or SVG, the series as CSV or JSON ({ $rows } rows so far, one per { $unit }, the columns of chainlab stablecoin --csv) and the moments below.
stablecoin-unit-minute = minute
stablecoin-unit-block = block
stablecoin-unit-hour = hour
stablecoin-unit-step = step
stablecoin-what-happened = What happened
stablecoin-moments-empty = Nothing notable yet: no step has closed below $0.98, the reserve has not bought and the mint cap has not bound.

## Scenarios
stablecoin-scenario-calm = Calm market
stablecoin-scenario-may = May 2022
stablecoin-scenario-reserve = What if: 3x the reserve
stablecoin-scenario-lower-cap = What if: a lower mint cap
stablecoin-scenario-no-yield = What if: no yield
stablecoin-scenario-calm-desc = Thirty days of small random changes in demand and one small $50M sale on day 10. Arbitrage through the market module pulls UST (the stablecoin) back each time; it never closes below $0.98 and panic never builds.
stablecoin-scenario-may-desc = From 5 May 2022: $2.5B of UST (the stablecoin) is sold over a day from 7 May 22:00 UTC. The reserve sells BTC to buy it back and is spent by 10 May; holders panic as the depeg lasts; every redemption mints LUNA (the companion). Proposal 1164 raises the mint cap on 12 May, the chain halts for 80 minutes on 12 May and for good on 13 May. UST ends near $0.05 on 16 May.
stablecoin-scenario-reserve-desc = May 2022 with three times LFG's BTC (about 241,000 BTC) and the same defence rate, and no halt (the chain halted because of the collapse): the defence outlasts the run on the peg, UST never falls below about $0.87 and LUNA is diluted only about 1.1-fold.
stablecoin-scenario-lower-cap-desc = May 2022 with BasePool 10M SDR instead of 50M, no raise and no halt: the spread binds harder, but with the chain never halted redemptions go on to day 12: UST falls to about $0.05 and LUNA is diluted about 59,000-fold.
stablecoin-scenario-no-yield-desc = A calm market in which the yield on offer is cut from 19.5% to zero: holders now want only about 38% of what they hold. They sell faster than arbitrage can absorb, the peg breaks within minutes, UST falls to about $0.04 and LUNA is diluted about 273,000-fold, with no large withdrawal at all.

## The feedback loop
stablecoin-loop-title = The death-spiral feedback loop; lit arrows are active now
stablecoin-loop-sell-1 = Holders sell
stablecoin-loop-sell-2 = UST
stablecoin-loop-price-1 = Its price falls
stablecoin-loop-price-2 = below $1
stablecoin-loop-burn-1 = Arbitrageurs burn it,
stablecoin-loop-burn-2 = minting LUNA
stablecoin-loop-diluted-1 = LUNA diluted:
stablecoin-loop-diluted-2 = its price falls
stablecoin-loop-confidence-1 = Confidence
stablecoin-loop-confidence-2 = falls
stablecoin-loop-sales = sales
stablecoin-loop-redemptions = redemptions
stablecoin-loop-minting = minting
stablecoin-loop-fear = fear
stablecoin-loop-exits = exits
stablecoin-loop-reserve = reserve buys
stablecoin-loop-cap = mint cap (spread)
stablecoin-loop-caption = Solid arrows feed the spiral; dashed ones brake it (the reserve's buying, the market module's spread). Each lights up while its effect is active in the current step.

## The parameters
stablecoin-params-title = Parameters
stablecoin-params-hint = Every value is live: a change restarts the run from its seed. Days count from the start (May 2022: 5 May 00:00 UTC); −1 means never.
stablecoin-param-not-number = { $label }: { $raw } is not a number
stablecoin-param-range = { $label } must be between { $min } and { $max }
stablecoin-param-unit = ({ $unit })

## The ensemble
stablecoin-ensemble-label = Ensemble over seeds
stablecoin-ensemble-title = Many runs: the fan chart
stablecoin-ensemble-hint = The same scenario and parameters over many seeds (seed, seed + 1, …): the median path, the band holding 80% of runs (10–90%) and the band of all runs (min–max).
stablecoin-ensemble-runs = Runs
stablecoin-ensemble-drawing = Drawing the fan charts…
stablecoin-ensemble-running = Running… { $done } of { $runs }
stablecoin-ensemble-run = Run { $runs } seeds
stablecoin-ensemble-progress = Runs finished
stablecoin-ensemble-cancel = Cancel
stablecoin-ensemble-fallback = Running on this page: the workers stopped ({ $why }).
stablecoin-ensemble-on-page = Running on this page, between frames.
stablecoin-ensemble-workers = { $n ->
    [one] Running in 1 background worker.
   *[other] Running in { $n } background workers, one per core.
}
stablecoin-ensemble-price-label = Fan chart of UST's price over the runs
stablecoin-ensemble-supply-label = Fan chart of LUNA's supply over the runs
stablecoin-ensemble-below-half = UST fell below $0.50 in { $below } of { $runs } runs: median { $median }, 10–90% { $p10 } – { $p90 }, earliest { $min }, latest { $max }.
stablecoin-ensemble-never-below-half = UST never fell below $0.50 in any of the { $runs } runs.
stablecoin-ensemble-multiple = LUNA multiple (final over starting supply): median ×{ $median }, 10–90% ×{ $p10 } – ×{ $p90 }, min ×{ $min }, max ×{ $max }.

## The charts (a label's "long|short" forms: the chart takes the longest that fits)
stablecoin-chart-stable-price = UST price (USD)
stablecoin-chart-companion-price = LUNA price (USD, log)
stablecoin-chart-supplies = Supplies (log)
stablecoin-chart-reserve = Reserve (BTC)
stablecoin-chart-mint-capacity = Mint capacity used (spread)
stablecoin-chart-model = model
stablecoin-chart-pool-delta = pool delta / delta at 2% spread|pool delta / 2%-spread delta|used
stablecoin-chart-two-percent = 100%: a small redemption pays a 2% spread|100% = 2% spread
stablecoin-chart-history-daily = history, daily (approx.)|history
stablecoin-chart-history = history (approx.)|history
stablecoin-chart-lfg = LFG, end of day (approx.)|LFG
stablecoin-chart-date = date (2022)
stablecoin-chart-day = day of the run
stablecoin-chart-usd-log = USD (log scale)|USD (log)
stablecoin-chart-tokens-log = tokens (log scale)|tokens (log)
stablecoin-chart-capacity = capacity used (%)|used (%)
stablecoin-chart-fan-price = UST (the stablecoin) price, { $runs } runs
stablecoin-chart-fan-supply = LUNA (the companion) supply, { $runs } runs
stablecoin-chart-median = median
stablecoin-chart-band = 10–90% of runs|10–90%
stablecoin-chart-all-runs = all runs (min–max)|min–max
stablecoin-may-day = { $d } May
stablecoin-jun-day = { $d } Jun
stablecoin-count-thousand = { $n }k
stablecoin-count-million = { $n }M
stablecoin-count-billion = { $n }B
stablecoin-count-trillion = { $n }T

## The exported log (log.txt)
stablecoin-log-head = Chain Lab stablecoin: { $scenario }{ $modified }, seed { $seed }, step { $step } of { $total } ({ $seconds } s each)
stablecoin-log-modified = (parameters changed)
stablecoin-log-empty = Nothing notable has happened yet.
stablecoin-log-moment = { $time } (step { $step }): { $text }
stablecoin-log-now = Now: { $text }

## The explanation
stablecoin-explain-look-title = What you are looking at
stablecoin-explain-look-p1 = UST (the stablecoin) is pegged by code, not cash. Terra's market module always swaps one UST for one dollar's worth of LUNA (the companion) at the oracle's price, and the reverse, burning what it is offered and minting what it pays out, less a spread. Nothing backs UST but that promise and LUNA's market value.
stablecoin-explain-look-1 = Below $1, arbitrageurs buy UST cheaply, redeem it for $1 of LUNA and sell that: UST's supply falls and its price rises. Above $1 they do the reverse. In a calm market this holds the peg within the spread (0.5%).
stablecoin-explain-look-2 = Every redemption mints new LUNA, which is sold. When UST holders leave faster than LUNA's market can absorb, LUNA's price falls, so each further dollar redeemed mints more LUNA, the price falls further, confidence falls, and more holders leave: the loop in the diagram.
stablecoin-explain-look-3 = The mint cap. The market module prices swaps with a virtual pool: BasePool is its size in SDR (the IMF's basket currency, about $1.36 in May 2022, the module's unit of account); the pool delta is how far recent swaps have pushed it from balance. The spread grows with the delta, and every 6-second block the pool recovers 1/PoolRecoveryPeriod (1/36) of it. At May 2022's settings a small redemption pays more than 2% once about $276M a day is redeemed.
stablecoin-explain-look-4 = A reserve (LFG's 80,394 BTC) buys UST to defend the peg while it lasts, at most 2,000 BTC an hour.
stablecoin-explain-look-p2 = Charts: prices (LUNA on a log scale), both supplies (log), the reserve, and the mint capacity used (the pool delta over the delta at which a small redemption pays 2%). The ensemble panel runs the same scenario over many seeds: the median path with its 10–90% and min–max bands, the day UST fell below $0.50 in each run and the LUNA multiple of each run.
stablecoin-explain-try-title = What to try
stablecoin-explain-try-1 = Calm market: set the large withdrawal to $1B (Events). The same market that shrugged off $50M loses its peg on day 10, the reserve is spent and LUNA's supply grows about 50,000-fold.
stablecoin-explain-try-2 = Calm market: raise MinStabilitySpread to 0.03. UST now drifts 3% below the peg before arbitrage pays, beyond the 1% holders tolerate; panic builds and the peg breaks on day 10.5.
stablecoin-explain-try-3 = May 2022: cut the withdrawal to $1B. The reserve absorbs it (about 25,000 BTC spent) and the peg holds.
stablecoin-explain-try-4 = May 2022 with the mint-cap raise removed (raise = −1): almost the same end (LUNA diluted about 3,700-fold instead of 3,800-fold). In this model, by 12 May the damage was done.
stablecoin-explain-try-5 = May 2022 with both halts removed (halt1 = −1, halt = −1): redemptions go on to 16 May and LUNA ends diluted about 41,000-fold. The halt froze the supplies, it did not save UST.
stablecoin-explain-try-6 = May 2022 with panic per day set to 0: holders still sell the $2.5B, the reserve spends about 48,000 BTC, but no spiral follows. The spiral needs the loss of confidence.
stablecoin-explain-try-7 = Step with → (one hour) and watch the arrows of the loop light up in turn; ← goes back by replaying the run from its seed.
stablecoin-explain-history-title = May 2022: the history, and where the model parts from it
stablecoin-explain-history-p1 = Grey dots on the charts are the daily history from www/data (approximate: each row of the file says how it was sourced; values are placed at midday). History is the yardstick, never an input: the model starts from 5 May's supplies and prices only. On 7 May large sales began on Curve and Anchor withdrawals followed (Anchor deposits: $14B on 6 May, $8.7B on 9 May, about $2.6B on 12 May); UST first lost its peg on 8–9 May; LFG sold about 80,000 BTC on 9–10 May; proposal 1164 raised BasePool from 50M to 100M SDR and cut PoolRecoveryPeriod from 36 to 18 blocks on 12 May; the chain halted at block 7603700 on 12 May (about 80 minutes) and at block 7607789 on 13 May, after which swaps were disabled; by then LUNA's supply had grown from about 345M to 6.5T.
stablecoin-explain-history-1 = Close (over ten seeds, checked by a test): UST falls below $0.40 on 12 May and is at about $0.16–0.18 at the final halt, with no comeback; UST's supply at the final halt is about 12.1B (history 11.3–12.6B); LUNA's supply multiplies about 3,000–4,200-fold, almost all of it on 12 May (history about 19,000-fold by 13 May); the reserve is spent on the evening of 9 May (history 9–10 May).
stablecoin-explain-history-2 = Late: LUNA holds near $85 until 9 May (history: $62 on 8 May, $44 on 9 May) and UST is still near $0.82 on 11 May (history $0.31). The model's collapse comes about a day after history's.
stablecoin-explain-history-3 = After the halt UST keeps sagging (to about $0.05 by 16 May; history $0.11); LUNA's price partly recovers in the model as its holders buy back with their own dollars (history: it stayed near $0.0001).
stablecoin-explain-history-4 = Not modelled: the yield's own decline (Anchor's rate is a fixed parameter here), BTC's fall from about $36,000 to $29,000 during those days, validators' exact oracle votes.
stablecoin-explain-choices-title = Modelling choices and their sources
stablecoin-explain-choices-1 = Per block, whatever the step: the market module's swaps, ApplySwapToPool and the EndBlocker's ReplenishPools run once per 6-second block (classic-core x/market); the oracle takes LUNA's market price once per vote period of 5 blocks (x/oracle, 30 s). A one-minute step runs ten blocks, a 6-second step one: the result does not depend on the step (a test compares 60 s and 20 s steps with 6 s steps on every scenario).
stablecoin-explain-choices-2 = Money that adds up: every dollar, UST and LUNA belongs to an agent (UST holders, LUNA holders, outside buyers, arbitrageurs, the reserve, the two markets' market makers, the oracle's fee pool) or is minted or burnt by the market module. Dollars enter only at stated rates: the reserve's BTC sales and the outside buyers' budget ($2B a day at full confidence, scaled by confidence, stopping when swaps are disabled). After every step, per asset, the sum of balances equals the start plus minted minus burnt plus those inflows.
stablecoin-explain-choices-3 = LUNA holders value their share of the network: a token is worth LUNA's starting market value times confidence, divided by today's supply, so dilution makes them sell rather than buy (history: LUNA fell from $85 to $16 by 10 May while its supply grew only 1.12-fold).
stablecoin-explain-choices-4 = UST holders leave faster with panic (30–40% a day at high panic, the pace at which Anchor deposits fell from $14B on 6 May to $8.7B on 9 May and about $2.6B on 12 May) and more slowly at a deep discount (the rate scales with UST's price).
stablecoin-explain-choices-5 = Arbitrage throughput is bounded per block in UST volume (1M UST) and by the share of LUNA's market depth one block's sales may take (0.6%): chain and exchange throughput, not capital, bounded the real run.
stablecoin-explain-choices-6 = Panic is bounded: it grows with the depeg beyond a 1-cent tolerance and while LUNA's market value is below UST's supply, saturating at 3 (confidence never below 5%), and fades otherwise.
stablecoin-explain-choices-7 = Calibrated, not measured: the panic gains, the outside buyers' budget and the two throughput bounds were chosen so that May 2022 falls within its recorded ranges; the recorded history is used only to check.
stablecoin-explain-differs-title = Where the model differs from reality
stablecoin-explain-differs-1 = One representative agent of each kind. External markets are constant-product books: UST's ($1B a side) stands for Curve and the exchanges and is less flat near the peg than Curve's; LUNA's starts with $2B of depth and is never refilled from nowhere.
stablecoin-explain-differs-2 = Demand follows the yield as exp(elasticity × (yield − starting yield)) times confidence, and confidence is exp(−panic). These are modelling choices, not measured laws.
stablecoin-explain-differs-3 = Conservation is exact: every swap burns its offer and mints exactly its oracle value of the other token, less the spread to the trader and the spread as the fee to the oracle's reward pool.
stablecoin-explain-sources = Sources: terra-money/classic-core x/market (keeper/swap.go ComputeSwap and ApplySwapToPool, keeper/keeper.go ReplenishPools, abci.go EndBlocker, keeper/msg_server.go, types/params.go) and x/oracle (VotePeriod); Terra governance proposal 1164; LFG's reserve statement of 16 May 2022; Chain Lab reference/models.md §4 and the data files www/data/terra-may-2022-daily.csv and lfg-reserve-may-2022.csv (approximate).

## The parameters' names, units and groups (the names of the market module's own parameters stay as in its code)
stablecoin-param-base = BasePool
stablecoin-param-recovery = PoolRecoveryPeriod
stablecoin-param-spread = MinStabilitySpread
stablecoin-param-sdr = SDR price
stablecoin-param-raise = Mint cap raised on day
stablecoin-param-rbase = BasePool after raise
stablecoin-param-rrecovery = PoolRecoveryPeriod after raise
stablecoin-param-halt1 = First halt on day
stablecoin-param-halt1min = First halt lasts
stablecoin-param-halt = Chain halts for good on day
stablecoin-param-shock = Large withdrawal on day
stablecoin-param-shockusd = Withdrawal size
stablecoin-param-shockh = Withdrawal over
stablecoin-param-btc = Reserve
stablecoin-param-btcusd = BTC price
stablecoin-param-trigger = Defend below
stablecoin-param-defrate = Defence rate
stablecoin-param-yield = Yield on offer
stablecoin-param-refyield = Yield holders started at
stablecoin-param-elasticity = Demand's yield elasticity
stablecoin-param-adjust = UST holders adjust per day
stablecoin-param-noise = Demand volatility per day
stablecoin-param-tolerance = Depeg tolerated
stablecoin-param-gain = Panic per day per $ of depeg
stablecoin-param-backing = Panic per day when under-backed
stablecoin-param-decay = Panic fading per day
stablecoin-param-exit = Exit speed per unit of panic
stablecoin-param-exitpow = Reluctance to sell at a discount (power of price)
stablecoin-param-panicmax = Most panic
stablecoin-param-cadjust = LUNA holders adjust per day
stablecoin-param-arbcap = Arbitrageurs' dollars
stablecoin-param-arbdepth = Arbitrage sales per block, share of LUNA depth
stablecoin-param-arbblock = Arbitrage volume per block
stablecoin-param-days = Days simulated
stablecoin-param-step = Seconds per step
stablecoin-param-supply = UST supply
stablecoin-param-csupply = LUNA supply
stablecoin-param-cprice = LUNA price
stablecoin-param-depth = UST market depth
stablecoin-param-cdepth = LUNA market depth
stablecoin-param-cash = UST holders' dollars
stablecoin-param-ccash = LUNA holders' dollars
stablecoin-param-dip = Outside LUNA buyers' budget per day
stablecoin-param-dipspend = Outside buyers spend of their budget per day
stablecoin-param-dipbelow = Outside buyers buy below (share of start price)
stablecoin-param-unit-blocks = blocks
stablecoin-param-unit-day = day
stablecoin-param-unit-min = min
stablecoin-param-unit-hours = hours
stablecoin-param-unit-days = days
stablecoin-param-unit-s = s
stablecoin-group-market = Market module (mint cap)
stablecoin-group-start = Start and external markets
stablecoin-group-holders = UST holders and yield
stablecoin-group-panic = Panic
stablecoin-group-events = Events
stablecoin-group-reserve = Reserve (LFG-like)

## The parameters' rules (notices and the panel's errors)
stablecoin-rule-number = { $name } must be a number
stablecoin-rule-between = { $name } must be between { $min } and { $max } (it is { $value })
stablecoin-rule-spread = MinStabilitySpread must be below 1: a spread of 100% stops every swap
stablecoin-rule-one-step = the run must take at least one step
stablecoin-rule-max-steps = the run takes { $steps } steps; at most { $max } (fewer days or longer steps)
stablecoin-rule-stable-depth = UST's market depth must be smaller than its supply
stablecoin-rule-companion-depth = LUNA's market depth must be smaller than its market value
stablecoin-notice-invalid = { $why }; using the { $scenario } scenario's parameters

## The run's moments and the narration (the live region, the event log, the exports)
stablecoin-date-may = { $d } May { $time } UTC
stablecoin-date-june = { $d } June { $time } UTC
stablecoin-date-july = { $d } July { $time } UTC
stablecoin-usd = ${ $n }
stablecoin-words-million = { $n } million
stablecoin-words-billion = { $n } billion
stablecoin-words-trillion = { $n } trillion
stablecoin-words-ten-thousand = { $n } ten-thousand
stablecoin-words-hundred-million = { $n } hundred million
stablecoin-moment-withdrawal = the large withdrawal begins: { $usd } of UST to be sold over { $hours } hours
stablecoin-moment-halt = the chain halts: no more swaps through the market module
stablecoin-moment-cap-raised = governance raises the mint cap (BasePool { $base } to { $raised_base } SDR, PoolRecoveryPeriod { $blocks } to { $raised_blocks } blocks): capacity { $before } to { $after } a day
stablecoin-moment-cap-lowered = governance lowers the mint cap (BasePool { $base } to { $raised_base } SDR, PoolRecoveryPeriod { $blocks } to { $raised_blocks } blocks): capacity { $before } to { $after } a day
stablecoin-moment-reserve-buys = the reserve starts selling BTC to buy UST, which traded below { $price }
stablecoin-moment-reserve-spent = the reserve is spent: all { $btc } BTC sold
stablecoin-moment-peg-lost = the peg breaks: UST closes a step below $0.98, at { $price }
stablecoin-moment-peg-back = UST is back above $0.99, at { $price }
stablecoin-moment-cap-used-up = the mint cap binds: a small redemption now pays more than { $pct }% spread
stablecoin-moment-cap-free = the mint cap has room again: under { $pct }% of it used
stablecoin-moment-below-one = LUNA falls below $1, to { $price }
stablecoin-narr-when-may = { $date } (day { $day })
stablecoin-narr-when-day = Day { $day }
stablecoin-narr-head = { $when }: UST { $price }
stablecoin-narr-change = , { $change } { $window }
stablecoin-narr-last-hour = in the last hour
stablecoin-narr-since-start = since the start
stablecoin-narr-24-hours = in 24 hours
stablecoin-narr-unchanged = unchanged
stablecoin-narr-up = up { $c } cents
stablecoin-narr-down = down { $c } cents
stablecoin-narr-no-change = no change
stablecoin-narr-times = ×{ $x }
stablecoin-narr-plus = +{ $pct }%
stablecoin-narr-minus = −{ $pct }%
stablecoin-narr-luna = ; LUNA { $price }; LUNA supply { $supply }
stablecoin-narr-reserve-spent = ; reserve spent
stablecoin-narr-reserve-untouched = ; reserve untouched
stablecoin-narr-reserve-under-1 = ; reserve under 1% spent
stablecoin-narr-reserve-pct = ; reserve { $pct }% spent
stablecoin-narr-no-reserve = ; no reserve
stablecoin-narr-halted = ; chain halted, no swaps
stablecoin-narr-moment = { $time }: { $text }
stablecoin-narr-stop = {"."}
stablecoin-narr-over = The run is over.
