# Chain Lab: the optimistic-rollup page (#/rollup). English is the source
# catalog (docs/translating.md); `{ $x }` is an argument the code passes.

## The page's head, status line and faults
rollup-title = Oƥŧiḿişŧiƈ řooŀŀuuƥ ~~~~
rollup-subtitle = Ařƀiŧřuuḿ-şŧẏŀee: ƀaaŧƈħeeş ooƞ Eŧħeeřeeuuḿ, aa ƈħaaŀŀeeƞɠee ẇiƞḓooẇ, aa ƒřaauuḓ ƥřooooƒ ḓooẇƞ ŧoo ooƞee şŧeeƥ ~~~~ ~~~~ ~
rollup-squeeze = Ŧiḿee ƈooḿƥřeeşşiooƞ: ẇħiŀee ooƞŀẏ ŧħee ƈħaaŀŀeeƞɠee ƈŀooƈķş ḿooṽee, ƥŀaaẏ aaŧ ŀeeaaşŧ 1 ḓaaẏ/ş (ŧħee ~~~~ ~~~~ ~~~ { $blocks }-ƀŀooƈķ ẇiƞḓooẇ iş ~~~~ { $span })
rollup-status-line = Ŀ1 ƀŀooƈķ ~~ { $block } · { $time } şiƞƈee ŧħee şŧaařŧ · ~~~ { $txs } Ŀ2 ŧẋş · ~~~ { $batches ->
        [one] { $batches } ƀaaŧƈħ 
       *[other] { $batches } ƀaaŧƈħeeş 
    }
rollup-status-wrong-final = A ẆŘOȠƓ şŧaaŧee řooooŧ iş ƒiƞaaŀ: ƞoo ħooƞeeşŧ ṽaaŀiḓaaŧooř ƈħaaŀŀeeƞɠeeḓ iŧ ẇiŧħiƞ iŧş ẇiƞḓooẇ. ~~~~ ~~~~ ~~~~ ~~
rollup-status-challenged = Aşşeeřŧiooƞ ~ { $assertion } iş ƀeeiƞɠ ƈħaaŀŀeeƞɠeeḓ ƀẏ ṽaaŀiḓaaŧooř ~~~~  { $validator }.
rollup-status-done = Eṽeeřẏ aaşşeeřŧiooƞ iş ƒiƞaaŀ ooř řooŀŀeeḓ ƀaaƈķ. ~~~~ ~
rollup-status-counts = { $finals } aaşşeeřŧiooƞş ƒiƞaaŀ, ~~ { $pending } ƥeeƞḓiƞɠ. ~~
rollup-compressing-status = Ƈooḿƥřeeşşiƞɠ… ƀŀooƈķ ~~~~ { $block } ƞeeeeḓş aa ƀaaŧƈħ'ş řeeaaŀ Ɓřooŧŀi şiẑee, aaƞḓ ŧħee Ɓřooŧŀi ḿooḓuuŀee iş şŧiŀŀ ŀooaaḓiƞɠ: ŧħee řuuƞ ɠooeeş ooƞ ƀẏ iŧşeeŀƒ ẇħeeƞ iŧ iş ħeeřee. ~~~~ ~~~~ ~~~~ ~~~~ ~
rollup-pipeline-label = Ŧħee řooŀŀuuƥ ƥiƥeeŀiƞee: Ŀ2 uuşeeřş, şeeɋuueeƞƈeeř, ƀaaŧƈħ, Ɓřooŧŀi, Ŀ1, ƈħaaŀŀeeƞɠee ẇiƞḓooẇ, ƒiƞaaŀ ~~~~ ~~~~ ~~~~ 
rollup-faults-label = Ƒaauuŀŧş 
rollup-proposer = Ƥřooƥooşeeř: 
rollup-fault-wrong = ƥooşŧş aa ẇřooƞɠ řooooŧ ƒooř ƀaaŧƈħ ~~~~ { $batch } (ḿiƞŧş ~~ { $eth } EŦĦ ŧoo iŧşeeŀƒ). ~~~
rollup-fault-honest = ħooƞeeşŧ. 
rollup-honest-proposer = Ħooƞeeşŧ ƥřooƥooşeeř 
rollup-inject-title = Ŧħee ƥřooƥooşeeř'ş ƞeeẋŧ aaşşeeřŧiooƞ ƈŀaaiḿş aa şŧaaŧee iƞ ẇħiƈħ iŧ ƈřeeḓiŧeeḓ iŧşeeŀƒ 1,000 EŦĦ ~~~~ ~~~~ ~~~~ ~~
rollup-inject = Iƞĵeeƈŧ aa ẇřooƞɠ řooooŧ (ƀaaŧƈħ ~~~~ { $batch })
rollup-honest-validators = Ħooƞeeşŧ ṽaaŀiḓaaŧoořş: ~~
rollup-validator-n = Ṽaaŀiḓaaŧooř  { $i }
rollup-mode-online = ooƞŀiƞee 
rollup-mode-offline = ooƒƒŀiƞee 
rollup-mode-late = ŀaaŧee
rollup-mode-remove = řeeḿooṽee
rollup-from-block = ƒřooḿ ƀŀooƈķ ~
rollup-no-validator = Ƞoo ħooƞeeşŧ ṽaaŀiḓaaŧooř ẇiŀŀ ƀee ooƞŀiƞee: ƞooŧħiƞɠ şŧooƥş aa ẇřooƞɠ řooooŧ. ~~~~ ~~~~ 

## The fraud proof
rollup-fraud-proof = Ƒřaauuḓ ƥřooooƒ 
rollup-no-challenge = Ƞoo ƈħaaŀŀeeƞɠee ẏeeŧ. Iƞĵeeƈŧ aa ẇřooƞɠ řooooŧ aaƀooṽee: aaƞ ooƞŀiƞee ṽaaŀiḓaaŧooř řee-eeẋeeƈuuŧeeş ŧħee ƀaaŧƈħ, ƈħaaŀŀeeƞɠeeş, aaƞḓ ŧħee ƀişeeƈŧiooƞ ɠaaḿee aaƥƥeeaařş ħeeřee. ~~~~ ~~~~ ~~~~
rollup-dissection-label = Ḓişşeeƈŧiooƞ ~
rollup-bold-bisection = ƁooĿḒ ƀişeeƈŧiooƞ ~~
rollup-classic-40 = 40-ẇaaẏ (ƈŀaaşşiƈ Ƞiŧřoo) ~~~~ 
rollup-classic-nitro = ƈŀaaşşiƈ Ƞiŧřoo ~~~
rollup-dispute-title = Ƒřaauuḓ ƥřooooƒ ( ~{ $protocol }): aaşşeeřŧiooƞ ~ { $assertion } (ƀaaŧƈħ ~ { $batch })
rollup-dispute-intro = Ṽaaŀiḓaaŧooř  { $validator } řee-eeẋeeƈuuŧeeḓ ƀaaŧƈħ  { $batch } ƒřooḿ iŧş Ŀ1 ḓaaŧaa aaƞḓ ɠooŧ aa ḓiƒƒeeřeeƞŧ şŧaaŧee řooooŧ, şoo aaŧ ƀŀooƈķ ~~~~ ~~~ { $block } iŧ ƈħaaŀŀeeƞɠeeḓ. Ɓooŧħ şiḓeeş aaɠřeeee ooƞ ŧħee şŧaaŧee ƀeeƒoořee ŧħee ƀaaŧƈħ aaƞḓ ḓişaaɠřeeee aaƒŧeeř iŧş ~~~~ ~~~~  { $steps } ṼḾ şŧeeƥş (şeeṽeeƞ ƥeeř ŧřaaƞşƒeeř: ŀooaaḓ ƀooŧħ ƀaaŀaaƞƈeeş, ƈħeeƈķ, şuuƀŧřaaƈŧ, aaḓḓ, şŧoořee ƀooŧħ). Eaaƈħ řoouuƞḓ ŧħee ḓeeƒeeƞḓeeř ƥooşŧş ~~~~ ~~~~ ~~~~ ~~~ { $posts } iƞşiḓee ŧħee ḓişƥuuŧeeḓ řaaƞɠee, ŧħee ƈħaaŀŀeeƞɠeeř ƞaaḿeeş ŧħee ƒiřşŧ ƥaařŧ ẇħooşee eeƞḓ iŧ ḓişƥuuŧeeş, aaƞḓ ŧħee řaaƞɠee şħřiƞķş. ~~~~ ~~~~ ~~~~ ~~~~ 
rollup-dispute-posts-bold = 1 ħaaşħ, aaŧ ŧħee ƥooẇeeř-ooƒ-ŧẇoo ƥooiƞŧ ƁooĿḒ řeeɋuuiřeeş, ~~~~ ~~
rollup-dispute-posts-classic = uuƥ ŧoo { $hashes } ħaaşħeeş 
rollup-dispute-protocol = Ḓişƥuuŧee ƥřooŧooƈooŀ ~
rollup-bold-rounds = ƁooĿḒ ƀişeeƈŧiooƞ: ~~ { $n } řoouuƞḓş 
rollup-classic-rounds = 40-ẇaaẏ (ƈŀaaşşiƈ Ƞiŧřoo): ~~~~ ~ { $n } řoouuƞḓş 
rollup-rounds-legend = Iƞ eeaaƈħ řoouuƞḓ: ŧħee ƀŀuuee ƀaař iş ŧħee ḓişƥuuŧeeḓ řaaƞɠee ẇiŧħiƞ ŧħee ẇħooŀee ŧřaaƈee (uuƞḓeeř ƁooĿḒ, ƥaaḓḓeeḓ ŧoo aa ƥooẇeeř ooƒ ŧẇoo); ŧħee şŧřiƥ ƀeeŀooẇ iş ŧħaaŧ řaaƞɠee, ẇiŧħ ŧħee ƥooşŧeeḓ ƥooiƞŧş (ɠřeeeeƞ: ƀooŧħ aaɠřeeee, řeeḓ: ŧħeeẏ ḓiƒƒeeř) aaƞḓ, iƞ oořaaƞɠee, ŧħee ƥaařŧ ƈħooşeeƞ ƒooř ŧħee ƞeeẋŧ řoouuƞḓ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~
rollup-dispute-next = Řoouuƞḓ { $k } ooƒ { $n }: iŧş ḿooṽeeş ŀaaƞḓ aaŧ ƀŀooƈķ ~~~~ { $at } (ƞooẇ  { $now }).
rollup-dispute-one-wide = Ŧħee řaaƞɠee iş ooƞee şŧeeƥ ẇiḓee: Ŀ1 eeẋeeƈuuŧeeş şŧeeƥ ~~~~  { $step } aaŧ ƀŀooƈķ ~ { $block }.
rollup-track-whole = ŧħee ẇħooŀee (ƥaaḓḓeeḓ) ħişŧoořẏ: şŧeeƥş 0 ŧoo ~~~~ ~~ { $n }
rollup-track-round = ŧħiş řoouuƞḓ'ş řaaƞɠee, şŧeeƥş ~~~~ { $lo } ŧoo { $hi }
rollup-round = Řoouuƞḓ { $i }
rollup-round-head = · ƀŀooƈķ ~ { $block } · řaaƞɠee [ ~{ $lo }, { $hi }] ({ $len } şŧeeƥş) → [ ~~{ $next_lo }, { $next_hi }]
rollup-round-padded = · ƥaaşŧ şŧeeƥ ~~ { $steps } ŧħee ƥaaḓḓeeḓ ħişŧoořẏ řeeƥeeaaŧş ŧħee ŀaaşŧ şŧaaŧee ~~~~ 
rollup-pt-after = aaƒŧeeř şŧeeƥ 
rollup-pt-challenger = ƈħaaŀŀeeƞɠeeř (ħooƞeeşŧ) ~~
rollup-pt-defender = ḓeeƒeeƞḓeeř'ş ƈŀaaiḿ ~~
rollup-pt-more = … { $n } ḿoořee ƥooiƞŧş … ~~
rollup-pt-agree = aaɠřeeee
rollup-pt-differ = ḓiƒƒeeř ~
rollup-osp-title = Oƞee-şŧeeƥ ƥřooooƒ: Ŀ1 eeẋeeƈuuŧeeş şŧeeƥ ~~~ { $step } ooƞŀẏ 
rollup-osp-instruction = iƞşŧřuuƈŧiooƞ ~~
rollup-osp-transfer = (ŧřaaƞşƒeeř ~ { $transfer } ooƒ ŧħee ƀaaŧƈħ) ~~
rollup-osp-before = aaɠřeeeeḓ şŧaaŧee ƀeeƒoořee
rollup-osp-matches = ✓ ḿaaŧƈħeeş ŧħee aaɠřeeeeḓ ħaaşħ ~~
rollup-osp-no-match = ✗ ḓooeeş ƞooŧ ḿaaŧƈħ ~~
rollup-osp-result = Ŀ1'ş řeeşuuŀŧ ~~
rollup-osp-challenger = ƈħaaŀŀeeƞɠeeř ƈŀaaiḿeeḓ ~~
rollup-osp-defender = ḓeeƒeeƞḓeeř ƈŀaaiḿeeḓ ~
rollup-verdict-challenger = Ŧħee ḓeeƒeeƞḓeeř'ş ƈŀaaiḿ iş ẇřooƞɠ. Iŧş ƀooƞḓ ooƒ ~~~~ ~~~ { $eth } EŦĦ iş şŀaaşħeeḓ ŧoo ṽaaŀiḓaaŧooř ~~~~ { $validator }. Řooŀŀeeḓ ƀaaƈķ: ~~ { $rolled }; ŧħee ṽaaŀiḓaaŧooř řee-aaşşeeřŧş ŧħee ŧřuuee řooooŧş ƒřooḿ ƀaaŧƈħ ~~~~ ~ { $batch } ooƞ, eeaaƈħ ẇiŧħ aa ƒřeeşħ ƈħaaŀŀeeƞɠee ẇiƞḓooẇ. ~~~~ ~
rollup-verdict-rolled = { $n ->
        [one] aaşşeeřŧiooƞ  { $ids }
       *[other] aaşşeeřŧiooƞş  { $ids }
    }
