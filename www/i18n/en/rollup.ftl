# Chain Lab: the optimistic-rollup page (#/rollup). English is the source
# catalog (docs/translating.md); `{ $x }` is an argument the code passes.

## The page's head, status line and faults
rollup-title = Optimistic rollup
rollup-subtitle = Arbitrum-style: batches on Ethereum, a challenge window, a fraud proof down to one step
rollup-squeeze = Time compression: while only the challenge clocks move, play at least 1 day/s (the { $blocks }-block window is { $span })
rollup-status-line = L1 block { $block } · { $time } since the start · { $txs } L2 txs · { $batches ->
        [one] { $batches } batch
       *[other] { $batches } batches
    }
rollup-status-wrong-final = A WRONG state root is final: no honest validator challenged it within its window.
rollup-status-challenged = Assertion { $assertion } is being challenged by validator { $validator }.
rollup-status-done = Every assertion is final or rolled back.
rollup-status-counts = { $finals } assertions final, { $pending } pending.
rollup-compressing-status = Compressing… block { $block } needs a batch's real Brotli size, and the Brotli module is still loading: the run goes on by itself when it is here.
rollup-pipeline-label = The rollup pipeline: L2 users, sequencer, batch, Brotli, L1, challenge window, final
rollup-faults-label = Faults
rollup-proposer = Proposer:
rollup-fault-wrong = posts a wrong root for batch { $batch } (mints { $eth } ETH to itself).
rollup-fault-honest = honest.
rollup-honest-proposer = Honest proposer
rollup-inject-title = The proposer's next assertion claims a state in which it credited itself 1,000 ETH
rollup-inject = Inject a wrong root (batch { $batch })
rollup-honest-validators = Honest validators:
rollup-validator-n = Validator { $i }
rollup-mode-online = online
rollup-mode-offline = offline
rollup-mode-late = late
rollup-mode-remove = remove
rollup-from-block = from block
rollup-no-validator = No honest validator will be online: nothing stops a wrong root.

## The fraud proof
rollup-fraud-proof = Fraud proof
rollup-no-challenge = No challenge yet. Inject a wrong root above: an online validator re-executes the batch, challenges, and the bisection game appears here.
rollup-dissection-label = Dissection
rollup-bold-bisection = BoLD bisection
rollup-classic-40 = 40-way (classic Nitro)
rollup-classic-nitro = classic Nitro
rollup-dispute-title = Fraud proof ({ $protocol }): assertion { $assertion } (batch { $batch })
rollup-dispute-intro = Validator { $validator } re-executed batch { $batch } from its L1 data and got a different state root, so at block { $block } it challenged. Both sides agree on the state before the batch and disagree after its { $steps } VM steps (seven per transfer: load both balances, check, subtract, add, store both). Each round the defender posts { $posts } inside the disputed range, the challenger names the first part whose end it disputes, and the range shrinks.
rollup-dispute-posts-bold = 1 hash, at the power-of-two point BoLD requires,
rollup-dispute-posts-classic = up to { $hashes } hashes
rollup-dispute-protocol = Dispute protocol
rollup-bold-rounds = BoLD bisection: { $n } rounds
rollup-classic-rounds = 40-way (classic Nitro): { $n } rounds
rollup-rounds-legend = In each round: the blue bar is the disputed range within the whole trace (under BoLD, padded to a power of two); the strip below is that range, with the posted points (green: both agree, red: they differ) and, in orange, the part chosen for the next round.
rollup-dispute-next = Round { $k } of { $n }: its moves land at block { $at } (now { $now }).
rollup-dispute-one-wide = The range is one step wide: L1 executes step { $step } at block { $block }.
rollup-track-whole = the whole (padded) history: steps 0 to { $n }
rollup-track-round = this round's range, steps { $lo } to { $hi }
rollup-round = Round { $i }
rollup-round-head = · block { $block } · range [{ $lo }, { $hi }] ({ $len } steps) → [{ $next_lo }, { $next_hi }]
rollup-round-padded = · past step { $steps } the padded history repeats the last state
rollup-pt-after = after step
rollup-pt-challenger = challenger (honest)
rollup-pt-defender = defender's claim
rollup-pt-more = … { $n } more points …
rollup-pt-agree = agree
rollup-pt-differ = differ
rollup-osp-title = One-step proof: L1 executes step { $step } only
rollup-osp-instruction = instruction
rollup-osp-transfer = (transfer { $transfer } of the batch)
rollup-osp-before = agreed state before
rollup-osp-matches = ✓ matches the agreed hash
rollup-osp-no-match = ✗ does not match
rollup-osp-result = L1's result
rollup-osp-challenger = challenger claimed
rollup-osp-defender = defender claimed
rollup-verdict-challenger = The defender's claim is wrong. Its bond of { $eth } ETH is slashed to validator { $validator }. Rolled back: { $rolled }; the validator re-asserts the true roots from batch { $batch } on, each with a fresh challenge window.
rollup-verdict-rolled = { $n ->
        [one] assertion { $ids }
       *[other] assertions { $ids }
    }
