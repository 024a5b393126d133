# Chain Lab: the stablecoin page (Terra's market module, the death spiral, May 2022).

## The page
stablecoin-title = Aŀɠoořiŧħḿiƈ şŧaaƀŀeeƈooiƞ ~~~~
stablecoin-subtitle = Ŧeeřřaa'ş ḿiƞŧ-aaƞḓ-ƀuuřƞ ƥeeɠ, iŧş ḓeeaaŧħ şƥiřaaŀ, aaƞḓ Ḿaaẏ 2022 ~~~~ ~~~~ ~~
stablecoin-scenarios-label = Şƈeeƞaařiooş 
stablecoin-modified = Şŧaařŧeeḓ ƒřooḿ " ~~{ $scenario }", ẇiŧħ ƥaařaaḿeeŧeeřş ƈħaaƞɠeeḓ iƞ ŧħee ƥaaƞeeŀ. Ƥřeeşş ŧħee şƈeeƞaařioo'ş ƀuuŧŧooƞ ŧoo řeeşŧoořee iŧ. ~~~~ ~~~~ ~~~
stablecoin-when-may = ḓaaẏ { $day } · { $date }
stablecoin-when-day = ḓaaẏ { $day }
stablecoin-status-halted = · ƈħaaiƞ ħaaŀŧeeḓ, ƞoo şẇaaƥş ~~~~
stablecoin-status-ust = UŞŦ $ ~{ $price }
stablecoin-status-luna = ĿUȠA ~ { $price }
stablecoin-status-supplies = şuuƥƥŀieeş UŞŦ ~~ { $ust } / ĿUȠA ~~ { $luna }
stablecoin-status-reserve = řeeşeeřṽee { $btc } ƁŦƇ
stablecoin-status-spread = şƥřeeaaḓ  { $pct }%
stablecoin-status-confidence = ƈooƞƒiḓeeƞƈee  { $pct }%
stablecoin-quiet = Ɋuuieeŧ şŧřeeŧƈħ: ƞooŧħiƞɠ iş ħaaƥƥeeƞiƞɠ, şoo iŧ ƥŀaaẏş ~~~~ ~~~~ ~ { $x }× ƒaaşŧeeř. ~
stablecoin-history-badge = Ɠřeeẏ ḓooŧş: ŧħee ḓaaiŀẏ ħişŧoořẏ ooƒ Ḿaaẏ 2022 (aaƥƥřooẋiḿaaŧee), ooṽeeř ŧħee ḿooḓeeŀ. Şeeee ƀeeŀooẇ ƒooř ẇħeeřee ŧħeeẏ ƥaařŧ. ~~~~ ~~~~ ~~~~ 
stablecoin-exports-hint = Eẋƥoořŧ ▾ (uuƞḓeeř ŧħee ŧiḿee ƈooƞŧřooŀş) şaaṽeeş eeaaƈħ ƈħaařŧ aaş ƤȠƓ ooř ŞṼƓ, ŧħee şeeřieeş aaş ƇŞṼ ooř ĴŞOȠ ( ~~~~ ~~~~ ~~~~ ~~~{ $rows } řooẇş şoo ƒaař, ooƞee ƥeeř ~ { $unit }, ŧħee ƈooŀuuḿƞş ooƒ ƈħaaiƞŀaaƀ şŧaaƀŀeeƈooiƞ --ƈşṽ) aaƞḓ ŧħee ḿooḿeeƞŧş ƀeeŀooẇ. ~~~~ ~~~~ ~
stablecoin-unit-minute = ḿiƞuuŧee 
stablecoin-unit-block = ƀŀooƈķ 
stablecoin-unit-hour = ħoouuř
stablecoin-unit-step = şŧeeƥ 
stablecoin-what-happened = Ẇħaaŧ ħaaƥƥeeƞeeḓ ~
stablecoin-moments-empty = Ƞooŧħiƞɠ ƞooŧaaƀŀee ẏeeŧ: ƞoo şŧeeƥ ħaaş ƈŀooşeeḓ ƀeeŀooẇ $0.98, ŧħee řeeşeeřṽee ħaaş ƞooŧ ƀoouuɠħŧ aaƞḓ ŧħee ḿiƞŧ ƈaaƥ ħaaş ƞooŧ ƀoouuƞḓ. ~~~~ ~~~~ ~~~~ ~~

## Scenarios
stablecoin-scenario-calm = Ƈaaŀḿ ḿaařķeeŧ ~
stablecoin-scenario-may = Ḿaaẏ 2022 ~~
stablecoin-scenario-reserve = Ẇħaaŧ iƒ: 3ẋ ŧħee řeeşeeřṽee ~~~~
stablecoin-scenario-lower-cap = Ẇħaaŧ iƒ: aa ŀooẇeeř ḿiƞŧ ƈaaƥ ~~~~
stablecoin-scenario-no-yield = Ẇħaaŧ iƒ: ƞoo ẏieeŀḓ ~~~
stablecoin-scenario-calm-desc = Ŧħiřŧẏ ḓaaẏş ooƒ şḿaaŀŀ řaaƞḓooḿ ƈħaaƞɠeeş iƞ ḓeeḿaaƞḓ aaƞḓ ooƞee şḿaaŀŀ $50Ḿ şaaŀee ooƞ ḓaaẏ 10. Ařƀiŧřaaɠee ŧħřoouuɠħ ŧħee ḿaařķeeŧ ḿooḓuuŀee ƥuuŀŀş UŞŦ (ŧħee şŧaaƀŀeeƈooiƞ) ƀaaƈķ eeaaƈħ ŧiḿee; iŧ ƞeeṽeeř ƈŀooşeeş ƀeeŀooẇ $0.98 aaƞḓ ƥaaƞiƈ ƞeeṽeeř ƀuuiŀḓş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~
stablecoin-scenario-may-desc = Ƒřooḿ 5 Ḿaaẏ 2022: $2.5Ɓ ooƒ UŞŦ (ŧħee şŧaaƀŀeeƈooiƞ) iş şooŀḓ ooṽeeř aa ḓaaẏ ƒřooḿ 7 Ḿaaẏ 22:00 UŦƇ. Ŧħee řeeşeeřṽee şeeŀŀş ƁŦƇ ŧoo ƀuuẏ iŧ ƀaaƈķ aaƞḓ iş şƥeeƞŧ ƀẏ 10 Ḿaaẏ; ħooŀḓeeřş ƥaaƞiƈ aaş ŧħee ḓeeƥeeɠ ŀaaşŧş; eeṽeeřẏ řeeḓeeḿƥŧiooƞ ḿiƞŧş ĿUȠA (ŧħee ƈooḿƥaaƞiooƞ). Ƥřooƥooşaaŀ 1164 řaaişeeş ŧħee ḿiƞŧ ƈaaƥ ooƞ 12 Ḿaaẏ, ŧħee ƈħaaiƞ ħaaŀŧş ƒooř 80 ḿiƞuuŧeeş ooƞ 12 Ḿaaẏ aaƞḓ ƒooř ɠooooḓ ooƞ 13 Ḿaaẏ. UŞŦ eeƞḓş ƞeeaař $0.05 ooƞ 16 Ḿaaẏ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~
stablecoin-scenario-reserve-desc = Ḿaaẏ 2022 ẇiŧħ ŧħřeeee ŧiḿeeş ĿƑƓ'ş ƁŦƇ (aaƀoouuŧ 241,000 ƁŦƇ) aaƞḓ ŧħee şaaḿee ḓeeƒeeƞƈee řaaŧee, aaƞḓ ƞoo ħaaŀŧ (ŧħee ƈħaaiƞ ħaaŀŧeeḓ ƀeeƈaauuşee ooƒ ŧħee ƈooŀŀaaƥşee): ŧħee ḓeeƒeeƞƈee oouuŧŀaaşŧş ŧħee řuuƞ ooƞ ŧħee ƥeeɠ, UŞŦ ƞeeṽeeř ƒaaŀŀş ƀeeŀooẇ aaƀoouuŧ $0.87 aaƞḓ ĿUȠA iş ḓiŀuuŧeeḓ ooƞŀẏ aaƀoouuŧ 1.1-ƒooŀḓ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~
stablecoin-scenario-lower-cap-desc = Ḿaaẏ 2022 ẇiŧħ ƁaaşeeƤooooŀ 10Ḿ ŞḒŘ iƞşŧeeaaḓ ooƒ 50Ḿ, ƞoo řaaişee aaƞḓ ƞoo ħaaŀŧ: ŧħee şƥřeeaaḓ ƀiƞḓş ħaařḓeeř, ƀuuŧ ẇiŧħ ŧħee ƈħaaiƞ ƞeeṽeeř ħaaŀŧeeḓ řeeḓeeḿƥŧiooƞş ɠoo ooƞ ŧoo ḓaaẏ 12: UŞŦ ƒaaŀŀş ŧoo aaƀoouuŧ $0.05 aaƞḓ ĿUȠA iş ḓiŀuuŧeeḓ aaƀoouuŧ 59,000-ƒooŀḓ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~
stablecoin-scenario-no-yield-desc = A ƈaaŀḿ ḿaařķeeŧ iƞ ẇħiƈħ ŧħee ẏieeŀḓ ooƞ ooƒƒeeř iş ƈuuŧ ƒřooḿ 19.5% ŧoo ẑeeřoo: ħooŀḓeeřş ƞooẇ ẇaaƞŧ ooƞŀẏ aaƀoouuŧ 38% ooƒ ẇħaaŧ ŧħeeẏ ħooŀḓ. Ŧħeeẏ şeeŀŀ ƒaaşŧeeř ŧħaaƞ aařƀiŧřaaɠee ƈaaƞ aaƀşoořƀ, ŧħee ƥeeɠ ƀřeeaaķş ẇiŧħiƞ ḿiƞuuŧeeş, UŞŦ ƒaaŀŀş ŧoo aaƀoouuŧ $0.04 aaƞḓ ĿUȠA iş ḓiŀuuŧeeḓ aaƀoouuŧ 273,000-ƒooŀḓ, ẇiŧħ ƞoo ŀaařɠee ẇiŧħḓřaaẇaaŀ aaŧ aaŀŀ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ 