rollup-verdict-proposer = Ŧħee ḓeeƒeeƞḓeeř ẇaaş řiɠħŧ: ŧħee ƈħaaŀŀeeƞɠeeř'ş ƀooƞḓ iş şŀaaşħeeḓ aaƞḓ ŧħee aaşşeeřŧiooƞ şŧaaƞḓş. ~~~~ ~~~~ ~~~~
rollup-rounds-why = ƁooĿḒ ƥaaḓş ŧħee ~~ { $n }-şŧeeƥ ħişŧoořẏ ŧoo 2^ ~~~~{ $h } = { $padded } ŀeeaaṽeeş aaƞḓ şƥŀiŧş aaŧ ḿaaƞḓaaŧoořẏƁişeeƈŧiooƞĦeeiɠħŧ, şoo eeṽeeřẏ ɠaaḿee ŧaaķeeş eeẋaaƈŧŀẏ ~~~~ ~~~~ { $h } řoouuƞḓş. Ƈŀaaşşiƈ Ƞiŧřoo ƈuuŧş aa řaaƞɠee iƞŧoo 40 ƥaařŧş ooƒ ƒŀooooř(ŀeeƞ/40) şŧeeƥş, ŧħee ŀaaşŧ ŧaaķiƞɠ ŧħee řeeḿaaiƞḓeeř, aaƞḓ şŧooƥş ẇħeeƞ ŧħee řaaƞɠee iş ooƞee şŧeeƥ: ħeeřee ~~~~ ~~~~ ~~~~ ~~~~ ~~~~  { $classic }.

## The BoLD panel
rollup-bold-title = ƁooĿḒ: ŧħee ħooƞeeşŧ şiḓee aaɠaaiƞşŧ aaƞẏ ƞuuḿƀeeř ooƒ aaŧŧaaƈķeeřş ~~~~ ~~
rollup-bold-attackers = Aŧŧaaƈķeeřş ~
rollup-bold-heights = Ħeeiɠħŧş ~
rollup-bold-reduced = řeeḓuuƈeeḓ: 2^4, 2^3, 2^3 ~~~~ 
rollup-bold-arb1 = Ařƀiŧřuuḿ Oƞee: 2^26, 2^19, 2^23 ~~~~ ~~~~
rollup-bold-pause = Ƥaauuşee
rollup-bold-play = Ƥŀaaẏ ŧħee ɠaaḿee ~
rollup-bold-step = Şŧeeƥ 
rollup-bold-edges-label = ƁooĿḒ eeḓɠeeş ƥeeř ŀeeṽeeŀ: ħooƞeeşŧ iƞ ɠřeeeeƞ, aaŧŧaaƈķeeřş' iƞ oořaaƞɠee-řeeḓ; ḓooŧş aařee ooƞee-şŧeeƥ ƥřooooƒş ~~~~ ~~~~ 
rollup-bold-legend-honest = ħooƞeeşŧ eeḓɠeeş (ḓooŧş: ooƞee-şŧeeƥ ƥřooooƒş) ~~~~
rollup-bold-legend-attackers = aaŧŧaaƈķeeřş' eeḓɠeeş · eeaaƈħ ŀeeṽeeŀ'ş eeḓɠeeş ƀẏ ŀeeƞɠŧħ, ŧħee ŀooƞɠeeşŧ ooƞ ŧooƥ ~~~~ ~~~~
rollup-bold-level = { $name } 2^{ $log2 }
rollup-level-block = ƀŀooƈķ 
rollup-level-big-step = ƀiɠ şŧeeƥ ~~
rollup-level-small-step = şḿaaŀŀ şŧeeƥ ~
rollup-heights-sep = {", "}
rollup-heights-block = 2^{ $log2 } ƀŀooƈķş ~
rollup-heights-big-step = 2^{ $log2 } ƀiɠ şŧeeƥş ~~
rollup-heights-small-step = 2^{ $log2 } şḿaaŀŀ şŧeeƥş ~~
rollup-move = Ḿooṽee { $k } ooƒ { $n } (ƀŀooƈķ ~ { $block }): { $who } { $what } ooƞ ŧħee  { $level } ŀeeṽeeŀ, ħeeiɠħŧş ~~ { $start } ŧoo { $end }.
rollup-move-at = Ḿooṽee { $k } ooƒ { $n } (ƀŀooƈķ ~ { $block }): { $who } { $what } ooƞ ŧħee  { $level } ŀeeṽeeŀ, ħeeiɠħŧş ~~ { $start } ŧoo { $end } aaŧ { $mid }.
rollup-move-honest = ŧħee ħooƞeeşŧ şiḓee ~
rollup-move-attacker = aaŧŧaaƈķeeř  { $i }
rollup-move-open = ooƥeeƞş aaƞ eeḓɠee 
rollup-move-bisect = ƀişeeƈŧş ~
rollup-move-refine = ooƥeeƞş aa şuuƀ-ƈħaaŀŀeeƞɠee ~
rollup-move-osp = ẇiƞş aa ooƞee-şŧeeƥ ƥřooooƒ ~~
rollup-moves-press-play = { $n } ḿooṽeeş; ƥřeeşş Ƥŀaaẏ. ~~~
rollup-bold-none = Ƞoo aaŧŧaaƈķeeř: ƞooƀooḓẏ řiṽaaŀş ŧħee ħooƞeeşŧ aaşşeeřŧiooƞ, şoo iŧ iş ƈooƞƒiřḿeeḓ aaƒŧeeř ŧħee ƈooƞƒiřḿ ƥeeřiooḓ, aaŧ ƀŀooƈķ ~~~~ ~~~~ ~~~~ ~ { $block } ({ $days } ḓaaẏş). ~
rollup-bold-attackers-post = { $n ->
        [one] { $n } aaŧŧaaƈķeeř ƥooşŧş ~
       *[other] { $n } aaŧŧaaƈķeeřş ƥooşŧ ~
    }