rollup-verdict-proposer = The defender was right: the challenger's bond is slashed and the assertion stands.
rollup-rounds-why = BoLD pads the { $n }-step history to 2^{ $h } = { $padded } leaves and splits at mandatoryBisectionHeight, so every game takes exactly { $h } rounds. Classic Nitro cuts a range into 40 parts of floor(len/40) steps, the last taking the remainder, and stops when the range is one step: here { $classic }.

## The BoLD panel
rollup-bold-title = BoLD: the honest side against any number of attackers
rollup-bold-attackers = Attackers
rollup-bold-heights = Heights
rollup-bold-reduced = reduced: 2^4, 2^3, 2^3
rollup-bold-arb1 = Arbitrum One: 2^26, 2^19, 2^23
rollup-bold-pause = Pause
rollup-bold-play = Play the game
rollup-bold-step = Step
rollup-bold-edges-label = BoLD edges per level: honest in green, attackers' in orange-red; dots are one-step proofs
rollup-bold-legend-honest = honest edges (dots: one-step proofs)
rollup-bold-legend-attackers = attackers' edges · each level's edges by length, the longest on top
rollup-bold-level = { $name } 2^{ $log2 }
rollup-level-block = block
rollup-level-big-step = big step
rollup-level-small-step = small step
rollup-heights-sep = {", "}
rollup-heights-block = 2^{ $log2 } blocks
rollup-heights-big-step = 2^{ $log2 } big steps
rollup-heights-small-step = 2^{ $log2 } small steps
rollup-move = Move { $k } of { $n } (block { $block }): { $who } { $what } on the { $level } level, heights { $start } to { $end }.
rollup-move-at = Move { $k } of { $n } (block { $block }): { $who } { $what } on the { $level } level, heights { $start } to { $end } at { $mid }.
rollup-move-honest = the honest side
rollup-move-attacker = attacker { $i }
rollup-move-open = opens an edge
rollup-move-bisect = bisects
rollup-move-refine = opens a sub-challenge
rollup-move-osp = wins a one-step proof
rollup-moves-press-play = { $n } moves; press Play.
rollup-bold-none = No attacker: nobody rivals the honest assertion, so it is confirmed after the confirm period, at block { $block } ({ $days } days).
rollup-bold-attackers-post = { $n ->
        [one] { $n } attacker posts
       *[other] { $n } attackers post
    }
rollup-bold-proofs = { $n ->
        [one] { $n } one-step proof
       *[other] { $n } one-step proofs
    }
rollup-bold-summary = { $attackers } rival assertions at block 1 ({ $stake } ETH each) and edges over { $heights }. After { $moves } moves ({ $edges } edges, { $honest_edges } by the honest side) and { $proofs }, the honest edge's cumulative timer reaches the { $period }-block challenge period at block { $edge_block }; after the { $grace }-block grace period the honest assertion is confirmed at block { $block } ({ $days } days; this run's bound, with the honest assertion first and every move made at once: { $bound }). Stakes: honest { $honest_stake } ETH (returned), attackers { $malicious_stake } ETH (lost).
rollup-delay-title = Time to confirm the honest assertion, by number of attackers
rollup-delay-label = Days until the honest assertion is confirmed against the number of attackers: classic Nitro grows, BoLD stays flat
rollup-delay-days = { $d } d
rollup-delay-attackers = attackers
rollup-delay-with = { $n ->
        [one] With { $n } attacker
       *[other] With { $n } attackers
    }