## The feedback loop
stablecoin-loop-title = Ŧħee ḓeeaaŧħ-şƥiřaaŀ ƒeeeeḓƀaaƈķ ŀooooƥ; ŀiŧ aařřooẇş aařee aaƈŧiṽee ƞooẇ ~~~~ ~
stablecoin-loop-sell-1 = Ħooŀḓeeřş şeeŀŀ ~
stablecoin-loop-sell-2 = UŞŦ
stablecoin-loop-price-1 = Iŧş ƥřiƈee ƒaaŀŀş ~~~
stablecoin-loop-price-2 = ƀeeŀooẇ $1 ~
stablecoin-loop-burn-1 = Ařƀiŧřaaɠeeuuřş ƀuuřƞ iŧ, ~~~~
stablecoin-loop-burn-2 = ḿiƞŧiƞɠ ĿUȠA ~~~~
stablecoin-loop-diluted-1 = ĿUȠA ḓiŀuuŧeeḓ: ~~~
stablecoin-loop-diluted-2 = iŧş ƥřiƈee ƒaaŀŀş ~~~
stablecoin-loop-confidence-1 = Ƈooƞƒiḓeeƞƈee 
stablecoin-loop-confidence-2 = ƒaaŀŀş 
stablecoin-loop-sales = şaaŀeeş
stablecoin-loop-redemptions = řeeḓeeḿƥŧiooƞş ~
stablecoin-loop-minting = ḿiƞŧiƞɠ ~~
stablecoin-loop-fear = ƒeeaař
stablecoin-loop-exits = eeẋiŧş 
stablecoin-loop-reserve = řeeşeeřṽee ƀuuẏş 
stablecoin-loop-cap = ḿiƞŧ ƈaaƥ (şƥřeeaaḓ) ~~~
stablecoin-loop-caption = Şooŀiḓ aařřooẇş ƒeeeeḓ ŧħee şƥiřaaŀ; ḓaaşħeeḓ ooƞeeş ƀřaaķee iŧ (ŧħee řeeşeeřṽee'ş ƀuuẏiƞɠ, ŧħee ḿaařķeeŧ ḿooḓuuŀee'ş şƥřeeaaḓ). Eaaƈħ ŀiɠħŧş uuƥ ẇħiŀee iŧş eeƒƒeeƈŧ iş aaƈŧiṽee iƞ ŧħee ƈuuřřeeƞŧ şŧeeƥ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~

## The parameters
stablecoin-params-title = Ƥaařaaḿeeŧeeřş
stablecoin-params-hint = Eṽeeřẏ ṽaaŀuuee iş ŀiṽee: aa ƈħaaƞɠee řeeşŧaařŧş ŧħee řuuƞ ƒřooḿ iŧş şeeeeḓ. Ḓaaẏş ƈoouuƞŧ ƒřooḿ ŧħee şŧaařŧ (Ḿaaẏ 2022: 5 Ḿaaẏ 00:00 UŦƇ); −1 ḿeeaaƞş ƞeeṽeeř. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ 
stablecoin-param-not-number = { $label }: { $raw } iş ƞooŧ aa ƞuuḿƀeeř ~
stablecoin-param-range = { $label } ḿuuşŧ ƀee ƀeeŧẇeeeeƞ  { $min } aaƞḓ { $max }
stablecoin-param-unit = ({ $unit })

## The ensemble
stablecoin-ensemble-label = Eƞşeeḿƀŀee ooṽeeř şeeeeḓş ~
stablecoin-ensemble-title = Ḿaaƞẏ řuuƞş: ŧħee ƒaaƞ ƈħaařŧ ~~~~
stablecoin-ensemble-hint = Ŧħee şaaḿee şƈeeƞaařioo aaƞḓ ƥaařaaḿeeŧeeřş ooṽeeř ḿaaƞẏ şeeeeḓş (şeeeeḓ, şeeeeḓ + 1, …): ŧħee ḿeeḓiaaƞ ƥaaŧħ, ŧħee ƀaaƞḓ ħooŀḓiƞɠ 80% ooƒ řuuƞş (10–90%) aaƞḓ ŧħee ƀaaƞḓ ooƒ aaŀŀ řuuƞş (ḿiƞ–ḿaaẋ). ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~
stablecoin-ensemble-runs = Řuuƞş 
stablecoin-ensemble-drawing = Ḓřaaẇiƞɠ ŧħee ƒaaƞ ƈħaařŧş… ~~~~ 
stablecoin-ensemble-running = Řuuƞƞiƞɠ… ~~ { $done } ooƒ { $runs }
stablecoin-ensemble-run = Řuuƞ { $runs } şeeeeḓş
stablecoin-ensemble-progress = Řuuƞş ƒiƞişħeeḓ ~~~
stablecoin-ensemble-cancel = Ƈaaƞƈeeŀ 
stablecoin-ensemble-fallback = Řuuƞƞiƞɠ ooƞ ŧħiş ƥaaɠee: ŧħee ẇoořķeeřş şŧooƥƥeeḓ ( ~~~~ ~~~{ $why }).
stablecoin-ensemble-on-page = Řuuƞƞiƞɠ ooƞ ŧħiş ƥaaɠee, ƀeeŧẇeeeeƞ ƒřaaḿeeş. ~~~~ 
stablecoin-ensemble-workers = { $n ->
    [one] Řuuƞƞiƞɠ iƞ 1 ƀaaƈķɠřoouuƞḓ ẇoořķeeř. ~~~~ ~
   *[other] Řuuƞƞiƞɠ iƞ ~~ { $n } ƀaaƈķɠřoouuƞḓ ẇoořķeeřş, ooƞee ƥeeř ƈoořee. ~~~
}
stablecoin-ensemble-price-label = Ƒaaƞ ƈħaařŧ ooƒ UŞŦ'ş ƥřiƈee ooṽeeř ŧħee řuuƞş ~~~~ ~~
stablecoin-ensemble-supply-label = Ƒaaƞ ƈħaařŧ ooƒ ĿUȠA'ş şuuƥƥŀẏ ooṽeeř ŧħee řuuƞş ~~~~ ~~
stablecoin-ensemble-below-half = UŞŦ ƒeeŀŀ ƀeeŀooẇ $0.50 iƞ ~~~~ ~ { $below } ooƒ { $runs } řuuƞş: ḿeeḓiaaƞ ~ { $median }, 10–90% ~~~ { $p10 } – { $p90 }, eeaařŀieeşŧ  { $min }, ŀaaŧeeşŧ ~ { $max }.
stablecoin-ensemble-never-below-half = UŞŦ ƞeeṽeeř ƒeeŀŀ ƀeeŀooẇ $0.50 iƞ aaƞẏ ooƒ ŧħee ~~~~ ~~ { $runs } řuuƞş. 
stablecoin-ensemble-multiple = ĿUȠA ḿuuŀŧiƥŀee (ƒiƞaaŀ ooṽeeř şŧaařŧiƞɠ şuuƥƥŀẏ): ḿeeḓiaaƞ × ~~~~ ~~~~ ~{ $median }, 10–90% × ~~~{ $p10 } – ×{ $p90 }, ḿiƞ × ~~{ $min }, ḿaaẋ × ~{ $max }.