rollup-bold-proofs = { $n ->
        [one] { $n } ooƞee-şŧeeƥ ƥřooooƒ 
       *[other] { $n } ooƞee-şŧeeƥ ƥřooooƒş 
    }
rollup-bold-summary = { $attackers } řiṽaaŀ aaşşeeřŧiooƞş aaŧ ƀŀooƈķ 1 ( ~~~~ { $stake } EŦĦ eeaaƈħ) aaƞḓ eeḓɠeeş ooṽeeř ~~ { $heights }. Aƒŧeeř ~ { $moves } ḿooṽeeş ( { $edges } eeḓɠeeş,  { $honest_edges } ƀẏ ŧħee ħooƞeeşŧ şiḓee) aaƞḓ ~~~~ { $proofs }, ŧħee ħooƞeeşŧ eeḓɠee'ş ƈuuḿuuŀaaŧiṽee ŧiḿeeř řeeaaƈħeeş ŧħee ~~~~  { $period }-ƀŀooƈķ ƈħaaŀŀeeƞɠee ƥeeřiooḓ aaŧ ƀŀooƈķ ~~~~ { $edge_block }; aaƒŧeeř ŧħee ~ { $grace }-ƀŀooƈķ ɠřaaƈee ƥeeřiooḓ ŧħee ħooƞeeşŧ aaşşeeřŧiooƞ iş ƈooƞƒiřḿeeḓ aaŧ ƀŀooƈķ ~~~~ ~~~~ { $block } ({ $days } ḓaaẏş; ŧħiş řuuƞ'ş ƀoouuƞḓ, ẇiŧħ ŧħee ħooƞeeşŧ aaşşeeřŧiooƞ ƒiřşŧ aaƞḓ eeṽeeřẏ ḿooṽee ḿaaḓee aaŧ ooƞƈee: ~~~~ ~~~~ ~~~ { $bound }). Şŧaaķeeş: ħooƞeeşŧ ~~ { $honest_stake } EŦĦ (řeeŧuuřƞeeḓ), aaŧŧaaƈķeeřş ~~~ { $malicious_stake } EŦĦ (ŀooşŧ). ~~~
rollup-delay-title = Ŧiḿee ŧoo ƈooƞƒiřḿ ŧħee ħooƞeeşŧ aaşşeeřŧiooƞ, ƀẏ ƞuuḿƀeeř ooƒ aaŧŧaaƈķeeřş ~~~~ ~~~
rollup-delay-label = Ḓaaẏş uuƞŧiŀ ŧħee ħooƞeeşŧ aaşşeeřŧiooƞ iş ƈooƞƒiřḿeeḓ aaɠaaiƞşŧ ŧħee ƞuuḿƀeeř ooƒ aaŧŧaaƈķeeřş: ƈŀaaşşiƈ Ƞiŧřoo ɠřooẇş, ƁooĿḒ şŧaaẏş ƒŀaaŧ ~~~~ ~~~~ ~~~~ ~~~~ 
rollup-delay-days = { $d } ḓ
rollup-delay-attackers = aaŧŧaaƈķeeřş 
rollup-delay-with = { $n ->
        [one] Ẇiŧħ ~ { $n } aaŧŧaaƈķeeř 
       *[other] Ẇiŧħ ~ { $n } aaŧŧaaƈķeeřş 
    }
rollup-delay-summary = { $with }: ƈŀaaşşiƈ Ƞiŧřoo ƈooƞƒiřḿş ŧħee ħooƞeeşŧ aaşşeeřŧiooƞ aaƒŧeeř ~~~~ ~~~~ { $classic_days } ḓaaẏş (ƀŀooƈķ ~~ { $classic_block }), ooƞee ƈħaaŀŀeeƞɠee aaƒŧeeř aaƞooŧħeeř; ƁooĿḒ aaƒŧeeř ~~~ { $bold_days } ḓaaẏş (ƀŀooƈķ ~~ { $bold_block }), ħooẇeeṽeeř ḿaaƞẏ aaŧŧaaƈķeeřş ĵooiƞ. ~~~~
rollup-delay-note = Ƈŀaaşşiƈ Ƞiŧřoo: eeaaƈħ aaŧŧaaƈķeeř'ş ƈħaaŀŀeeƞɠee ɠeeŧş aa ƈħeeşş ƈŀooƈķ ooƒ ŧħee ~~~~ ~~~~  { $confirm }-ƀŀooƈķ ƈooƞƒiřḿ ƥeeřiooḓ ƥŀuuş 200 ƀŀooƈķş, aaƞḓ aaƞ ħooƞeeşŧ şŧaaķeeř ƈaaƞ ƀee iƞ ooƞee ƈħaaŀŀeeƞɠee aaŧ aa ŧiḿee, şoo eeaaƈħ ƒuuřŧħeeř aaŧŧaaƈķeeř aaḓḓş aaƀoouuŧ ~~~~ ~~~~ ~~~~ ~~ { $clock } ḓaaẏş. ƁooĿḒ: aaŀŀ eeḓɠeeş aařee ƒoouuɠħŧ aaŧ ooƞƈee aaƞḓ ŧiḿeeřş aaḓḓ uuƥ aaŀooƞɠ ŧħee ħooƞeeşŧ ƥaaŧħ, şoo ħeeřee, ẇiŧħ ŧħee ħooƞeeşŧ aaşşeeřŧiooƞ ƥooşŧeeḓ ƒiřşŧ aaƞḓ eeṽeeřẏ ḿooṽee ḿaaḓee aaŧ ooƞƈee, iŧ iş ƈooƞƒiřḿeeḓ aaƀoouuŧ ooƞee ƈħaaŀŀeeƞɠee ƥeeřiooḓ ƥŀuuş ŧħee ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~ { $grace }-ḓaaẏ ɠřaaƈee ƥeeřiooḓ aaƒŧeeř ŧħee şŧaařŧ, ẇħaaŧeeṽeeř ŧħee ƞuuḿƀeeř ooƒ aaŧŧaaƈķeeřş. Ŧħee ƥřooŧooƈooŀ'ş ɠuuaařaaƞŧeeee, ẇħaaŧeeṽeeř ŧħee aaŧŧaaƈķeeřş aaƞḓ ŧħee ŧiḿiƞɠ, iş aaŧ ḿooşŧ ŧẇoo ƈħaaŀŀeeƞɠee ƥeeřiooḓş (ooƞee ŧoo řaaişee aa ḓişƥuuŧee, ooƞee ŧoo řeeşooŀṽee iŧ) ƥŀuuş ŧħee ɠřaaƈee ƥeeřiooḓ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~

## The tables
rollup-assertions-title = Aşşeeřŧiooƞş aaƞḓ ŧħeeiř ƈħaaŀŀeeƞɠee ẇiƞḓooẇş ~~~~ ~~
rollup-col-batch = ƀaaŧƈħ 
rollup-col-by = ƀẏ
rollup-col-root = şŧaaŧee řooooŧ
rollup-col-posted = ƥooşŧeeḓ 
rollup-col-window = ƈħaaŀŀeeƞɠee ẇiƞḓooẇ ~~
rollup-col-status = şŧaaŧuuş 
rollup-st-waiting-parent = ẇaaiŧiƞɠ ƒooř iŧş ƥaařeeƞŧ ~~~~
rollup-st-pending = ƥeeƞḓiƞɠ ~
rollup-st-challenged = ƈħaaŀŀeeƞɠeeḓ 
rollup-st-final-wrong = ƑIȠAĿ ẇiŧħ aa ẇřooƞɠ řooooŧ ~~~~ 
rollup-st-final = ƒiƞaaŀ 
rollup-st-rolled-back = řooŀŀeeḓ ƀaaƈķ ~
rollup-by-proposer = ƥřooƥooşeeř 
rollup-by-validator = ṽaaŀiḓaaŧooř  { $v }
rollup-root-wrong = ẇřooƞɠ 
rollup-window-left = { $span } ŀeeƒŧ ( ~{ $blocks } ƀŀooƈķş) ~
rollup-window-closed = ƈŀooşeeḓ 
rollup-bond = ƀooƞḓ  { $eth } EŦĦ
rollup-no-assertion = Ƞoo aaşşeeřŧiooƞ ẏeeŧ: ŧħee ƒiřşŧ ƈooḿeeş ẇiŧħ ŧħee ƒiřşŧ ƀaaŧƈħ. ~~~~ ~~~~ ~
rollup-batches-title = Ɓaaŧƈħeeş ooƞ Ŀ1 ~~
rollup-col-block = ƀŀooƈķ 
rollup-col-closed = ƈŀooşeeḓ 
rollup-col-txs = ŧẋş
rollup-col-raw = řaaẇ Ɓ 
rollup-col-brotli = Ɓřooŧŀi Ɓ ~~
rollup-col-ratio = řaaŧioo
rollup-col-blob-gas = ƀŀooƀ ɠaaş ~
rollup-col-l1-gas = Ŀ1 ɠaaş ~
rollup-col-gwei-tx = ɠẇeei/ŧẋ ~
rollup-closed-full = ƒuuŀŀ 
rollup-closed-delay = ḿaaẋ ḓeeŀaaẏ 
rollup-blob-gas-cell = { $gas } ({ $blobs })
rollup-blobs-n = { $n ->
        [one] { $n } ƀŀooƀ 
       *[other] { $n } ƀŀooƀş 
    }
rollup-compressing-row = { $txs } ŧẋş, ~ { $bytes } Ɓ řaaẇ: ƈooḿƥřeeşşiƞɠ… ~~~~
rollup-total-one = ŧħee 1 ƀaaŧƈħ ~~
rollup-total-all = aaŀŀ { $n } ƀaaŧƈħeeş 