rollup-delay-summary = { $with }: classic Nitro confirms the honest assertion after { $classic_days } days (block { $classic_block }), one challenge after another; BoLD after { $bold_days } days (block { $bold_block }), however many attackers join.
rollup-delay-note = Classic Nitro: each attacker's challenge gets a chess clock of the { $confirm }-block confirm period plus 200 blocks, and an honest staker can be in one challenge at a time, so each further attacker adds about { $clock } days. BoLD: all edges are fought at once and timers add up along the honest path, so here, with the honest assertion posted first and every move made at once, it is confirmed about one challenge period plus the { $grace }-day grace period after the start, whatever the number of attackers. The protocol's guarantee, whatever the attackers and the timing, is at most two challenge periods (one to raise a dispute, one to resolve it) plus the grace period.

## The tables
rollup-assertions-title = Assertions and their challenge windows
rollup-col-batch = batch
rollup-col-by = by
rollup-col-root = state root
rollup-col-posted = posted
rollup-col-window = challenge window
rollup-col-status = status
rollup-st-waiting-parent = waiting for its parent
rollup-st-pending = pending
rollup-st-challenged = challenged
rollup-st-final-wrong = FINAL with a wrong root
rollup-st-final = final
rollup-st-rolled-back = rolled back
rollup-by-proposer = proposer
rollup-by-validator = validator { $v }
rollup-root-wrong = wrong
rollup-window-left = { $span } left ({ $blocks } blocks)
rollup-window-closed = closed
rollup-bond = bond { $eth } ETH
rollup-no-assertion = No assertion yet: the first comes with the first batch.
rollup-batches-title = Batches on L1
rollup-col-block = block
rollup-col-closed = closed
rollup-col-txs = txs
rollup-col-raw = raw B
rollup-col-brotli = Brotli B
rollup-col-ratio = ratio
rollup-col-blob-gas = blob gas
rollup-col-l1-gas = L1 gas
rollup-col-gwei-tx = gwei/tx
rollup-closed-full = full
rollup-closed-delay = max delay
rollup-blob-gas-cell = { $gas } ({ $blobs })
rollup-blobs-n = { $n ->
        [one] { $n } blob
       *[other] { $n } blobs
    }
rollup-compressing-row = { $txs } txs, { $bytes } B raw: compressing…
rollup-total-one = the 1 batch
rollup-total-all = all { $n } batches

## The pipeline (canvas)
rollup-stage-users = L2 users
rollup-stage-tps = { $tps } tx/s
rollup-stage-accounts = { $n } accounts
rollup-stage-sending = sending for { $span }
rollup-stage-traffic-over = traffic over
rollup-stage-sequencer = Sequencer
rollup-stage-txs = { $n } txs
rollup-stage-ordered = ordered, executed
rollup-stage-root = root { $root }…
rollup-stage-batch = Batch
rollup-stage-raw = { $bytes } B raw
rollup-stage-age = age { $age } / { $max }
rollup-stage-compressing = compressing…
rollup-stage-brotli-loading = Brotli loading
rollup-stage-bytes = { $raw } → { $compressed } B
rollup-stage-of-cap = { $pct }% of the cap
rollup-stage-no-batch = no batch yet
rollup-stage-l1 = L1 (Ethereum)
rollup-stage-block = block { $block }
rollup-stage-posted = { $n ->
        [one] { $n } batch posted
       *[other] { $n } batches posted
    }
rollup-stage-blob-gas = { $gas } blob gas
rollup-stage-gas = { $gas } gas
rollup-stage-window = Challenge window
rollup-stage-open = { $n } open
rollup-stage-ends = #{ $id } ends in { $span }
rollup-stage-challenged = #{ $id } CHALLENGED
rollup-stage-window-long = { $blocks } blocks long
rollup-stage-window-blocks = { $blocks } blocks
rollup-stage-final = Final
rollup-stage-rolled = { $rolled } rolled back
rollup-stage-assertions = assertions
rollup-stage-wrong-final = WRONG ROOT FINAL