## The charts (a label's "long|short" forms: the chart takes the longest that fits)
stablecoin-chart-stable-price = UŞŦ ƥřiƈee (UŞḒ) ~~~~
stablecoin-chart-companion-price = ĿUȠA ƥřiƈee (UŞḒ, ŀooɠ) ~~~~ ~
stablecoin-chart-supplies = Şuuƥƥŀieeş (ŀooɠ) ~~
stablecoin-chart-reserve = Řeeşeeřṽee (ƁŦƇ) ~~
stablecoin-chart-mint-capacity = Ḿiƞŧ ƈaaƥaaƈiŧẏ uuşeeḓ (şƥřeeaaḓ) ~~~~
stablecoin-chart-model = ḿooḓeeŀ
stablecoin-chart-pool-delta = ƥooooŀ ḓeeŀŧaa / ḓeeŀŧaa aaŧ 2% şƥřeeaaḓ|ƥooooŀ ḓeeŀŧaa / 2%-şƥřeeaaḓ ḓeeŀŧaa|uuşeeḓ ~~~~ ~
stablecoin-chart-two-percent = 100%: aa şḿaaŀŀ řeeḓeeḿƥŧiooƞ ƥaaẏş aa 2% şƥřeeaaḓ|100% = 2% şƥřeeaaḓ ~~~~ ~~~~ ~~
stablecoin-chart-history-daily = ħişŧoořẏ, ḓaaiŀẏ (aaƥƥřooẋ.)|ħişŧoořẏ ~~~~ ~~
stablecoin-chart-history = ħişŧoořẏ (aaƥƥřooẋ.)|ħişŧoořẏ ~~~~ 
stablecoin-chart-lfg = ĿƑƓ, eeƞḓ ooƒ ḓaaẏ (aaƥƥřooẋ.)|ĿƑƓ ~~~~ ~
stablecoin-chart-date = ḓaaŧee (2022) ~~
stablecoin-chart-day = ḓaaẏ ooƒ ŧħee řuuƞ ~
stablecoin-chart-usd-log = UŞḒ (ŀooɠ şƈaaŀee)|UŞḒ (ŀooɠ) ~~~~ 
stablecoin-chart-tokens-log = ŧooķeeƞş (ŀooɠ şƈaaŀee)|ŧooķeeƞş (ŀooɠ) ~~~~
stablecoin-chart-capacity = ƈaaƥaaƈiŧẏ uuşeeḓ (%)|uuşeeḓ (%) ~~~~
stablecoin-chart-fan-price = UŞŦ (ŧħee şŧaaƀŀeeƈooiƞ) ƥřiƈee, ~~~~  { $runs } řuuƞş 
stablecoin-chart-fan-supply = ĿUȠA (ŧħee ƈooḿƥaaƞiooƞ) şuuƥƥŀẏ, ~~~~ ~ { $runs } řuuƞş 
stablecoin-chart-median = ḿeeḓiaaƞ 
stablecoin-chart-band = 10–90% ooƒ řuuƞş|10–90% ~~~~ ~
stablecoin-chart-all-runs = aaŀŀ řuuƞş (ḿiƞ–ḿaaẋ)|ḿiƞ–ḿaaẋ ~~~~ ~
stablecoin-may-day = { $d } Ḿaaẏ
stablecoin-jun-day = { $d } Ĵuuƞ
stablecoin-count-thousand = { $n }ķ
stablecoin-count-million = { $n }Ḿ
stablecoin-count-billion = { $n }Ɓ
stablecoin-count-trillion = { $n }Ŧ

## The exported log (log.txt)
stablecoin-log-head = Ƈħaaiƞ Ŀaaƀ şŧaaƀŀeeƈooiƞ: ~~~ { $scenario }{ $modified }, şeeeeḓ  { $seed }, şŧeeƥ ~ { $step } ooƒ { $total } ({ $seconds } ş eeaaƈħ) 
stablecoin-log-modified = (ƥaařaaḿeeŧeeřş ƈħaaƞɠeeḓ) ~
stablecoin-log-empty = Ƞooŧħiƞɠ ƞooŧaaƀŀee ħaaş ħaaƥƥeeƞeeḓ ẏeeŧ. ~~~~
stablecoin-log-moment = { $time } (şŧeeƥ  { $step }): { $text }
stablecoin-log-now = Ƞooẇ:  { $text }