## The pipeline (canvas)
rollup-stage-users = Ŀ2 uuşeeřş ~
rollup-stage-tps = { $tps } ŧẋ/ş ~
rollup-stage-accounts = { $n } aaƈƈoouuƞŧş 
rollup-stage-sending = şeeƞḓiƞɠ ƒooř ~~ { $span }
rollup-stage-traffic-over = ŧřaaƒƒiƈ ooṽeeř ~
rollup-stage-sequencer = Şeeɋuueeƞƈeeř
rollup-stage-txs = { $n } ŧẋş
rollup-stage-ordered = oořḓeeřeeḓ, eeẋeeƈuuŧeeḓ
rollup-stage-root = řooooŧ { $root }…
rollup-stage-batch = Ɓaaŧƈħ 
rollup-stage-raw = { $bytes } Ɓ řaaẇ 
rollup-stage-age = aaɠee { $age } / { $max }
rollup-stage-compressing = ƈooḿƥřeeşşiƞɠ… ~~
rollup-stage-brotli-loading = Ɓřooŧŀi ŀooaaḓiƞɠ ~~
rollup-stage-bytes = { $raw } → { $compressed } Ɓ
rollup-stage-of-cap = { $pct }% ooƒ ŧħee ƈaaƥ ~
rollup-stage-no-batch = ƞoo ƀaaŧƈħ ẏeeŧ ~
rollup-stage-l1 = Ŀ1 (Eŧħeeřeeuuḿ) ~~
rollup-stage-block = ƀŀooƈķ  { $block }
rollup-stage-posted = { $n ->
        [one] { $n } ƀaaŧƈħ ƥooşŧeeḓ ~
       *[other] { $n } ƀaaŧƈħeeş ƥooşŧeeḓ ~
    }
rollup-stage-blob-gas = { $gas } ƀŀooƀ ɠaaş ~
rollup-stage-gas = { $gas } ɠaaş
rollup-stage-window = Ƈħaaŀŀeeƞɠee ẇiƞḓooẇ ~~
rollup-stage-open = { $n } ooƥeeƞ
rollup-stage-ends = #{ $id } eeƞḓş iƞ ~ { $span }
rollup-stage-challenged = #{ $id } ƇĦAĿĿEȠƓEḒ ~~~
rollup-stage-window-long = { $blocks } ƀŀooƈķş ŀooƞɠ ~~
rollup-stage-window-blocks = { $blocks } ƀŀooƈķş ~
rollup-stage-final = Ƒiƞaaŀ 
rollup-stage-rolled = { $rolled } řooŀŀeeḓ ƀaaƈķ ~
rollup-stage-assertions = aaşşeeřŧiooƞş 
rollup-stage-wrong-final = ẆŘOȠƓ ŘOOŦ ƑIȠAĿ ~~~~ ~

## Spans of time (d, h, min, s)
rollup-span-dh = { $d } ḓ { $h } ħ
rollup-span-hm = { $h } ħ { $m } ḿiƞ
rollup-span-ms = { $m } ḿiƞ { $s } ş
rollup-span-s = { $s } ş

## Costs, the load sweep and the log
rollup-cost-compare = Ƥooşŧiƞɠ ƈooşŧ ƥeeř ŧřaaƞşaaƈŧiooƞ şoo ƒaař: ~~~~ ~ { $per_tx } ooƞ ŧħee řooŀŀuuƥ aaɠaaiƞşŧ ~~ { $l1 } ɠẇeei ƒooř aa ƥŀaaiƞ ŧřaaƞşƒeeř ooƞ Ŀ1 aaŀooƞee (21,000 ɠaaş aaŧ ~~~~ ~~~ { $price } ɠẇeei). Ŀ1 aaŀooƞee ħooŀḓş ~~~ { $capacity } ŧřaaƞşƒeeřş aa ƀŀooƈķ (aaƀoouuŧ ~~ { $tps } ŧẋ/ş); aaŧ ŧħiş ŀooaaḓ iŧ ẇoouuŀḓ ħaaṽee aa ƀaaƈķŀooɠ ooƒ ~~~~ ~~ { $backlog } ŧřaaƞşƒeeřş. ~
rollup-cost-no-batch = ƞoo ƀaaŧƈħ ẏeeŧ ~
rollup-cost-gwei = { $gwei } ɠẇeei 
rollup-sweep-name = ŀooaaḓ şẇeeeeƥ
rollup-sweep-title = Aş ŀooaaḓ ɠřooẇş: Ŀ1 aaŀooƞee aaɠaaiƞşŧ ŧħee řooŀŀuuƥ ~~~~ 
rollup-sweep-running = Řuuƞƞiƞɠ ŀooaaḓ ~ { $k } ooƒ { $n }…
rollup-sweep-run = Řuuƞ ŧħee ŀooaaḓ şẇeeeeƥ ~
rollup-sweep-note = Řuuƞş ŧħeeşee şeeŧŧiƞɠş aaŧ ~~~ { $loads } ŀooaaḓş ƒřooḿ 0.1 ŧoo 1,000 ŧẋ/ş, eeaaƈħ ƒooř ooƞee ƀaaŧƈħ ḓeeŀaaẏ ooř 30,000 ŧřaaƞşƒeeřş, ẇiŧħ řeeaaŀ Ɓřooŧŀi aaŧ ɋuuaaŀiŧẏ ~~~~ ~~~~ ~~~~ ~~~~  { $q }.
rollup-sweep-stale = (Ŧħee ƈħaařŧ iş ƒooř ooŧħeeř şeeŧŧiƞɠş: řuuƞ iŧ aaɠaaiƞ.) ~~~~ ~~~~ 
rollup-sweep-label = Ŧħřoouuɠħƥuuŧ aaƞḓ ƈooşŧ ƥeeř ŧřaaƞşaaƈŧiooƞ aaɠaaiƞşŧ ooƒƒeeřeeḓ ŀooaaḓ, Ŀ1 aaŀooƞee aaƞḓ ŧħee řooŀŀuuƥ ~~~~ ~~~~
rollup-log-title = Ẇħaaŧ ħaaƥƥeeƞeeḓ ~
rollup-log-empty = Ƞooŧħiƞɠ ħaaş ħaaƥƥeeƞeeḓ ooƞ Ŀ1 ẏeeŧ: ƥřeeşş Ƥŀaaẏ, ooř → ŧoo şŧeeƥ ŧoo ŧħee ƒiřşŧ ƀaaŧƈħ. ~~~~ ~~~~ ~~~~ 
rollup-log-block = ƀŀooƈķ  { $block }