## Spans of time (d, h, min, s)
rollup-span-dh = { $d } d { $h } h
rollup-span-hm = { $h } h { $m } min
rollup-span-ms = { $m } min { $s } s
rollup-span-s = { $s } s

## Costs, the load sweep and the log
rollup-cost-compare = Posting cost per transaction so far: { $per_tx } on the rollup against { $l1 } gwei for a plain transfer on L1 alone (21,000 gas at { $price } gwei). L1 alone holds { $capacity } transfers a block (about { $tps } tx/s); at this load it would have a backlog of { $backlog } transfers.
rollup-cost-no-batch = no batch yet
rollup-cost-gwei = { $gwei } gwei
rollup-sweep-name = load sweep
rollup-sweep-title = As load grows: L1 alone against the rollup
rollup-sweep-running = Running load { $k } of { $n }…
rollup-sweep-run = Run the load sweep
rollup-sweep-note = Runs these settings at { $loads } loads from 0.1 to 1,000 tx/s, each for one batch delay or 30,000 transfers, with real Brotli at quality { $q }.
rollup-sweep-stale = (The chart is for other settings: run it again.)
rollup-sweep-label = Throughput and cost per transaction against offered load, L1 alone and the rollup
rollup-log-title = What happened
rollup-log-empty = Nothing has happened on L1 yet: press Play, or → to step to the first batch.
rollup-log-block = block { $block }