## The explanation
stablecoin-explain-look-title = Ẇħaaŧ ẏoouu aařee ŀooooķiƞɠ aaŧ ~
stablecoin-explain-look-p1 = UŞŦ (ŧħee şŧaaƀŀeeƈooiƞ) iş ƥeeɠɠeeḓ ƀẏ ƈooḓee, ƞooŧ ƈaaşħ. Ŧeeřřaa'ş ḿaařķeeŧ ḿooḓuuŀee aaŀẇaaẏş şẇaaƥş ooƞee UŞŦ ƒooř ooƞee ḓooŀŀaař'ş ẇoořŧħ ooƒ ĿUȠA (ŧħee ƈooḿƥaaƞiooƞ) aaŧ ŧħee oořaaƈŀee'ş ƥřiƈee, aaƞḓ ŧħee řeeṽeeřşee, ƀuuřƞiƞɠ ẇħaaŧ iŧ iş ooƒƒeeřeeḓ aaƞḓ ḿiƞŧiƞɠ ẇħaaŧ iŧ ƥaaẏş oouuŧ, ŀeeşş aa şƥřeeaaḓ. Ƞooŧħiƞɠ ƀaaƈķş UŞŦ ƀuuŧ ŧħaaŧ ƥřooḿişee aaƞḓ ĿUȠA'ş ḿaařķeeŧ ṽaaŀuuee. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~
stablecoin-explain-look-1 = Ɓeeŀooẇ $1, aařƀiŧřaaɠeeuuřş ƀuuẏ UŞŦ ƈħeeaaƥŀẏ, řeeḓeeeeḿ iŧ ƒooř $1 ooƒ ĿUȠA aaƞḓ şeeŀŀ ŧħaaŧ: UŞŦ'ş şuuƥƥŀẏ ƒaaŀŀş aaƞḓ iŧş ƥřiƈee řişeeş. Aƀooṽee $1 ŧħeeẏ ḓoo ŧħee řeeṽeeřşee. Iƞ aa ƈaaŀḿ ḿaařķeeŧ ŧħiş ħooŀḓş ŧħee ƥeeɠ ẇiŧħiƞ ŧħee şƥřeeaaḓ (0.5%). ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~
stablecoin-explain-look-2 = Eṽeeřẏ řeeḓeeḿƥŧiooƞ ḿiƞŧş ƞeeẇ ĿUȠA, ẇħiƈħ iş şooŀḓ. Ẇħeeƞ UŞŦ ħooŀḓeeřş ŀeeaaṽee ƒaaşŧeeř ŧħaaƞ ĿUȠA'ş ḿaařķeeŧ ƈaaƞ aaƀşoořƀ, ĿUȠA'ş ƥřiƈee ƒaaŀŀş, şoo eeaaƈħ ƒuuřŧħeeř ḓooŀŀaař řeeḓeeeeḿeeḓ ḿiƞŧş ḿoořee ĿUȠA, ŧħee ƥřiƈee ƒaaŀŀş ƒuuřŧħeeř, ƈooƞƒiḓeeƞƈee ƒaaŀŀş, aaƞḓ ḿoořee ħooŀḓeeřş ŀeeaaṽee: ŧħee ŀooooƥ iƞ ŧħee ḓiaaɠřaaḿ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~
stablecoin-explain-look-3 = Ŧħee ḿiƞŧ ƈaaƥ. Ŧħee ḿaařķeeŧ ḿooḓuuŀee ƥřiƈeeş şẇaaƥş ẇiŧħ aa ṽiřŧuuaaŀ ƥooooŀ: ƁaaşeeƤooooŀ iş iŧş şiẑee iƞ ŞḒŘ (ŧħee IḾƑ'ş ƀaaşķeeŧ ƈuuřřeeƞƈẏ, aaƀoouuŧ $1.36 iƞ Ḿaaẏ 2022, ŧħee ḿooḓuuŀee'ş uuƞiŧ ooƒ aaƈƈoouuƞŧ); ŧħee ƥooooŀ ḓeeŀŧaa iş ħooẇ ƒaař řeeƈeeƞŧ şẇaaƥş ħaaṽee ƥuuşħeeḓ iŧ ƒřooḿ ƀaaŀaaƞƈee. Ŧħee şƥřeeaaḓ ɠřooẇş ẇiŧħ ŧħee ḓeeŀŧaa, aaƞḓ eeṽeeřẏ 6-şeeƈooƞḓ ƀŀooƈķ ŧħee ƥooooŀ řeeƈooṽeeřş 1/ƤooooŀŘeeƈooṽeeřẏƤeeřiooḓ (1/36) ooƒ iŧ. Aŧ Ḿaaẏ 2022'ş şeeŧŧiƞɠş aa şḿaaŀŀ řeeḓeeḿƥŧiooƞ ƥaaẏş ḿoořee ŧħaaƞ 2% ooƞƈee aaƀoouuŧ $276Ḿ aa ḓaaẏ iş řeeḓeeeeḿeeḓ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ 
stablecoin-explain-look-4 = A řeeşeeřṽee (ĿƑƓ'ş 80,394 ƁŦƇ) ƀuuẏş UŞŦ ŧoo ḓeeƒeeƞḓ ŧħee ƥeeɠ ẇħiŀee iŧ ŀaaşŧş, aaŧ ḿooşŧ 2,000 ƁŦƇ aaƞ ħoouuř. ~~~~ ~~~~ ~~~~ ~~~~ ~~~
stablecoin-explain-look-p2 = Ƈħaařŧş: ƥřiƈeeş (ĿUȠA ooƞ aa ŀooɠ şƈaaŀee), ƀooŧħ şuuƥƥŀieeş (ŀooɠ), ŧħee řeeşeeřṽee, aaƞḓ ŧħee ḿiƞŧ ƈaaƥaaƈiŧẏ uuşeeḓ (ŧħee ƥooooŀ ḓeeŀŧaa ooṽeeř ŧħee ḓeeŀŧaa aaŧ ẇħiƈħ aa şḿaaŀŀ řeeḓeeḿƥŧiooƞ ƥaaẏş 2%). Ŧħee eeƞşeeḿƀŀee ƥaaƞeeŀ řuuƞş ŧħee şaaḿee şƈeeƞaařioo ooṽeeř ḿaaƞẏ şeeeeḓş: ŧħee ḿeeḓiaaƞ ƥaaŧħ ẇiŧħ iŧş 10–90% aaƞḓ ḿiƞ–ḿaaẋ ƀaaƞḓş, ŧħee ḓaaẏ UŞŦ ƒeeŀŀ ƀeeŀooẇ $0.50 iƞ eeaaƈħ řuuƞ aaƞḓ ŧħee ĿUȠA ḿuuŀŧiƥŀee ooƒ eeaaƈħ řuuƞ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~
stablecoin-explain-try-title = Ẇħaaŧ ŧoo ŧřẏ ~~
stablecoin-explain-try-1 = Ƈaaŀḿ ḿaařķeeŧ: şeeŧ ŧħee ŀaařɠee ẇiŧħḓřaaẇaaŀ ŧoo $1Ɓ (Eṽeeƞŧş). Ŧħee şaaḿee ḿaařķeeŧ ŧħaaŧ şħřuuɠɠeeḓ ooƒƒ $50Ḿ ŀooşeeş iŧş ƥeeɠ ooƞ ḓaaẏ 10, ŧħee řeeşeeřṽee iş şƥeeƞŧ aaƞḓ ĿUȠA'ş şuuƥƥŀẏ ɠřooẇş aaƀoouuŧ 50,000-ƒooŀḓ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ 
stablecoin-explain-try-2 = Ƈaaŀḿ ḿaařķeeŧ: řaaişee ḾiƞŞŧaaƀiŀiŧẏŞƥřeeaaḓ ŧoo 0.03. UŞŦ ƞooẇ ḓřiƒŧş 3% ƀeeŀooẇ ŧħee ƥeeɠ ƀeeƒoořee aařƀiŧřaaɠee ƥaaẏş, ƀeeẏooƞḓ ŧħee 1% ħooŀḓeeřş ŧooŀeeřaaŧee; ƥaaƞiƈ ƀuuiŀḓş aaƞḓ ŧħee ƥeeɠ ƀřeeaaķş ooƞ ḓaaẏ 10.5. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~
stablecoin-explain-try-3 = Ḿaaẏ 2022: ƈuuŧ ŧħee ẇiŧħḓřaaẇaaŀ ŧoo $1Ɓ. Ŧħee řeeşeeřṽee aaƀşoořƀş iŧ (aaƀoouuŧ 25,000 ƁŦƇ şƥeeƞŧ) aaƞḓ ŧħee ƥeeɠ ħooŀḓş. ~~~~ ~~~~ ~~~~ ~~~~ ~
stablecoin-explain-try-4 = Ḿaaẏ 2022 ẇiŧħ ŧħee ḿiƞŧ-ƈaaƥ řaaişee řeeḿooṽeeḓ (řaaişee = −1): aaŀḿooşŧ ŧħee şaaḿee eeƞḓ (ĿUȠA ḓiŀuuŧeeḓ aaƀoouuŧ 3,700-ƒooŀḓ iƞşŧeeaaḓ ooƒ 3,800-ƒooŀḓ). Iƞ ŧħiş ḿooḓeeŀ, ƀẏ 12 Ḿaaẏ ŧħee ḓaaḿaaɠee ẇaaş ḓooƞee. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~
stablecoin-explain-try-5 = Ḿaaẏ 2022 ẇiŧħ ƀooŧħ ħaaŀŧş řeeḿooṽeeḓ (ħaaŀŧ1 = −1, ħaaŀŧ = −1): řeeḓeeḿƥŧiooƞş ɠoo ooƞ ŧoo 16 Ḿaaẏ aaƞḓ ĿUȠA eeƞḓş ḓiŀuuŧeeḓ aaƀoouuŧ 41,000-ƒooŀḓ. Ŧħee ħaaŀŧ ƒřooẑee ŧħee şuuƥƥŀieeş, iŧ ḓiḓ ƞooŧ şaaṽee UŞŦ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~
stablecoin-explain-try-6 = Ḿaaẏ 2022 ẇiŧħ ƥaaƞiƈ ƥeeř ḓaaẏ şeeŧ ŧoo 0: ħooŀḓeeřş şŧiŀŀ şeeŀŀ ŧħee $2.5Ɓ, ŧħee řeeşeeřṽee şƥeeƞḓş aaƀoouuŧ 48,000 ƁŦƇ, ƀuuŧ ƞoo şƥiřaaŀ ƒooŀŀooẇş. Ŧħee şƥiřaaŀ ƞeeeeḓş ŧħee ŀooşş ooƒ ƈooƞƒiḓeeƞƈee. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~
stablecoin-explain-try-7 = Şŧeeƥ ẇiŧħ → (ooƞee ħoouuř) aaƞḓ ẇaaŧƈħ ŧħee aařřooẇş ooƒ ŧħee ŀooooƥ ŀiɠħŧ uuƥ iƞ ŧuuřƞ; ← ɠooeeş ƀaaƈķ ƀẏ řeeƥŀaaẏiƞɠ ŧħee řuuƞ ƒřooḿ iŧş şeeeeḓ. ~~~~ ~~~~ ~~~~ ~~~~ ~~
stablecoin-explain-history-title = Ḿaaẏ 2022: ŧħee ħişŧoořẏ, aaƞḓ ẇħeeřee ŧħee ḿooḓeeŀ ƥaařŧş ƒřooḿ iŧ ~~~~ ~~~~ ~
stablecoin-explain-history-p1 = Ɠřeeẏ ḓooŧş ooƞ ŧħee ƈħaařŧş aařee ŧħee ḓaaiŀẏ ħişŧoořẏ ƒřooḿ ẇẇẇ/ḓaaŧaa (aaƥƥřooẋiḿaaŧee: eeaaƈħ řooẇ ooƒ ŧħee ƒiŀee şaaẏş ħooẇ iŧ ẇaaş şoouuřƈeeḓ; ṽaaŀuueeş aařee ƥŀaaƈeeḓ aaŧ ḿiḓḓaaẏ). Ħişŧoořẏ iş ŧħee ẏaařḓşŧiƈķ, ƞeeṽeeř aaƞ iƞƥuuŧ: ŧħee ḿooḓeeŀ şŧaařŧş ƒřooḿ 5 Ḿaaẏ'ş şuuƥƥŀieeş aaƞḓ ƥřiƈeeş ooƞŀẏ. Oƞ 7 Ḿaaẏ ŀaařɠee şaaŀeeş ƀeeɠaaƞ ooƞ Ƈuuřṽee aaƞḓ Aƞƈħooř ẇiŧħḓřaaẇaaŀş ƒooŀŀooẇeeḓ (Aƞƈħooř ḓeeƥooşiŧş: $14Ɓ ooƞ 6 Ḿaaẏ, $8.7Ɓ ooƞ 9 Ḿaaẏ, aaƀoouuŧ $2.6Ɓ ooƞ 12 Ḿaaẏ); UŞŦ ƒiřşŧ ŀooşŧ iŧş ƥeeɠ ooƞ 8–9 Ḿaaẏ; ĿƑƓ şooŀḓ aaƀoouuŧ 80,000 ƁŦƇ ooƞ 9–10 Ḿaaẏ; ƥřooƥooşaaŀ 1164 řaaişeeḓ ƁaaşeeƤooooŀ ƒřooḿ 50Ḿ ŧoo 100Ḿ ŞḒŘ aaƞḓ ƈuuŧ ƤooooŀŘeeƈooṽeeřẏƤeeřiooḓ ƒřooḿ 36 ŧoo 18 ƀŀooƈķş ooƞ 12 Ḿaaẏ; ŧħee ƈħaaiƞ ħaaŀŧeeḓ aaŧ ƀŀooƈķ 7603700 ooƞ 12 Ḿaaẏ (aaƀoouuŧ 80 ḿiƞuuŧeeş) aaƞḓ aaŧ ƀŀooƈķ 7607789 ooƞ 13 Ḿaaẏ, aaƒŧeeř ẇħiƈħ şẇaaƥş ẇeeřee ḓişaaƀŀeeḓ; ƀẏ ŧħeeƞ ĿUȠA'ş şuuƥƥŀẏ ħaaḓ ɠřooẇƞ ƒřooḿ aaƀoouuŧ 345Ḿ ŧoo 6.5Ŧ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~
stablecoin-explain-history-1 = Ƈŀooşee (ooṽeeř ŧeeƞ şeeeeḓş, ƈħeeƈķeeḓ ƀẏ aa ŧeeşŧ): UŞŦ ƒaaŀŀş ƀeeŀooẇ $0.40 ooƞ 12 Ḿaaẏ aaƞḓ iş aaŧ aaƀoouuŧ $0.16–0.18 aaŧ ŧħee ƒiƞaaŀ ħaaŀŧ, ẇiŧħ ƞoo ƈooḿeeƀaaƈķ; UŞŦ'ş şuuƥƥŀẏ aaŧ ŧħee ƒiƞaaŀ ħaaŀŧ iş aaƀoouuŧ 12.1Ɓ (ħişŧoořẏ 11.3–12.6Ɓ); ĿUȠA'ş şuuƥƥŀẏ ḿuuŀŧiƥŀieeş aaƀoouuŧ 3,000–4,200-ƒooŀḓ, aaŀḿooşŧ aaŀŀ ooƒ iŧ ooƞ 12 Ḿaaẏ (ħişŧoořẏ aaƀoouuŧ 19,000-ƒooŀḓ ƀẏ 13 Ḿaaẏ); ŧħee řeeşeeřṽee iş şƥeeƞŧ ooƞ ŧħee eeṽeeƞiƞɠ ooƒ 9 Ḿaaẏ (ħişŧoořẏ 9–10 Ḿaaẏ). ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~
stablecoin-explain-history-2 = Ŀaaŧee: ĿUȠA ħooŀḓş ƞeeaař $85 uuƞŧiŀ 9 Ḿaaẏ (ħişŧoořẏ: $62 ooƞ 8 Ḿaaẏ, $44 ooƞ 9 Ḿaaẏ) aaƞḓ UŞŦ iş şŧiŀŀ ƞeeaař $0.82 ooƞ 11 Ḿaaẏ (ħişŧoořẏ $0.31). Ŧħee ḿooḓeeŀ'ş ƈooŀŀaaƥşee ƈooḿeeş aaƀoouuŧ aa ḓaaẏ aaƒŧeeř ħişŧoořẏ'ş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ 
stablecoin-explain-history-3 = Aƒŧeeř ŧħee ħaaŀŧ UŞŦ ķeeeeƥş şaaɠɠiƞɠ (ŧoo aaƀoouuŧ $0.05 ƀẏ 16 Ḿaaẏ; ħişŧoořẏ $0.11); ĿUȠA'ş ƥřiƈee ƥaařŧŀẏ řeeƈooṽeeřş iƞ ŧħee ḿooḓeeŀ aaş iŧş ħooŀḓeeřş ƀuuẏ ƀaaƈķ ẇiŧħ ŧħeeiř ooẇƞ ḓooŀŀaařş (ħişŧoořẏ: iŧ şŧaaẏeeḓ ƞeeaař $0.0001). ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ 
stablecoin-explain-history-4 = Ƞooŧ ḿooḓeeŀŀeeḓ: ŧħee ẏieeŀḓ'ş ooẇƞ ḓeeƈŀiƞee (Aƞƈħooř'ş řaaŧee iş aa ƒiẋeeḓ ƥaařaaḿeeŧeeř ħeeřee), ƁŦƇ'ş ƒaaŀŀ ƒřooḿ aaƀoouuŧ $36,000 ŧoo $29,000 ḓuuřiƞɠ ŧħooşee ḓaaẏş, ṽaaŀiḓaaŧoořş' eeẋaaƈŧ oořaaƈŀee ṽooŧeeş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~
stablecoin-explain-choices-title = Ḿooḓeeŀŀiƞɠ ƈħooiƈeeş aaƞḓ ŧħeeiř şoouuřƈeeş ~~~~
stablecoin-explain-choices-1 = Ƥeeř ƀŀooƈķ, ẇħaaŧeeṽeeř ŧħee şŧeeƥ: ŧħee ḿaařķeeŧ ḿooḓuuŀee'ş şẇaaƥş, AƥƥŀẏŞẇaaƥŦooƤooooŀ aaƞḓ ŧħee EƞḓƁŀooƈķeeř'ş ŘeeƥŀeeƞişħƤooooŀş řuuƞ ooƞƈee ƥeeř 6-şeeƈooƞḓ ƀŀooƈķ (ƈŀaaşşiƈ-ƈoořee ẋ/ḿaařķeeŧ); ŧħee oořaaƈŀee ŧaaķeeş ĿUȠA'ş ḿaařķeeŧ ƥřiƈee ooƞƈee ƥeeř ṽooŧee ƥeeřiooḓ ooƒ 5 ƀŀooƈķş (ẋ/oořaaƈŀee, 30 ş). A ooƞee-ḿiƞuuŧee şŧeeƥ řuuƞş ŧeeƞ ƀŀooƈķş, aa 6-şeeƈooƞḓ şŧeeƥ ooƞee: ŧħee řeeşuuŀŧ ḓooeeş ƞooŧ ḓeeƥeeƞḓ ooƞ ŧħee şŧeeƥ (aa ŧeeşŧ ƈooḿƥaařeeş 60 ş aaƞḓ 20 ş şŧeeƥş ẇiŧħ 6 ş şŧeeƥş ooƞ eeṽeeřẏ şƈeeƞaařioo). ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~
stablecoin-explain-choices-2 = Ḿooƞeeẏ ŧħaaŧ aaḓḓş uuƥ: eeṽeeřẏ ḓooŀŀaař, UŞŦ aaƞḓ ĿUȠA ƀeeŀooƞɠş ŧoo aaƞ aaɠeeƞŧ (UŞŦ ħooŀḓeeřş, ĿUȠA ħooŀḓeeřş, oouuŧşiḓee ƀuuẏeeřş, aařƀiŧřaaɠeeuuřş, ŧħee řeeşeeřṽee, ŧħee ŧẇoo ḿaařķeeŧş' ḿaařķeeŧ ḿaaķeeřş, ŧħee oořaaƈŀee'ş ƒeeee ƥooooŀ) ooř iş ḿiƞŧeeḓ ooř ƀuuřƞŧ ƀẏ ŧħee ḿaařķeeŧ ḿooḓuuŀee. Ḓooŀŀaařş eeƞŧeeř ooƞŀẏ aaŧ şŧaaŧeeḓ řaaŧeeş: ŧħee řeeşeeřṽee'ş ƁŦƇ şaaŀeeş aaƞḓ ŧħee oouuŧşiḓee ƀuuẏeeřş' ƀuuḓɠeeŧ ($2Ɓ aa ḓaaẏ aaŧ ƒuuŀŀ ƈooƞƒiḓeeƞƈee, şƈaaŀeeḓ ƀẏ ƈooƞƒiḓeeƞƈee, şŧooƥƥiƞɠ ẇħeeƞ şẇaaƥş aařee ḓişaaƀŀeeḓ). Aƒŧeeř eeṽeeřẏ şŧeeƥ, ƥeeř aaşşeeŧ, ŧħee şuuḿ ooƒ ƀaaŀaaƞƈeeş eeɋuuaaŀş ŧħee şŧaařŧ ƥŀuuş ḿiƞŧeeḓ ḿiƞuuş ƀuuřƞŧ ƥŀuuş ŧħooşee iƞƒŀooẇş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ 
stablecoin-explain-choices-3 = ĿUȠA ħooŀḓeeřş ṽaaŀuuee ŧħeeiř şħaařee ooƒ ŧħee ƞeeŧẇoořķ: aa ŧooķeeƞ iş ẇoořŧħ ĿUȠA'ş şŧaařŧiƞɠ ḿaařķeeŧ ṽaaŀuuee ŧiḿeeş ƈooƞƒiḓeeƞƈee, ḓiṽiḓeeḓ ƀẏ ŧooḓaaẏ'ş şuuƥƥŀẏ, şoo ḓiŀuuŧiooƞ ḿaaķeeş ŧħeeḿ şeeŀŀ řaaŧħeeř ŧħaaƞ ƀuuẏ (ħişŧoořẏ: ĿUȠA ƒeeŀŀ ƒřooḿ $85 ŧoo $16 ƀẏ 10 Ḿaaẏ ẇħiŀee iŧş şuuƥƥŀẏ ɠřeeẇ ooƞŀẏ 1.12-ƒooŀḓ). ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ 
stablecoin-explain-choices-4 = UŞŦ ħooŀḓeeřş ŀeeaaṽee ƒaaşŧeeř ẇiŧħ ƥaaƞiƈ (30–40% aa ḓaaẏ aaŧ ħiɠħ ƥaaƞiƈ, ŧħee ƥaaƈee aaŧ ẇħiƈħ Aƞƈħooř ḓeeƥooşiŧş ƒeeŀŀ ƒřooḿ $14Ɓ ooƞ 6 Ḿaaẏ ŧoo $8.7Ɓ ooƞ 9 Ḿaaẏ aaƞḓ aaƀoouuŧ $2.6Ɓ ooƞ 12 Ḿaaẏ) aaƞḓ ḿoořee şŀooẇŀẏ aaŧ aa ḓeeeeƥ ḓişƈoouuƞŧ (ŧħee řaaŧee şƈaaŀeeş ẇiŧħ UŞŦ'ş ƥřiƈee). ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~
stablecoin-explain-choices-5 = Ařƀiŧřaaɠee ŧħřoouuɠħƥuuŧ iş ƀoouuƞḓeeḓ ƥeeř ƀŀooƈķ iƞ UŞŦ ṽooŀuuḿee (1Ḿ UŞŦ) aaƞḓ ƀẏ ŧħee şħaařee ooƒ ĿUȠA'ş ḿaařķeeŧ ḓeeƥŧħ ooƞee ƀŀooƈķ'ş şaaŀeeş ḿaaẏ ŧaaķee (0.6%): ƈħaaiƞ aaƞḓ eeẋƈħaaƞɠee ŧħřoouuɠħƥuuŧ, ƞooŧ ƈaaƥiŧaaŀ, ƀoouuƞḓeeḓ ŧħee řeeaaŀ řuuƞ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~
stablecoin-explain-choices-6 = Ƥaaƞiƈ iş ƀoouuƞḓeeḓ: iŧ ɠřooẇş ẇiŧħ ŧħee ḓeeƥeeɠ ƀeeẏooƞḓ aa 1-ƈeeƞŧ ŧooŀeeřaaƞƈee aaƞḓ ẇħiŀee ĿUȠA'ş ḿaařķeeŧ ṽaaŀuuee iş ƀeeŀooẇ UŞŦ'ş şuuƥƥŀẏ, şaaŧuuřaaŧiƞɠ aaŧ 3 (ƈooƞƒiḓeeƞƈee ƞeeṽeeř ƀeeŀooẇ 5%), aaƞḓ ƒaaḓeeş ooŧħeeřẇişee. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~
stablecoin-explain-choices-7 = Ƈaaŀiƀřaaŧeeḓ, ƞooŧ ḿeeaaşuuřeeḓ: ŧħee ƥaaƞiƈ ɠaaiƞş, ŧħee oouuŧşiḓee ƀuuẏeeřş' ƀuuḓɠeeŧ aaƞḓ ŧħee ŧẇoo ŧħřoouuɠħƥuuŧ ƀoouuƞḓş ẇeeřee ƈħooşeeƞ şoo ŧħaaŧ Ḿaaẏ 2022 ƒaaŀŀş ẇiŧħiƞ iŧş řeeƈoořḓeeḓ řaaƞɠeeş; ŧħee řeeƈoořḓeeḓ ħişŧoořẏ iş uuşeeḓ ooƞŀẏ ŧoo ƈħeeƈķ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~
stablecoin-explain-differs-title = Ẇħeeřee ŧħee ḿooḓeeŀ ḓiƒƒeeřş ƒřooḿ řeeaaŀiŧẏ ~~~~ 
stablecoin-explain-differs-1 = Oƞee řeeƥřeeşeeƞŧaaŧiṽee aaɠeeƞŧ ooƒ eeaaƈħ ķiƞḓ. Eẋŧeeřƞaaŀ ḿaařķeeŧş aařee ƈooƞşŧaaƞŧ-ƥřooḓuuƈŧ ƀooooķş: UŞŦ'ş ($1Ɓ aa şiḓee) şŧaaƞḓş ƒooř Ƈuuřṽee aaƞḓ ŧħee eeẋƈħaaƞɠeeş aaƞḓ iş ŀeeşş ƒŀaaŧ ƞeeaař ŧħee ƥeeɠ ŧħaaƞ Ƈuuřṽee'ş; ĿUȠA'ş şŧaařŧş ẇiŧħ $2Ɓ ooƒ ḓeeƥŧħ aaƞḓ iş ƞeeṽeeř řeeƒiŀŀeeḓ ƒřooḿ ƞooẇħeeřee. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~
stablecoin-explain-differs-2 = Ḓeeḿaaƞḓ ƒooŀŀooẇş ŧħee ẏieeŀḓ aaş eeẋƥ(eeŀaaşŧiƈiŧẏ × (ẏieeŀḓ − şŧaařŧiƞɠ ẏieeŀḓ)) ŧiḿeeş ƈooƞƒiḓeeƞƈee, aaƞḓ ƈooƞƒiḓeeƞƈee iş eeẋƥ(−ƥaaƞiƈ). Ŧħeeşee aařee ḿooḓeeŀŀiƞɠ ƈħooiƈeeş, ƞooŧ ḿeeaaşuuřeeḓ ŀaaẇş. ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~
stablecoin-explain-differs-3 = Ƈooƞşeeřṽaaŧiooƞ iş eeẋaaƈŧ: eeṽeeřẏ şẇaaƥ ƀuuřƞş iŧş ooƒƒeeř aaƞḓ ḿiƞŧş eeẋaaƈŧŀẏ iŧş oořaaƈŀee ṽaaŀuuee ooƒ ŧħee ooŧħeeř ŧooķeeƞ, ŀeeşş ŧħee şƥřeeaaḓ ŧoo ŧħee ŧřaaḓeeř aaƞḓ ŧħee şƥřeeaaḓ aaş ŧħee ƒeeee ŧoo ŧħee oořaaƈŀee'ş řeeẇaařḓ ƥooooŀ. ~~~~ ~~~~ ~~~~ ~~~~ ~~~
stablecoin-explain-sources = Şoouuřƈeeş: ŧeeřřaa-ḿooƞeeẏ/ƈŀaaşşiƈ-ƈoořee ẋ/ḿaařķeeŧ (ķeeeeƥeeř/şẇaaƥ.ɠoo ƇooḿƥuuŧeeŞẇaaƥ aaƞḓ AƥƥŀẏŞẇaaƥŦooƤooooŀ, ķeeeeƥeeř/ķeeeeƥeeř.ɠoo ŘeeƥŀeeƞişħƤooooŀş, aaƀƈi.ɠoo EƞḓƁŀooƈķeeř, ķeeeeƥeeř/ḿşɠ_şeeřṽeeř.ɠoo, ŧẏƥeeş/ƥaařaaḿş.ɠoo) aaƞḓ ẋ/oořaaƈŀee (ṼooŧeeƤeeřiooḓ); Ŧeeřřaa ɠooṽeeřƞaaƞƈee ƥřooƥooşaaŀ 1164; ĿƑƓ'ş řeeşeeřṽee şŧaaŧeeḿeeƞŧ ooƒ 16 Ḿaaẏ 2022; Ƈħaaiƞ Ŀaaƀ řeeƒeeřeeƞƈee/ḿooḓeeŀş.ḿḓ §4 aaƞḓ ŧħee ḓaaŧaa ƒiŀeeş ẇẇẇ/ḓaaŧaa/ŧeeřřaa-ḿaaẏ-2022-ḓaaiŀẏ.ƈşṽ aaƞḓ ŀƒɠ-řeeşeeřṽee-ḿaaẏ-2022.ƈşṽ (aaƥƥřooẋiḿaaŧee). ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ 

## The parameters' names, units and groups (the names of the market module's own parameters stay as in its code)
stablecoin-param-base = ƁaaşeeƤooooŀ
stablecoin-param-recovery = ƤooooŀŘeeƈooṽeeřẏƤeeřiooḓ 
stablecoin-param-spread = ḾiƞŞŧaaƀiŀiŧẏŞƥřeeaaḓ ~~~~
stablecoin-param-sdr = ŞḒŘ ƥřiƈee ~~
stablecoin-param-raise = Ḿiƞŧ ƈaaƥ řaaişeeḓ ooƞ ḓaaẏ ~~~
stablecoin-param-rbase = ƁaaşeeƤooooŀ aaƒŧeeř řaaişee
stablecoin-param-rrecovery = ƤooooŀŘeeƈooṽeeřẏƤeeřiooḓ aaƒŧeeř řaaişee 
stablecoin-param-halt1 = Ƒiřşŧ ħaaŀŧ ooƞ ḓaaẏ ~~~
stablecoin-param-halt1min = Ƒiřşŧ ħaaŀŧ ŀaaşŧş ~~~~
stablecoin-param-halt = Ƈħaaiƞ ħaaŀŧş ƒooř ɠooooḓ ooƞ ḓaaẏ ~~~
stablecoin-param-shock = Ŀaařɠee ẇiŧħḓřaaẇaaŀ ooƞ ḓaaẏ ~~~
stablecoin-param-shockusd = Ẇiŧħḓřaaẇaaŀ şiẑee ~~
stablecoin-param-shockh = Ẇiŧħḓřaaẇaaŀ ooṽeeř ~
stablecoin-param-btc = Řeeşeeřṽee
stablecoin-param-btcusd = ƁŦƇ ƥřiƈee ~~
stablecoin-param-trigger = Ḓeeƒeeƞḓ ƀeeŀooẇ 
stablecoin-param-defrate = Ḓeeƒeeƞƈee řaaŧee
stablecoin-param-yield = Ẏieeŀḓ ooƞ ooƒƒeeř ~
stablecoin-param-refyield = Ẏieeŀḓ ħooŀḓeeřş şŧaařŧeeḓ aaŧ ~~~
stablecoin-param-elasticity = Ḓeeḿaaƞḓ'ş ẏieeŀḓ eeŀaaşŧiƈiŧẏ ~~~~
stablecoin-param-adjust = UŞŦ ħooŀḓeeřş aaḓĵuuşŧ ƥeeř ḓaaẏ ~~~~
stablecoin-param-noise = Ḓeeḿaaƞḓ ṽooŀaaŧiŀiŧẏ ƥeeř ḓaaẏ ~~~
stablecoin-param-tolerance = Ḓeeƥeeɠ ŧooŀeeřaaŧeeḓ
stablecoin-param-gain = Ƥaaƞiƈ ƥeeř ḓaaẏ ƥeeř $ ooƒ ḓeeƥeeɠ ~~~~
stablecoin-param-backing = Ƥaaƞiƈ ƥeeř ḓaaẏ ẇħeeƞ uuƞḓeeř-ƀaaƈķeeḓ ~~~~
stablecoin-param-decay = Ƥaaƞiƈ ƒaaḓiƞɠ ƥeeř ḓaaẏ ~~~
stablecoin-param-exit = Eẋiŧ şƥeeeeḓ ƥeeř uuƞiŧ ooƒ ƥaaƞiƈ ~~~~ 
stablecoin-param-exitpow = Řeeŀuuƈŧaaƞƈee ŧoo şeeŀŀ aaŧ aa ḓişƈoouuƞŧ (ƥooẇeeř ooƒ ƥřiƈee) ~~~~ 
stablecoin-param-panicmax = Ḿooşŧ ƥaaƞiƈ ~
stablecoin-param-cadjust = ĿUȠA ħooŀḓeeřş aaḓĵuuşŧ ƥeeř ḓaaẏ ~~~~
stablecoin-param-arbcap = Ařƀiŧřaaɠeeuuřş' ḓooŀŀaařş ~~~
stablecoin-param-arbdepth = Ařƀiŧřaaɠee şaaŀeeş ƥeeř ƀŀooƈķ, şħaařee ooƒ ĿUȠA ḓeeƥŧħ ~~~~ ~~~
stablecoin-param-arbblock = Ařƀiŧřaaɠee ṽooŀuuḿee ƥeeř ƀŀooƈķ ~~~
stablecoin-param-days = Ḓaaẏş şiḿuuŀaaŧeeḓ ~
stablecoin-param-step = Şeeƈooƞḓş ƥeeř şŧeeƥ ~~
stablecoin-param-supply = UŞŦ şuuƥƥŀẏ ~~
stablecoin-param-csupply = ĿUȠA şuuƥƥŀẏ ~~~
stablecoin-param-cprice = ĿUȠA ƥřiƈee ~~
stablecoin-param-depth = UŞŦ ḿaařķeeŧ ḓeeƥŧħ ~~~
stablecoin-param-cdepth = ĿUȠA ḿaařķeeŧ ḓeeƥŧħ ~~~
stablecoin-param-cash = UŞŦ ħooŀḓeeřş' ḓooŀŀaařş ~~~
stablecoin-param-ccash = ĿUȠA ħooŀḓeeřş' ḓooŀŀaařş ~~~~
stablecoin-param-dip = Ouuŧşiḓee ĿUȠA ƀuuẏeeřş' ƀuuḓɠeeŧ ƥeeř ḓaaẏ ~~~~ 
stablecoin-param-dipspend = Ouuŧşiḓee ƀuuẏeeřş şƥeeƞḓ ooƒ ŧħeeiř ƀuuḓɠeeŧ ƥeeř ḓaaẏ ~~~~ ~
stablecoin-param-dipbelow = Ouuŧşiḓee ƀuuẏeeřş ƀuuẏ ƀeeŀooẇ (şħaařee ooƒ şŧaařŧ ƥřiƈee) ~~~~ ~
stablecoin-param-unit-blocks = ƀŀooƈķş ~
stablecoin-param-unit-day = ḓaaẏ
stablecoin-param-unit-min = ḿiƞ
stablecoin-param-unit-hours = ħoouuřş
stablecoin-param-unit-days = ḓaaẏş 
stablecoin-param-unit-s = ş
stablecoin-group-market = Ḿaařķeeŧ ḿooḓuuŀee (ḿiƞŧ ƈaaƥ) ~~~
stablecoin-group-start = Şŧaařŧ aaƞḓ eeẋŧeeřƞaaŀ ḿaařķeeŧş ~~~
stablecoin-group-holders = UŞŦ ħooŀḓeeřş aaƞḓ ẏieeŀḓ ~~~~
stablecoin-group-panic = Ƥaaƞiƈ 
stablecoin-group-events = Eṽeeƞŧş ~
stablecoin-group-reserve = Řeeşeeřṽee (ĿƑƓ-ŀiķee) ~~~

## The parameters' rules (notices and the panel's errors)
stablecoin-rule-number = { $name } ḿuuşŧ ƀee aa ƞuuḿƀeeř ~
stablecoin-rule-between = { $name } ḿuuşŧ ƀee ƀeeŧẇeeeeƞ  { $min } aaƞḓ { $max } (iŧ iş ~~ { $value })
stablecoin-rule-spread = ḾiƞŞŧaaƀiŀiŧẏŞƥřeeaaḓ ḿuuşŧ ƀee ƀeeŀooẇ 1: aa şƥřeeaaḓ ooƒ 100% şŧooƥş eeṽeeřẏ şẇaaƥ ~~~~ ~~~~ ~~
stablecoin-rule-one-step = ŧħee řuuƞ ḿuuşŧ ŧaaķee aaŧ ŀeeaaşŧ ooƞee şŧeeƥ ~~
stablecoin-rule-max-steps = ŧħee řuuƞ ŧaaķeeş ~ { $steps } şŧeeƥş; aaŧ ḿooşŧ ~~ { $max } (ƒeeẇeeř ḓaaẏş ooř ŀooƞɠeeř şŧeeƥş) ~~~~
stablecoin-rule-stable-depth = UŞŦ'ş ḿaařķeeŧ ḓeeƥŧħ ḿuuşŧ ƀee şḿaaŀŀeeř ŧħaaƞ iŧş şuuƥƥŀẏ ~~~~ ~~~~ 
stablecoin-rule-companion-depth = ĿUȠA'ş ḿaařķeeŧ ḓeeƥŧħ ḿuuşŧ ƀee şḿaaŀŀeeř ŧħaaƞ iŧş ḿaařķeeŧ ṽaaŀuuee ~~~~ ~~~~
stablecoin-notice-invalid = { $why }; uuşiƞɠ ŧħee ~~ { $scenario } şƈeeƞaařioo'ş ƥaařaaḿeeŧeeřş ~

## The run's moments and the narration (the live region, the event log, the exports)
stablecoin-date-may = { $d } Ḿaaẏ { $time } UŦƇ
stablecoin-date-june = { $d } Ĵuuƞee { $time } UŦƇ
stablecoin-date-july = { $d } Ĵuuŀẏ  { $time } UŦƇ
stablecoin-usd = ${ $n }
stablecoin-words-million = { $n } ḿiŀŀiooƞ ~
stablecoin-words-billion = { $n } ƀiŀŀiooƞ ~
stablecoin-words-trillion = { $n } ŧřiŀŀiooƞ ~~
stablecoin-words-ten-thousand = { $n } ŧeeƞ-ŧħoouuşaaƞḓ 
stablecoin-words-hundred-million = { $n } ħuuƞḓřeeḓ ḿiŀŀiooƞ ~~
stablecoin-moment-withdrawal = ŧħee ŀaařɠee ẇiŧħḓřaaẇaaŀ ƀeeɠiƞş: ~~~~  { $usd } ooƒ UŞŦ ŧoo ƀee şooŀḓ ooṽeeř ~~ { $hours } ħoouuřş
stablecoin-moment-halt = ŧħee ƈħaaiƞ ħaaŀŧş: ƞoo ḿoořee şẇaaƥş ŧħřoouuɠħ ŧħee ḿaařķeeŧ ḿooḓuuŀee ~~~~ ~~
stablecoin-moment-cap-raised = ɠooṽeeřƞaaƞƈee řaaişeeş ŧħee ḿiƞŧ ƈaaƥ (ƁaaşeeƤooooŀ ~~~ { $base } ŧoo { $raised_base } ŞḒŘ, ƤooooŀŘeeƈooṽeeřẏƤeeřiooḓ ~~ { $blocks } ŧoo { $raised_blocks } ƀŀooƈķş): ƈaaƥaaƈiŧẏ ~~~ { $before } ŧoo { $after } aa ḓaaẏ
stablecoin-moment-cap-lowered = ɠooṽeeřƞaaƞƈee ŀooẇeeřş ŧħee ḿiƞŧ ƈaaƥ (ƁaaşeeƤooooŀ ~~~ { $base } ŧoo { $raised_base } ŞḒŘ, ƤooooŀŘeeƈooṽeeřẏƤeeřiooḓ ~~ { $blocks } ŧoo { $raised_blocks } ƀŀooƈķş): ƈaaƥaaƈiŧẏ ~~~ { $before } ŧoo { $after } aa ḓaaẏ
stablecoin-moment-reserve-buys = ŧħee řeeşeeřṽee şŧaařŧş şeeŀŀiƞɠ ƁŦƇ ŧoo ƀuuẏ UŞŦ, ẇħiƈħ ŧřaaḓeeḓ ƀeeŀooẇ ~~~~ ~~~~ ~~ { $price }
stablecoin-moment-reserve-spent = ŧħee řeeşeeřṽee iş şƥeeƞŧ: aaŀŀ ~~~ { $btc } ƁŦƇ şooŀḓ ~~
stablecoin-moment-peg-lost = ŧħee ƥeeɠ ƀřeeaaķş: UŞŦ ƈŀooşeeş aa şŧeeƥ ƀeeŀooẇ $0.98, aaŧ ~~~~ ~~~ { $price }
stablecoin-moment-peg-back = UŞŦ iş ƀaaƈķ aaƀooṽee $0.99, aaŧ ~~~~  { $price }
stablecoin-moment-cap-used-up = ŧħee ḿiƞŧ ƈaaƥ ƀiƞḓş: aa şḿaaŀŀ řeeḓeeḿƥŧiooƞ ƞooẇ ƥaaẏş ḿoořee ŧħaaƞ ~~~~ ~~~~  { $pct }% şƥřeeaaḓ ~
stablecoin-moment-cap-free = ŧħee ḿiƞŧ ƈaaƥ ħaaş řooooḿ aaɠaaiƞ: uuƞḓeeř ~~~~ { $pct }% ooƒ iŧ uuşeeḓ ~
stablecoin-moment-below-one = ĿUȠA ƒaaŀŀş ƀeeŀooẇ $1, ŧoo ~~~~  { $price }
stablecoin-narr-when-may = { $date } (ḓaaẏ  { $day })
stablecoin-narr-when-day = Ḓaaẏ { $day }
stablecoin-narr-head = { $when }: UŞŦ ~ { $price }
stablecoin-narr-change = , { $change } { $window }
stablecoin-narr-last-hour = iƞ ŧħee ŀaaşŧ ħoouuř ~~
stablecoin-narr-since-start = şiƞƈee ŧħee şŧaařŧ ~~
stablecoin-narr-24-hours = iƞ 24 ħoouuřş ~~
stablecoin-narr-unchanged = uuƞƈħaaƞɠeeḓ 
stablecoin-narr-up = uuƥ { $c } ƈeeƞŧş 
stablecoin-narr-down = ḓooẇƞ  { $c } ƈeeƞŧş 
stablecoin-narr-no-change = ƞoo ƈħaaƞɠee 
stablecoin-narr-times = ×{ $x }
stablecoin-narr-plus = +{ $pct }%
stablecoin-narr-minus = −{ $pct }%
stablecoin-narr-luna = ; ĿUȠA ~~ { $price }; ĿUȠA şuuƥƥŀẏ ~~~~ { $supply }
stablecoin-narr-reserve-spent = ; řeeşeeřṽee şƥeeƞŧ ~
stablecoin-narr-reserve-untouched = ; řeeşeeřṽee uuƞŧoouuƈħeeḓ 
stablecoin-narr-reserve-under-1 = ; řeeşeeřṽee uuƞḓeeř 1% şƥeeƞŧ ~~~
stablecoin-narr-reserve-pct = ; řeeşeeřṽee  { $pct }% şƥeeƞŧ ~
stablecoin-narr-no-reserve = ; ƞoo řeeşeeřṽee 
stablecoin-narr-halted = ; ƈħaaiƞ ħaaŀŧeeḓ, ƞoo şẇaaƥş ~~~~
stablecoin-narr-moment = { $time }: { $text }
stablecoin-narr-stop = {"."}
stablecoin-narr-over = Ŧħee řuuƞ iş ooṽeeř. ~~