## Settings
rollup-settings = Şeeŧŧiƞɠş ~~
rollup-settings-note = Ƈħaaƞɠiƞɠ ŧħeeşee řeeşŧaařŧş ŧħee řuuƞ. Ŧħee ƥaaɠee řuuƞş aaŧ ḿooşŧ ~~~~ ~~~ { $most } ŧřaaƞşƒeeřş (ŀooaaḓ × ŧřaaƒƒiƈ); ŧħee ƇĿI řuuƞş aaƞẏ şiẑee. ~~~~ ~~~~ 
rollup-set-tps = Ŀ2 ŀooaaḓ, ŧẋ/ş ~~~
rollup-set-traffic = Ŧřaaƒƒiƈ, ḿiƞuuŧeeş ~~~
rollup-set-delay = Ḿaaẋ ƀaaŧƈħ ḓeeŀaaẏ, ḿiƞuuŧeeş ~~~
rollup-set-data = Ḓaaŧaa ooƞ Ŀ1 
rollup-set-q = Ɓřooŧŀi ɋuuaaŀiŧẏ ~~
rollup-set-gas = Ŀ1 ɠaaş ƥřiƈee, ɠẇeei ~~~~
rollup-set-fork = Eŧħeeřeeuuḿ ƒoořķ ~
rollup-set-blobgas = Ɓŀooƀ ƀaaşee ƒeeee aaŧ ŧħee şŧaařŧ, ɠẇeei ~~~
rollup-set-demand = Oŧħeeř uuşeeřş' ƀŀooƀş, × ŧaařɠeeŧ ~~~~ 
rollup-set-window = Ƈħaaŀŀeeƞɠee ẇiƞḓooẇ, Ŀ1 ƀŀooƈķş ~~~~ 
rollup-data-auto = aauuŧoo: ŧħee ƈħeeaaƥeeř ƥeeř ƀẏŧee (aaş Ƞiŧřoo) ~~~
rollup-data-calldata-floor = ƈaaŀŀḓaaŧaa (EIƤ-7623 ƒŀooooř: 10 ɠaaş aa ŧooķeeƞ) ~~~~ ~~
rollup-data-calldata = ƈaaŀŀḓaaŧaa (16/4 ɠaaş aa ƀẏŧee) ~~~~
rollup-data-blobs = ƀŀooƀş (EIƤ-4844) ~~~~ 
rollup-q-11 = 11 (Ƞiŧřoo, ƞoo ƀaaƈķŀooɠ) ~~~~
rollup-q-6 = 6 (Ƞiŧřoo uuƞḓeeř ƀaaƈķŀooɠ) ~~~~
rollup-quality-hint = Aŧ ŧħiş ŀooaaḓ ƀaaŧƈħeeş ƒiŀŀ ŧoo ŧħee 100,000-ƀẏŧee ƈaaƥ, aaƞḓ Ɓřooŧŀi ŀeeṽeeŀ 11 ŧaaķeeş aaƀoouuŧ aa şeeƈooƞḓ ooƒ ẇaaşḿ ƥeeř ƒuuŀŀ ƀaaŧƈħ: ƥŀaaẏƀaaƈķ şŧaaŀŀş ẇħiŀee eeaaƈħ iş ƈooḿƥřeeşşeeḓ. Ŀeeṽeeŀ 6 (Ƞiŧřoo'ş ŀeeṽeeŀ uuƞḓeeř aa ƀaaƈķŀooɠ) ƥŀaaẏş şḿooooŧħŀẏ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~
rollup-fork = { $name } (ƒřooḿ  { $since }): { $target }/{ $max } ƀŀooƀş 
rollup-fork-today = { $name } (ƒřooḿ  { $since }): { $target }/{ $max } ƀŀooƀş, ŧooḓaaẏ ~
rollup-blob-fee-now = Ɓŀooƀ ƀaaşee ƒeeee ƞooẇ: ~ { $fee } ɠẇeei (EIƤ-4844'ş řuuŀee; ooŧħeeř uuşeeřş ƥooşŧ ~~~~ ~~ { $blobs } ƀŀooƀş aa ƀŀooƈķ aaɠaaiƞşŧ aa ŧaařɠeeŧ ooƒ ~~~~ { $target }).
rollup-window-note = Ařƀiŧřuuḿ Oƞee: 45,818 ƀŀooƈķş ≈ ~~~~ ~~~ { $span }. A ḓişşeeƈŧiooƞ ḿooṽee ŧaaķeeş ~~~ { $blocks } Ŀ1 ƀŀooƈķ; aa řoouuƞḓ iş ŧẇoo ḿooṽeeş. ~~~~ 

## The run's setup line
rollup-setup = Ŧħiş řuuƞ: ḓişƥuuŧeeş ƀẏ ~~~~  { $protocol }; Ŀ1 ḓaaŧaa ƈooşŧş ooƒ ~~~ { $fork } (şiƞƈee ~ { $since }): { $target } ŧaařɠeeŧ / ~ { $max } ḿaaẋ ƀŀooƀş aa ƀŀooƈķ, ƀŀooƀ ƀaaşee ƒeeee uuƥḓaaŧee ƒřaaƈŧiooƞ ~~~~  { $fraction }, { $calldata }; ḓaaŧaa ƥooşŧeeḓ aaş ~ { $data }.
rollup-setup-today = Ŧħiş iş ŧħee ƒoořķ iƞ ƒoořƈee ŧooḓaaẏ. ~~~~ ~
rollup-setup-bold = ƁooĿḒ (Ařƀiŧřuuḿ Oƞee şiƞƈee Ƒeeƀřuuaařẏ 2025): ƀişeeƈŧiooƞ aaŧ ḿaaƞḓaaŧoořẏƁişeeƈŧiooƞĦeeiɠħŧ ooṽeeř aa ħişŧoořẏ ƥaaḓḓeeḓ ŧoo aa ƥooẇeeř ooƒ ŧẇoo ~~~~ ~~~~ ~~~~ ~~~~
rollup-setup-classic = ƈŀaaşşiƈ Ƞiŧřoo ( ~~~{ $arity }-ẇaaẏ ḓişşeeƈŧiooƞ ƥeeř eeẋŧřaaƈŧƇħaaŀŀeeƞɠeeŞeeɠḿeeƞŧ, 1-ṽş-1) ~~~~ ~~~~
rollup-setup-data-auto = ƈaaŀŀḓaaŧaa ooř ƀŀooƀş, ẇħiƈħeeṽeeř ƈooşŧş ŀeeşş ƥeeř ƀẏŧee (aaş Ƞiŧřoo'ş ƥooşŧeeř) ~~~~ ~~~~ ~~
rollup-setup-calldata-floor = ƈaaŀŀḓaaŧaa aaŧ ŀeeaaşŧ 10 ɠaaş aa ŧooķeeƞ (EIƤ-7623) ~~~~ ~~
rollup-setup-calldata-old = ƈaaŀŀḓaaŧaa aaŧ 16/4 ɠaaş aa ƀẏŧee (ƀeeƒoořee EIƤ-7623) ~~~~ ~~

## The explanation
rollup-explain-look-title = Ẇħaaŧ ẏoouu aařee ŀooooķiƞɠ aaŧ ~
rollup-explain-look-1 = Aƞ ooƥŧiḿişŧiƈ řooŀŀuuƥ řuuƞş ŧřaaƞşaaƈŧiooƞş ooƒƒ ŧħee ḿaaiƞ ƈħaaiƞ aaƞḓ uuşeeş Eŧħeeřeeuuḿ (Ŀ1) ooƞŀẏ ŧoo şŧoořee ŧħeeiř ḓaaŧaa aaƞḓ ŧoo şeeŧŧŀee ḓişƥuuŧeeş. Ħeeřee Ŀ2 ŧřaaƞşƒeeřş aaḿooƞɠ 32 aaƈƈoouuƞŧş aařřiṽee aaŧ ŧħee řaaŧee ẏoouu ƈħooooşee; ŧħee şeeɋuueeƞƈeeř oořḓeeřş aaƞḓ eeẋeeƈuuŧeeş ŧħeeḿ aaŧ ooƞƈee. Ŧħee ƀaaŧƈħ ƥooşŧeeř şeeřiaaŀişeeş ŧħeeḿ (14 ƀẏŧeeş eeaaƈħ), ƈooḿƥřeeşşeeş ŧħee ƀaaŧƈħ ẇiŧħ Ɓřooŧŀi, aaş Ařƀiŧřuuḿ Ƞiŧřoo ḓooeeş, aaƞḓ ƥooşŧş iŧ ŧoo Ŀ1 ẇħeeƞ iŧ ẇoouuŀḓ eeẋƈeeeeḓ iŧş ƈaaƥ (100,000 ƈooḿƥřeeşşeeḓ ƀẏŧeeş ooƒ ƈaaŀŀḓaaŧaa, 130,048 ƥeeř ƀŀooƀ) ooř iŧş ƒiřşŧ ŧřaaƞşaaƈŧiooƞ ħaaş ẇaaiŧeeḓ ŧħee ḿaaẋiḿuuḿ ḓeeŀaaẏ. Ŀiķee Ƞiŧřoo'ş ƥooşŧeeř, iŧ ƥuuŧş eeaaƈħ ƀaaŧƈħ ẇħeeřee aa ƀẏŧee ƈooşŧş ŀeeşş: iƞ ƀŀooƀş aaŧ ŧħee ƈuuřřeeƞŧ ƀŀooƀ ƀaaşee ƒeeee, ooř iƞ ƈaaŀŀḓaaŧaa, ẇħiƈħ şiƞƈee Ƥeeƈŧřaa (EIƤ-7623) ƥaaẏş aaŧ ŀeeaaşŧ 10 ɠaaş aa ŧooķeeƞ (40 ƥeeř ƞooƞ-ẑeeřoo ƀẏŧee). Eṽeeřẏ şiẑee, řaaŧioo aaƞḓ ɠaaş ƒiɠuuřee ooƞ ŧħiş ƥaaɠee ƈooḿeeş ƒřooḿ ƈooḿƥřeeşşiƞɠ ŧħee řuuƞ'ş řeeaaŀ ƀẏŧeeş; eeṽeeřẏ şŧaaŧee řooooŧ iş aa řeeaaŀ Ḿeeřķŀee řooooŧ (ŞĦA-256) ooṽeeř ŧħee ƀaaŀaaƞƈeeş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ 
rollup-explain-look-2 = Ẇiŧħ eeaaƈħ ƀaaŧƈħ ŧħee ƥřooƥooşeeř ƥooşŧş aaƞ aaşşeeřŧiooƞ, ŧħee şŧaaŧee řooooŧ aaƒŧeeř ŧħee ƀaaŧƈħ, ẇiŧħ aa ƀooƞḓ. Ƞooƀooḓẏ ooƞ Ŀ1 ƈħeeƈķş iŧ. Iŧ ƀeeƈooḿeeş ƒiƞaaŀ ooƞŀẏ ẇħeeƞ iŧş ƈħaaŀŀeeƞɠee ẇiƞḓooẇ ħaaş ƥaaşşeeḓ (45,818 Ŀ1 ƀŀooƈķş, aaƀoouuŧ 6.4 ḓaaẏş) ẇiŧħ ƞoo şuuƈƈeeşşƒuuŀ ƈħaaŀŀeeƞɠee. Aƞẏ ħooƞeeşŧ ṽaaŀiḓaaŧooř ƈaaƞ řee-eeẋeeƈuuŧee ŧħee ƀaaŧƈħ ƒřooḿ ŧħee ḓaaŧaa ooƞ Ŀ1 aaƞḓ, iƒ iŧş řooooŧ ḓiƒƒeeřş, ƈħaaŀŀeeƞɠee. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ 
rollup-explain-look-3 = Ŧħee ƈħaaŀŀeeƞɠee iş aa ɠaaḿee ooṽeeř ŧħee ƀaaŧƈħ'ş eeẋeeƈuuŧiooƞ ŧřaaƈee. Ɓooŧħ şiḓeeş aaɠřeeee ooƞ ŧħee şŧaaŧee ƀeeƒoořee ŧħee ƀaaŧƈħ aaƞḓ ḓişaaɠřeeee aaƒŧeeř iŧ. Eaaƈħ řoouuƞḓ ŧħee ḓeeƒeeƞḓeeř ƥooşŧş ŧħee şŧaaŧee ħaaşħeeş aaŧ ƥooiƞŧş iƞşiḓee ŧħee ḓişƥuuŧeeḓ řaaƞɠee; ŧħee ƈħaaŀŀeeƞɠeeř ƞaaḿeeş ŧħee ƒiřşŧ ƥaařŧ ẇħooşee eeƞḓ iŧ ḓişaaɠřeeeeş ẇiŧħ. ƁooĿḒ, ŧħee ḓeeƒaauuŀŧ (aaş ooƞ Ařƀiŧřuuḿ Oƞee şiƞƈee Ƒeeƀřuuaařẏ 2025), ƥaaḓş ŧħee ħişŧoořẏ ŧoo 2^ħ şŧeeƥş aaƞḓ şƥŀiŧş eeaaƈħ řaaƞɠee aaŧ ḿaaƞḓaaŧoořẏƁişeeƈŧiooƞĦeeiɠħŧ, aa ƥooẇeeř-ooƒ-ŧẇoo ƥooiƞŧ: eeẋaaƈŧŀẏ ħ = ƈeeiŀ(ŀooɠ2 Ƞ) řoouuƞḓş ƒooř Ƞ şŧeeƥş. Ƈŀaaşşiƈ Ƞiŧřoo'ş 40-ẇaaẏ ḓişşeeƈŧiooƞ (eeẋŧřaaƈŧƇħaaŀŀeeƞɠeeŞeeɠḿeeƞŧ) ƈuuŧş aa řaaƞɠee iƞŧoo 40 ƥaařŧş ooƒ ƒŀooooř(ŀeeƞ/40) şŧeeƥş, ŧħee ŀaaşŧ ŧaaķiƞɠ ŧħee řeeḿaaiƞḓeeř, ẇiŧħ 39 ħaaşħeeş aa řoouuƞḓ; ħooẇ ḿaaƞẏ řoouuƞḓş iŧ ŧaaķeeş ḓeeƥeeƞḓş ooƞ ẇħeeřee ŧħee ḓişƥuuŧeeḓ şŧeeƥ ŀieeş. Ẇħeeƞ ŧħee řaaƞɠee iş ooƞee şŧeeƥ ẇiḓee, Ŀ1 eeẋeeƈuuŧeeş ŧħaaŧ şiƞɠŀee şŧeeƥ ƒřooḿ ŧħee aaɠřeeeeḓ şŧaaŧee aaƞḓ şeeeeş ẇħoo ẇaaş řiɠħŧ. Ŀ1 ƞeeṽeeř řee-eeẋeeƈuuŧeeş ŧħee ƀaaŧƈħ, ooƞŀẏ ooƞee iƞşŧřuuƈŧiooƞ. Ŧħee ŀooşeeř'ş ƀooƞḓ iş şŀaaşħeeḓ; aa ẇřooƞɠ aaşşeeřŧiooƞ aaƞḓ eeṽeeřẏ aaşşeeřŧiooƞ ƀuuiŀŧ ooƞ iŧ aařee řooŀŀeeḓ ƀaaƈķ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~
rollup-explain-look-4 = Şeeƈuuřiŧẏ ƞeeeeḓş aaŧ ŀeeaaşŧ ooƞee ħooƞeeşŧ ṽaaŀiḓaaŧooř ooƞŀiƞee ẇiŧħiƞ ŧħee ẇiƞḓooẇ. Iƒ ƞooƞee iş, ƞooŧħiƞɠ şŧooƥş aa ẇřooƞɠ řooooŧ: iŧ ƀeeƈooḿeeş ƒiƞaaŀ, aaƞḓ ŧħee ḿiƞŧeeḓ ƈooiƞş aařee aaş řeeaaŀ aaş aaƞẏ ooŧħeeřş. Ƒeeẇ ƥeeeeř ḓeeḿooƞşŧřaaŧiooƞş şħooẇ ŧħiş ƈaaşee; şeeŧ ŧħee ṽaaŀiḓaaŧoořş ooƒƒŀiƞee aaƞḓ şeeee iŧ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~
rollup-explain-try-title = Ẇħaaŧ ŧoo ŧřẏ ~~
rollup-explain-try-1 = Ƥřeeşş "Iƞĵeeƈŧ aa ẇřooƞɠ řooooŧ" aaƞḓ ƥŀaaẏ. Ŧħee ƥřooƥooşeeř ƈřeeḓiŧş iŧşeeŀƒ 1,000 EŦĦ iƞ ŧħee ƞeeẋŧ ƀaaŧƈħ'ş şŧaaŧee řooooŧ; ŧħee ooƞŀiƞee ṽaaŀiḓaaŧooř ƈħaaŀŀeeƞɠeeş iƞ ŧħee ƀŀooƈķ ŧħee aaşşeeřŧiooƞ ŀaaƞḓş, aaƞḓ ŧħee ƀişeeƈŧiooƞ ƞaařřooẇş ŧħee ƀaaŧƈħ'ş 8,400 ṼḾ şŧeeƥş (1,200 ŧřaaƞşƒeeřş, şeeṽeeƞ şŧeeƥş eeaaƈħ) ŧoo ŧħee ooƞee ŞŦOŘE ẇħeeřee ŧħee ƥřooƥooşeeř'ş şŧaaŧee ƒiřşŧ ḓiƒƒeeřş, iƞ eeẋaaƈŧŀẏ 14 řoouuƞḓş: ƁooĿḒ ƥaaḓş ŧħee 8,400 şŧeeƥş ŧoo 2^14 = 16,384. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~
rollup-explain-try-2 = Şẇiŧƈħ ŧoo 40-ẇaaẏ (ƈŀaaşşiƈ Ƞiŧřoo): 3 řoouuƞḓş iƞşŧeeaaḓ ooƒ 14 (ƥaařŧş ooƒ 210 şŧeeƥş, ŧħeeƞ 5), aaŧ ŧħee ƥřiƈee ooƒ 39 ħaaşħeeş ƥeeř ḿooṽee iƞşŧeeaaḓ ooƒ ooƞee. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~
rollup-explain-try-3 = Şeeŧ eeṽeeřẏ ṽaaŀiḓaaŧooř ooƒƒŀiƞee, iƞĵeeƈŧ ŧħee ƒaauuŀŧ aaƞḓ ƥŀaaẏ ẇiŧħ ŧiḿee ƈooḿƥřeeşşiooƞ ooƞ: aaƒŧeeř ŧħee ẇiƞḓooẇ'ş 6.4 ḓaaẏş ŧħee ẇřooƞɠ řooooŧ ƀeeƈooḿeeş ƒiƞaaŀ. Ŧħeeƞ ŧřẏ "ŀaaŧee" ẇiŧħ aa ƀŀooƈķ ƀeeƒoořee aaƞḓ aaƒŧeeř ŧħee ẇiƞḓooẇ'ş eeƞḓ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~
rollup-explain-try-4 = Řaaişee ŧħee ŀooaaḓ ŧoo 100 ŧẋ/ş (ẇiŧħ Ɓřooŧŀi ŀeeṽeeŀ 6, şoo ŧħaaŧ ƥŀaaẏƀaaƈķ şŧaaẏş şḿooooŧħ): ƀaaŧƈħeeş ƈŀooşee aaş ƒuuŀŀ ẇiŧħiƞ aa ƒeeẇ ƥeeřƈeeƞŧ ooƒ ŧħee 100,000-ƀẏŧee ƈaaƥ, aaƞḓ ŧħee ƈooşŧ ƥeeř ŧřaaƞşaaƈŧiooƞ ƒaaŀŀş ŧoo ẇeeŀŀ uuƞḓeeř aa ħuuƞḓřeeḓŧħ ooƒ Ŀ1'ş 21,000 ɠaaş. Řuuƞ ŧħee ŀooaaḓ şẇeeeeƥ ŧoo şeeee ƀooŧħ ƈuuřṽeeş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~
rollup-explain-try-5 = Ŀooẇeeř ŧħee Ɓřooŧŀi ɋuuaaŀiŧẏ ƒřooḿ 11 ŧoo 6 (Ƞiŧřoo'ş ŀeeṽeeŀ ẇħeeƞ iŧş ƥooşŧeeř ƒaaŀŀş ƀeeħiƞḓ): ƈooḿƥřeeşşiooƞ iş aaƀoouuŧ ƒiṽee ŧiḿeeş ƒaaşŧeeř, ƀuuŧ aaŧ 100 ŧẋ/ş ŧħee řaaŧioo ḓřooƥş ƒřooḿ aaƀoouuŧ 3.1× ŧoo 2.5×, şoo eeaaƈħ ƒuuŀŀ ƀaaŧƈħ ƈaařřieeş aaƀoouuŧ aa ƒiƒŧħ ƒeeẇeeř ŧřaaƞşaaƈŧiooƞş aaƞḓ eeaaƈħ ŧřaaƞşaaƈŧiooƞ ƈooşŧş ḿoořee. Şẇiŧƈħ ŧħee ƥooşŧeeř ŧoo ƈaaŀŀḓaaŧaa, ooř ƈħooooşee Ƈaaƞƈuuƞ (ƀeeƒoořee ŧħee ƈaaŀŀḓaaŧaa ƒŀooooř) iƞ ŧħee ƒoořķ şeeŀeeƈŧooř, ŧoo şeeee ẇħaaŧ EIƤ-7623 ƈħaaƞɠeeḓ; řaaişee ooŧħeeř uuşeeřş' ƀŀooƀ ḓeeḿaaƞḓ aaƀooṽee 1× ŧaařɠeeŧ ŧoo ẇaaŧƈħ ŧħee ƀŀooƀ ƀaaşee ƒeeee ƈŀiḿƀ uuƞŧiŀ ŧħee ƥooşŧeeř şẇiŧƈħeeş ŧoo ƈaaŀŀḓaaŧaa. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~
rollup-explain-model-title = Ẇħeeřee ŧħee ḿooḓeeŀ ḓiƒƒeeřş ƒřooḿ Ařƀiŧřuuḿ ŧooḓaaẏ ~~~~ ~~
rollup-explain-model-1 = ƁooĿḒ. Ŧħee ƒřaauuḓ ƥřooooƒ aaƀooṽee iş ooƞee ṽaaŀiḓaaŧooř aaɠaaiƞşŧ ooƞee ƥřooƥooşeeř ooṽeeř ooƞee ƀaaŧƈħ'ş ŧřaaƈee, ƀişeeƈŧeeḓ aaş ƁooĿḒ ḓooeeş. Ŧħee ƁooĿḒ ƥaaƞeeŀ ƥŀaaẏş ŧħee aaŀŀ-ṽş-aaŀŀ ɠaaḿee iŧşeeŀƒ, şẏḿƀooŀiƈaaŀŀẏ: ŧħřeeee ŀeeṽeeŀş (Ařƀiŧřuuḿ Oƞee: 2^26 ƀŀooƈķş, 2^19 ƀiɠ şŧeeƥş, 2^23 şḿaaŀŀ şŧeeƥş; ooř aa řeeḓuuƈeeḓ şiẑee), ħişŧoořieeş aaş Ḿeeřķŀee řooooŧş ƥaaḓḓeeḓ ŧoo aa ƥooẇeeř ooƒ ŧẇoo, ƈuuḿuuŀaaŧiṽee ŧiḿeeřş aaƞḓ ŧħee 14,400-ƀŀooƈķ ɠřaaƈee ƥeeřiooḓ, şŧaaķeeş ooƒ 3,600 EŦĦ ƥeeř aaşşeeřŧiooƞ aaƞḓ 555 aaƞḓ 79 EŦĦ ƥeeř ƀiɠ- aaƞḓ şḿaaŀŀ-şŧeeƥ eeḓɠee (ƞiŧřoo-ƈooƞŧřaaƈŧş şƈřiƥŧş/ƒiŀeeş/ƈooƞƒiɠş/aařƀ1.ŧş). Iƞ ŧħee ḿooḓeeŀ eeṽeeřẏ ƥaařŧẏ aaƞşẇeeřş aaŧ ooƞƈee aaƞḓ ƞeeṽeeř řuuƞş oouuŧ ooƒ ƒuuƞḓş; řeeaaŀ ƥaařŧieeş ƥaaẏ ɠaaş ƒooř eeṽeeřẏ ḿooṽee, aaƞḓ řeeaaŀ ḿiƞi-şŧaaķeeş aařee řeeƒuuƞḓeeḓ eeḓɠee ƀẏ eeḓɠee. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~
rollup-explain-model-2 = Ɓŀooƀş aaƞḓ ƒeeeeş. Ŧħee ƀŀooƀ ƀaaşee ƒeeee ƒooŀŀooẇş EIƤ-4844'ş řuuŀee ẇiŧħ EIƤ-7918'ş řeeşeeřṽee ƥřiƈee (ooƞ ŧħee ƁƤO ƒoořķş), ooŧħeeř uuşeeřş' ḓeeḿaaƞḓ aa şŧeeaaḓẏ řaaŧee; ŧħee eeẋeeƈuuŧiooƞ ƀaaşee ƒeeee iş aa ƒiẋeeḓ şeeŧŧiƞɠ (ƞoo EIƤ-1559 ḿooṽeeḿeeƞŧ). ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ 
rollup-explain-model-3 = Ɓaaŧƈħeeş ħeeřee aařee 14-ƀẏŧee ŧřaaƞşƒeeřş ẇiŧħoouuŧ şiɠƞaaŧuuřeeş; řeeaaŀ ƀaaŧƈħeeş ƈaařřẏ şiɠƞeeḓ, ŘĿƤ-eeƞƈooḓeeḓ ŧřaaƞşaaƈŧiooƞş ẇħooşee 65-ƀẏŧee şiɠƞaaŧuuřeeş ḓoo ƞooŧ ƈooḿƥřeeşş, şoo řeeaaŀ řaaŧiooş aařee ŀooẇeeř ŧħaaƞ ŧħeeşee. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ 
rollup-explain-model-4 = Ařƀiŧřuuḿ aaşşeeřŧş aaƀoouuŧ ooƞƈee aaƞ ħoouuř ooṽeeř ḿaaƞẏ ƀaaŧƈħeeş; ŧħee ḿooḓeeŀ ƥooşŧş ooƞee aaşşeeřŧiooƞ ƥeeř ƀaaŧƈħ. Ɓooƞḓş iƞ ŧħee ƀaaŧƈħ-ƀẏ-ƀaaŧƈħ řuuƞ aařee aa ƒŀaaŧ 1 EŦĦ; ŧħee ƁooĿḒ ƥaaƞeeŀ uuşeeş Ařƀiŧřuuḿ Oƞee'ş řeeaaŀ şŧaaķeeş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~
rollup-explain-model-5 = Ƞiŧřoo'ş ƥooşŧeeř ƥiƈķş iŧş Ɓřooŧŀi ŀeeṽeeŀ ƒřooḿ iŧş ƀaaƈķŀooɠ: 11 ẇħeeƞ iŧ iş ķeeeeƥiƞɠ uuƥ, 6 ƒřooḿ 21 ƀaaŧƈħeeş ƀeeħiƞḓ, 4 (řeeƈooḿƥřeeşşiƞɠ aaŧ 6) ƒřooḿ 61 (aařƀƞooḓee/ƈooḿƥřeeşşiooƞ_ŀeeṽeeŀ.ɠoo). Ŧħiş ƥooşŧeeř ƞeeṽeeř ƒaaŀŀş ƀeeħiƞḓ, şoo 11 iş ŧħee ḓeeƒaauuŀŧ; ŧħee ɋuuaaŀiŧẏ şeeŧŧiƞɠ ŀeeŧş ẏoouu ŧřaaḓee şiẑee ƒooř şƥeeeeḓ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~
rollup-explain-model-6 = Ŧħee ooƞee-şŧeeƥ ƥřooooƒ iş ɠiṽeeƞ ŧħee ẇħooŀee (ŧiƞẏ) ƥřee-şŧaaŧee; řeeaaŀ Ƞiŧřoo ƥřooṽeeş ooƞŀẏ ŧħee ŧoouuƈħeeḓ ḿeeḿoořẏ ẇiŧħ Ḿeeřķŀee ƥřooooƒş, aaƞḓ eeẋeeƈuuŧeeş ooƞee ẆeeƀAşşeeḿƀŀẏ (ẆAṼḾ) iƞşŧřuuƈŧiooƞ. Ŧħee Ŀ1 eeẋeeƈuuŧiooƞ ɠaaş ƥřiƈee iş aa şeeŧŧiƞɠ, aaƞḓ Ŀ1 aaŀooƞee ƞeeṽeeř řaaişeeş iŧş ƥřiƈee aaş iŧş ƀaaƈķŀooɠ ɠřooẇş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~
rollup-explain-sources = Şoouuřƈeeş: Ƈħaaiƞ Ŀaaƀ řeeƒeeřeeƞƈee/ḿooḓeeŀş.ḿḓ §2; Oƒƒƈħaaiƞ Ŀaaƀş, "Ařƀiŧřuuḿ Ƞiŧřoo: aa şeeƈooƞḓ-ɠeeƞeeřaaŧiooƞ ooƥŧiḿişŧiƈ řooŀŀuuƥ" (2022); Ařƀiŧřuuḿ ḓooƈş: ƀaaŧƈħ ƥooşŧeeř (Ɓřooŧŀi, ḾaaẋŞiẑee 100,000), ƈħaaŀŀeeƞɠee ƥeeřiooḓ 45,818 ƀŀooƈķş, ƁooĿḒ; OƒƒƈħaaiƞĿaaƀş/ƞiŧřoo aařƀƞooḓee/ƀaaŧƈħ_ƥooşŧeeř.ɠoo aaƞḓ ƈooḿƥřeeşşiooƞ_ŀeeṽeeŀ.ɠoo; EIƤ-2028 (ƈaaŀŀḓaaŧaa ɠaaş 16/4); EIƤ-7623 (ƈaaŀŀḓaaŧaa ƒŀooooř); EIƤ-4844 (ƀŀooƀş, ƒaaķee_eeẋƥooƞeeƞŧiaaŀ); EIƤ-7691 (Ƥřaaɠuuee 6/9); EIƤ-7892 (ƁƤO ƒoořķş: ƁƤO1 10/15, ƁƤO2 14/21); EIƤ-7918 (ƀŀooƀ řeeşeeřṽee ƥřiƈee); OƒƒƈħaaiƞĿaaƀş/ƞiŧřoo-ƈooƞŧřaaƈŧş (ƇħaaŀŀeeƞɠeeĿiƀ.şooŀ, EḓɠeeƇħaaŀŀeeƞɠeeḾaaƞaaɠeeřĿiƀ.şooŀ, ŘooŀŀuuƥUşeeřĿooɠiƈ.şooŀ, aařƀ1.ŧş) aaƞḓ OƒƒƈħaaiƞĿaaƀş/ƀooŀḓ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~

## The narration (the live region, the log's last line)
rollup-nar = Ɓŀooƈķ  { $block } ({ $time }): { $parts }.
rollup-nar-batch = ƀaaŧƈħ  { $batch } ƥooşŧeeḓ ẇiŧħ ~~ { $txs }, { $raw } ƀẏŧeeş řaaẇ, ~ { $compressed } ƈooḿƥřeeşşeeḓ (řaaŧioo ~ { $ratio }), { $gas }, { $cost } ɠẇeei aa ŧřaaƞşaaƈŧiooƞ ~~
rollup-nar-sep = {"; "}
rollup-nar-txs = { $n ->
        [one] { $n } ŧřaaƞşaaƈŧiooƞ ~
       *[other] { $n } ŧřaaƞşaaƈŧiooƞş ~
    }
rollup-nar-blob-gas = { $gas } ƀŀooƀ ɠaaş ~
rollup-nar-l1-gas = { $gas } Ŀ1 ɠaaş ~
rollup-nar-proposer = ŧħee ƥřooƥooşeeř 
rollup-nar-validator = ṽaaŀiḓaaŧooř  { $v }
rollup-nar-true-root = ŧħee ŧřuuee şŧaaŧee řooooŧ 
rollup-nar-true-roots = ŧħee ŧřuuee şŧaaŧee řooooŧş 
rollup-nar-wrong-root = aa ẆŘOȠƓ şŧaaŧee řooooŧ ~~
rollup-nar-wrong-roots = ẆŘOȠƓ şŧaaŧee řooooŧş ~~
rollup-nar-posts = { $who } ƥooşŧş  { $ids } ẇiŧħ ~ { $root }
rollup-nar-assertion = aaşşeeřŧiooƞ  { $id }
rollup-nar-assertions-range = aaşşeeřŧiooƞş  { $first } ŧoo { $last }
rollup-nar-assertions-list = aaşşeeřŧiooƞş  { $list }
rollup-nar-challenge = ṽaaŀiḓaaŧooř  { $v } ƈħaaŀŀeeƞɠeeş aaşşeeřŧiooƞ ~ { $a }: { $rounds } řoouuƞḓş ooƒ  { $arity }-ẇaaẏ ḓişşeeƈŧiooƞ ooṽeeř ŧħee ƀaaŧƈħ'ş ~~~~  { $steps } ṼḾ şŧeeƥş ~~
rollup-nar-round = ḓişşeeƈŧiooƞ řoouuƞḓ ~~ { $k } ooƒ { $n }: ŧħee ḓişƥuuŧeeḓ řaaƞɠee ƞaařřooẇş ŧoo şŧeeƥş ~~~~  { $lo } ŧoo { $hi }
rollup-nar-wrong-claim = Ŀ1 řuuƞş şŧeeƥ ~~ { $step } ({ $op }): ŧħee ƥřooƥooşeeř'ş ƈŀaaiḿ iş ẇřooƞɠ, iŧş ƀooƞḓ ooƒ ~~~~ ~~~~ { $eth } EŦĦ ɠooeeş ŧoo ṽaaŀiḓaaŧooř ~~ { $v }
rollup-nar-wrong-claim-rolled = Ŀ1 řuuƞş şŧeeƥ ~~ { $step } ({ $op }): ŧħee ƥřooƥooşeeř'ş ƈŀaaiḿ iş ẇřooƞɠ, iŧş ƀooƞḓ ooƒ ~~~~ ~~~~ { $eth } EŦĦ ɠooeeş ŧoo ṽaaŀiḓaaŧooř ~~ { $v }, { $ids } řooŀŀeeḓ ƀaaƈķ ~
rollup-nar-right-claim = Ŀ1 řuuƞş şŧeeƥ ~~ { $step } ({ $op }): ŧħee ƥřooƥooşeeř ẇaaş řiɠħŧ, ṽaaŀiḓaaŧooř ~~~~ ~ { $v } ŀooşeeş iŧş ƀooƞḓ ~~
rollup-nar-final = { $ids } ƒiƞaaŀ 
rollup-nar-wrong-final = { $ids } ƒiƞaaŀ ẇiŧħ aa ẆŘOȠƓ şŧaaŧee řooooŧ: ƞooƀooḓẏ ƈħaaŀŀeeƞɠeeḓ iŧ iƞ ŧiḿee ~~~~ ~~~~ ~
rollup-nar-filling = ƀaaŧƈħ  { $batch } ƒiŀŀiƞɠ: ~~~ { $txs }, { $raw } ƀẏŧeeş řaaẇ, ƒiřşŧ ooƞee ~~~ { $age } ooŀḓ
rollup-nar-no-batch = ƞoo ƀaaŧƈħ ẏeeŧ; Ŀ2 ŧřaaƞşaaƈŧiooƞş aařřiṽee aaŧ ~~~~ ~ { $tps } aa şeeƈooƞḓ 
rollup-nar-nothing = ƞooŧħiƞɠ ƞeeẇ ooƞ Ŀ1 ~~~
rollup-nar-window = aaşşeeřŧiooƞ  { $id }'ş ƈħaaŀŀeeƞɠee ẇiƞḓooẇ ~~~ { $pct }% eeŀaaƥşeeḓ,  { $left } ŀeeƒŧ 
rollup-nar-assertions-n = { $n ->
        [one] { $n } aaşşeeřŧiooƞ 
       *[other] { $n } aaşşeeřŧiooƞş 
    }
rollup-nar-over = řuuƞ ooṽeeř:  { $finals } ooƒ { $all } ƒiƞaaŀ 
rollup-nar-over-wrong = řuuƞ ooṽeeř:  { $finals } ooƒ { $all } ƒiƞaaŀ, aa ẆŘOȠƓ şŧaaŧee řooooŧ aaḿooƞɠ ŧħeeḿ ~~~~ 

## Notices about the link's settings
rollup-notice-val = ṽaaŀ: iɠƞoořeeḓ ~ { $bad } (aaŧ ḿooşŧ ~ { $most } eeƞŧřieeş, eeaaƈħ ooƞ, ooƒƒ ooř ŀaaŧee:ƁĿOƇĶ) ~~~~ 
rollup-notice-traffic = ŧƥş × ŧřaaƒƒiƈ = ~~~~ { $txs } ŧřaaƞşƒeeřş; ŧħee ƥaaɠee řuuƞş aaŧ ḿooşŧ ~~~~ { $most } (ŧħee ƇĿI `ƈħaaiƞŀaaƀ řooŀŀuuƥ` řuuƞş ḿoořee); uuşiƞɠ ŧħee ḓeeƒaauuŀŧ ŧřaaƒƒiƈ ~~~~ ~~~~ ~
rollup-notice-defaults = { $error }; uuşiƞɠ ŧħee ƥaaɠee'ş ḓeeƒaauuŀŧş ~~~
rollup-notice-at = aaŧ =  { $at } ẇoouuŀḓ ƈooḿƥřeeşş ~ { $txs } ŧřaaƞşƒeeřş aaŧ ɋuuaaŀiŧẏ ~~ { $q } ooƞ ŀooaaḓ; ooƥeeƞiƞɠ aaŧ ƀŀooƈķ ~~ { $cap } iƞşŧeeaaḓ 

## The model's log ("What happened"; English as the CLI writes it)
rollup-ev-batch-full = ƀaaŧƈħ  { $index } ƥooşŧeeḓ (Ƒuuŀŀ): ~~ { $txs } ŧẋş, ~ { $raw } Ɓ řaaẇ -> ~~ { $compressed } Ɓ Ɓřooŧŀi ( ~~{ $ratio }ẋ), { $gas } ɠaaş{ $blobs ->
        [0] {""}
       *[other] {" + "}{ $blobs } ƀŀooƀ(ş) ~
    }
rollup-ev-batch-delay = ƀaaŧƈħ  { $index } ƥooşŧeeḓ (ḾaaẋḒeeŀaaẏ): ~~ { $txs } ŧẋş, ~ { $raw } Ɓ řaaẇ -> ~~ { $compressed } Ɓ Ɓřooŧŀi ( ~~{ $ratio }ẋ), { $gas } ɠaaş{ $blobs ->
        [0] {""}
       *[other] {" + "}{ $blobs } ƀŀooƀ(ş) ~
    }
rollup-ev-assertion-proposer = aaşşeeřŧiooƞ  { $id } ƒooř ƀaaŧƈħ ~ { $batch } ƀẏ ƥřooƥooşeeř: řooooŧ ~ { $root }…, ẇiƞḓooẇ eeƞḓş aaŧ ƀŀooƈķ ~~~~  { $end }
rollup-ev-assertion-proposer-wrong = aaşşeeřŧiooƞ  { $id } ƒooř ƀaaŧƈħ ~ { $batch } ƀẏ ƥřooƥooşeeř: řooooŧ ~ { $root }… (ẆŘOȠƓ), ẇiƞḓooẇ eeƞḓş aaŧ ƀŀooƈķ ~~~~ ~~~ { $end }
rollup-ev-assertion-validator = aaşşeeřŧiooƞ  { $id } ƒooř ƀaaŧƈħ ~ { $batch } ƀẏ ṽaaŀiḓaaŧooř ~ { $v }: řooooŧ  { $root }…, ẇiƞḓooẇ eeƞḓş aaŧ ƀŀooƈķ ~~~~  { $end }
rollup-ev-assertion-validator-wrong = aaşşeeřŧiooƞ  { $id } ƒooř ƀaaŧƈħ ~ { $batch } ƀẏ ṽaaŀiḓaaŧooř ~ { $v }: řooooŧ  { $root }… (ẆŘOȠƓ), ẇiƞḓooẇ eeƞḓş aaŧ ƀŀooƈķ ~~~~ ~~~ { $end }
rollup-ev-challenge = ṽaaŀiḓaaŧooř  { $v } ƈħaaŀŀeeƞɠeeş aaşşeeřŧiooƞ ~ { $id } (ƀaaŧƈħ ~ { $batch }): ŧřaaƈee ooƒ ~ { $steps } şŧeeƥş, ~ { $rounds } řoouuƞḓş ooƒ  { $arity }-ẇaaẏ ḓişşeeƈŧiooƞ (ƀiƞaařẏ ~~~~  { $binary }, 40-ẇaaẏ ~~ { $d40 }); ƥřooooƒ aaŧ ƀŀooƈķ ~~ { $at }
rollup-ev-osp-right = ooƞee-şŧeeƥ ƥřooooƒ: Ŀ1 řuuƞş şŧeeƥ ~~~~ { $step } ({ $op } ooƒ ŧřaaƞşƒeeř ~ { $transfer }) aaƞḓ ɠeeŧş ~ { $hash }…; ŧħee ƥřooƥooşeeř ẇaaş řiɠħŧ ~~~~
rollup-ev-osp-wrong = ooƞee-şŧeeƥ ƥřooooƒ: Ŀ1 řuuƞş şŧeeƥ ~~~~ { $step } ({ $op } ooƒ ŧřaaƞşƒeeř ~ { $transfer }) aaƞḓ ɠeeŧş ~ { $hash }…; ŧħee ƥřooƥooşeeř'ş ƈŀaaiḿ iş ẇřooƞɠ ~~~~ ~
rollup-ev-rolled-back = ƥřooƥooşeeř'ş ƀooƞḓ ooƒ ~~ { $bond } ɠẇeei şŀaaşħeeḓ ŧoo ṽaaŀiḓaaŧooř ~~ { $v }; aaşşeeřŧiooƞş ~ { $ids } řooŀŀeeḓ ƀaaƈķ ~
rollup-ev-final = aaşşeeřŧiooƞ  { $id } (ƀaaŧƈħ ~ { $batch }) iş ƒiƞaaŀ ~~
rollup-ev-invalid-final = aaşşeeřŧiooƞ  { $id } (ƀaaŧƈħ ~ { $batch }) iş ƒiƞaaŀ ẇiŧħ aa ẆŘOȠƓ şŧaaŧee řooooŧ: ƞooƀooḓẏ ƈħaaŀŀeeƞɠeeḓ iŧ ~~~~ ~~~~ ~

## Playback speeds (the time controls)
rollup-speed-1b = 1 ƀŀooƈķ/ş (12 ş/ş) ~~~~ ~
rollup-speed-1m = 1 ḿiƞ/ş ~~
rollup-speed-3m = 3 ḿiƞ/ş ~~
rollup-speed-10m = 10 ḿiƞ/ş ~~~
rollup-speed-1h = 1 ħoouuř/ş ~
rollup-speed-1d = 1 ḓaaẏ/ş ~
rollup-speed-max = aaş ƒaaşŧ aaş ƥooşşiƀŀee ~~