## Settings
rollup-settings = Settings
rollup-settings-note = Changing these restarts the run. The page runs at most { $most } transfers (load × traffic); the CLI runs any size.
rollup-set-tps = L2 load, tx/s
rollup-set-traffic = Traffic, minutes
rollup-set-delay = Max batch delay, minutes
rollup-set-data = Data on L1
rollup-set-q = Brotli quality
rollup-set-gas = L1 gas price, gwei
rollup-set-fork = Ethereum fork
rollup-set-blobgas = Blob base fee at the start, gwei
rollup-set-demand = Other users' blobs, × target
rollup-set-window = Challenge window, L1 blocks
rollup-data-auto = auto: the cheaper per byte (as Nitro)
rollup-data-calldata-floor = calldata (EIP-7623 floor: 10 gas a token)
rollup-data-calldata = calldata (16/4 gas a byte)
rollup-data-blobs = blobs (EIP-4844)
rollup-q-11 = 11 (Nitro, no backlog)
rollup-q-6 = 6 (Nitro under backlog)
rollup-quality-hint = At this load batches fill to the 100,000-byte cap, and Brotli level 11 takes about a second of wasm per full batch: playback stalls while each is compressed. Level 6 (Nitro's level under a backlog) plays smoothly.
rollup-fork = { $name } (from { $since }): { $target }/{ $max } blobs
rollup-fork-today = { $name } (from { $since }): { $target }/{ $max } blobs, today
rollup-blob-fee-now = Blob base fee now: { $fee } gwei (EIP-4844's rule; other users post { $blobs } blobs a block against a target of { $target }).
rollup-window-note = Arbitrum One: 45,818 blocks ≈ { $span }. A dissection move takes { $blocks } L1 block; a round is two moves.

## The run's setup line
rollup-setup = This run: disputes by { $protocol }; L1 data costs of { $fork } (since { $since }): { $target } target / { $max } max blobs a block, blob base fee update fraction { $fraction }, { $calldata }; data posted as { $data }.
rollup-setup-today = This is the fork in force today.
rollup-setup-bold = BoLD (Arbitrum One since February 2025): bisection at mandatoryBisectionHeight over a history padded to a power of two
rollup-setup-classic = classic Nitro ({ $arity }-way dissection per extractChallengeSegment, 1-vs-1)
rollup-setup-data-auto = calldata or blobs, whichever costs less per byte (as Nitro's poster)
rollup-setup-calldata-floor = calldata at least 10 gas a token (EIP-7623)
rollup-setup-calldata-old = calldata at 16/4 gas a byte (before EIP-7623)

## The explanation
rollup-explain-look-title = What you are looking at
rollup-explain-look-1 = An optimistic rollup runs transactions off the main chain and uses Ethereum (L1) only to store their data and to settle disputes. Here L2 transfers among 32 accounts arrive at the rate you choose; the sequencer orders and executes them at once. The batch poster serialises them (14 bytes each), compresses the batch with Brotli, as Arbitrum Nitro does, and posts it to L1 when it would exceed its cap (100,000 compressed bytes of calldata, 130,048 per blob) or its first transaction has waited the maximum delay. Like Nitro's poster, it puts each batch where a byte costs less: in blobs at the current blob base fee, or in calldata, which since Pectra (EIP-7623) pays at least 10 gas a token (40 per non-zero byte). Every size, ratio and gas figure on this page comes from compressing the run's real bytes; every state root is a real Merkle root (SHA-256) over the balances.
rollup-explain-look-2 = With each batch the proposer posts an assertion, the state root after the batch, with a bond. Nobody on L1 checks it. It becomes final only when its challenge window has passed (45,818 L1 blocks, about 6.4 days) with no successful challenge. Any honest validator can re-execute the batch from the data on L1 and, if its root differs, challenge.
rollup-explain-look-3 = The challenge is a game over the batch's execution trace. Both sides agree on the state before the batch and disagree after it. Each round the defender posts the state hashes at points inside the disputed range; the challenger names the first part whose end it disagrees with. BoLD, the default (as on Arbitrum One since February 2025), pads the history to 2^h steps and splits each range at mandatoryBisectionHeight, a power-of-two point: exactly h = ceil(log2 N) rounds for N steps. Classic Nitro's 40-way dissection (extractChallengeSegment) cuts a range into 40 parts of floor(len/40) steps, the last taking the remainder, with 39 hashes a round; how many rounds it takes depends on where the disputed step lies. When the range is one step wide, L1 executes that single step from the agreed state and sees who was right. L1 never re-executes the batch, only one instruction. The loser's bond is slashed; a wrong assertion and every assertion built on it are rolled back.
rollup-explain-look-4 = Security needs at least one honest validator online within the window. If none is, nothing stops a wrong root: it becomes final, and the minted coins are as real as any others. Few peer demonstrations show this case; set the validators offline and see it.
rollup-explain-try-title = What to try
rollup-explain-try-1 = Press "Inject a wrong root" and play. The proposer credits itself 1,000 ETH in the next batch's state root; the online validator challenges in the block the assertion lands, and the bisection narrows the batch's 8,400 VM steps (1,200 transfers, seven steps each) to the one STORE where the proposer's state first differs, in exactly 14 rounds: BoLD pads the 8,400 steps to 2^14 = 16,384.
rollup-explain-try-2 = Switch to 40-way (classic Nitro): 3 rounds instead of 14 (parts of 210 steps, then 5), at the price of 39 hashes per move instead of one.
rollup-explain-try-3 = Set every validator offline, inject the fault and play with time compression on: after the window's 6.4 days the wrong root becomes final. Then try "late" with a block before and after the window's end.
rollup-explain-try-4 = Raise the load to 100 tx/s (with Brotli level 6, so that playback stays smooth): batches close as full within a few percent of the 100,000-byte cap, and the cost per transaction falls to well under a hundredth of L1's 21,000 gas. Run the load sweep to see both curves.
rollup-explain-try-5 = Lower the Brotli quality from 11 to 6 (Nitro's level when its poster falls behind): compression is about five times faster, but at 100 tx/s the ratio drops from about 3.1× to 2.5×, so each full batch carries about a fifth fewer transactions and each transaction costs more. Switch the poster to calldata, or choose Cancun (before the calldata floor) in the fork selector, to see what EIP-7623 changed; raise other users' blob demand above 1× target to watch the blob base fee climb until the poster switches to calldata.
rollup-explain-model-title = Where the model differs from Arbitrum today
rollup-explain-model-1 = BoLD. The fraud proof above is one validator against one proposer over one batch's trace, bisected as BoLD does. The BoLD panel plays the all-vs-all game itself, symbolically: three levels (Arbitrum One: 2^26 blocks, 2^19 big steps, 2^23 small steps; or a reduced size), histories as Merkle roots padded to a power of two, cumulative timers and the 14,400-block grace period, stakes of 3,600 ETH per assertion and 555 and 79 ETH per big- and small-step edge (nitro-contracts scripts/files/configs/arb1.ts). In the model every party answers at once and never runs out of funds; real parties pay gas for every move, and real mini-stakes are refunded edge by edge.
rollup-explain-model-2 = Blobs and fees. The blob base fee follows EIP-4844's rule with EIP-7918's reserve price (on the BPO forks), other users' demand a steady rate; the execution base fee is a fixed setting (no EIP-1559 movement).
rollup-explain-model-3 = Batches here are 14-byte transfers without signatures; real batches carry signed, RLP-encoded transactions whose 65-byte signatures do not compress, so real ratios are lower than these.
rollup-explain-model-4 = Arbitrum asserts about once an hour over many batches; the model posts one assertion per batch. Bonds in the batch-by-batch run are a flat 1 ETH; the BoLD panel uses Arbitrum One's real stakes.
rollup-explain-model-5 = Nitro's poster picks its Brotli level from its backlog: 11 when it is keeping up, 6 from 21 batches behind, 4 (recompressing at 6) from 61 (arbnode/compression_level.go). This poster never falls behind, so 11 is the default; the quality setting lets you trade size for speed.
rollup-explain-model-6 = The one-step proof is given the whole (tiny) pre-state; real Nitro proves only the touched memory with Merkle proofs, and executes one WebAssembly (WAVM) instruction. The L1 execution gas price is a setting, and L1 alone never raises its price as its backlog grows.
rollup-explain-sources = Sources: Chain Lab reference/models.md §2; Offchain Labs, "Arbitrum Nitro: a second-generation optimistic rollup" (2022); Arbitrum docs: batch poster (Brotli, MaxSize 100,000), challenge period 45,818 blocks, BoLD; OffchainLabs/nitro arbnode/batch_poster.go and compression_level.go; EIP-2028 (calldata gas 16/4); EIP-7623 (calldata floor); EIP-4844 (blobs, fake_exponential); EIP-7691 (Prague 6/9); EIP-7892 (BPO forks: BPO1 10/15, BPO2 14/21); EIP-7918 (blob reserve price); OffchainLabs/nitro-contracts (ChallengeLib.sol, EdgeChallengeManagerLib.sol, RollupUserLogic.sol, arb1.ts) and OffchainLabs/bold.

## The narration (the live region, the log's last line)
rollup-nar = Block { $block } ({ $time }): { $parts }.
rollup-nar-batch = batch { $batch } posted with { $txs }, { $raw } bytes raw, { $compressed } compressed (ratio { $ratio }), { $gas }, { $cost } gwei a transaction
rollup-nar-sep = {"; "}
rollup-nar-txs = { $n ->
        [one] { $n } transaction
       *[other] { $n } transactions
    }
rollup-nar-blob-gas = { $gas } blob gas
rollup-nar-l1-gas = { $gas } L1 gas
rollup-nar-proposer = the proposer
rollup-nar-validator = validator { $v }
rollup-nar-true-root = the true state root
rollup-nar-true-roots = the true state roots
rollup-nar-wrong-root = a WRONG state root
rollup-nar-wrong-roots = WRONG state roots
rollup-nar-posts = { $who } posts { $ids } with { $root }
rollup-nar-assertion = assertion { $id }
rollup-nar-assertions-range = assertions { $first } to { $last }
rollup-nar-assertions-list = assertions { $list }
rollup-nar-challenge = validator { $v } challenges assertion { $a }: { $rounds } rounds of { $arity }-way dissection over the batch's { $steps } VM steps
rollup-nar-round = dissection round { $k } of { $n }: the disputed range narrows to steps { $lo } to { $hi }
rollup-nar-wrong-claim = L1 runs step { $step } ({ $op }): the proposer's claim is wrong, its bond of { $eth } ETH goes to validator { $v }
rollup-nar-wrong-claim-rolled = L1 runs step { $step } ({ $op }): the proposer's claim is wrong, its bond of { $eth } ETH goes to validator { $v }, { $ids } rolled back
rollup-nar-right-claim = L1 runs step { $step } ({ $op }): the proposer was right, validator { $v } loses its bond
rollup-nar-final = { $ids } final
rollup-nar-wrong-final = { $ids } final with a WRONG state root: nobody challenged it in time
rollup-nar-filling = batch { $batch } filling: { $txs }, { $raw } bytes raw, first one { $age } old
rollup-nar-no-batch = no batch yet; L2 transactions arrive at { $tps } a second
rollup-nar-nothing = nothing new on L1
rollup-nar-window = assertion { $id }'s challenge window { $pct }% elapsed, { $left } left
rollup-nar-assertions-n = { $n ->
        [one] { $n } assertion
       *[other] { $n } assertions
    }
rollup-nar-over = run over: { $finals } of { $all } final
rollup-nar-over-wrong = run over: { $finals } of { $all } final, a WRONG state root among them

## Notices about the link's settings
rollup-notice-val = val: ignored { $bad } (at most { $most } entries, each on, off or late:BLOCK)
rollup-notice-traffic = tps × traffic = { $txs } transfers; the page runs at most { $most } (the CLI `chainlab rollup` runs more); using the default traffic
rollup-notice-defaults = { $error }; using the page's defaults
rollup-notice-at = at = { $at } would compress { $txs } transfers at quality { $q } on load; opening at block { $cap } instead

## The model's log ("What happened"; English as the CLI writes it)
rollup-ev-batch-full = batch { $index } posted (Full): { $txs } txs, { $raw } B raw -> { $compressed } B Brotli ({ $ratio }x), { $gas } gas{ $blobs ->
        [0] {""}
       *[other] {" + "}{ $blobs } blob(s)
    }
rollup-ev-batch-delay = batch { $index } posted (MaxDelay): { $txs } txs, { $raw } B raw -> { $compressed } B Brotli ({ $ratio }x), { $gas } gas{ $blobs ->
        [0] {""}
       *[other] {" + "}{ $blobs } blob(s)
    }
rollup-ev-assertion-proposer = assertion { $id } for batch { $batch } by proposer: root { $root }…, window ends at block { $end }
rollup-ev-assertion-proposer-wrong = assertion { $id } for batch { $batch } by proposer: root { $root }… (WRONG), window ends at block { $end }
rollup-ev-assertion-validator = assertion { $id } for batch { $batch } by validator { $v }: root { $root }…, window ends at block { $end }
rollup-ev-assertion-validator-wrong = assertion { $id } for batch { $batch } by validator { $v }: root { $root }… (WRONG), window ends at block { $end }
rollup-ev-challenge = validator { $v } challenges assertion { $id } (batch { $batch }): trace of { $steps } steps, { $rounds } rounds of { $arity }-way dissection (binary { $binary }, 40-way { $d40 }); proof at block { $at }
rollup-ev-osp-right = one-step proof: L1 runs step { $step } ({ $op } of transfer { $transfer }) and gets { $hash }…; the proposer was right
rollup-ev-osp-wrong = one-step proof: L1 runs step { $step } ({ $op } of transfer { $transfer }) and gets { $hash }…; the proposer's claim is wrong
rollup-ev-rolled-back = proposer's bond of { $bond } gwei slashed to validator { $v }; assertions { $ids } rolled back
rollup-ev-final = assertion { $id } (batch { $batch }) is final
rollup-ev-invalid-final = assertion { $id } (batch { $batch }) is final with a WRONG state root: nobody challenged it

## Playback speeds (the time controls)
rollup-speed-1b = 1 block/s (12 s/s)
rollup-speed-1m = 1 min/s
rollup-speed-3m = 3 min/s
rollup-speed-10m = 10 min/s
rollup-speed-1h = 1 hour/s
rollup-speed-1d = 1 day/s
rollup-speed-max = as fast as possible
