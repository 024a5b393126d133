# Chain Lab: the shell, the classroom tools and the notices every page shares.
# English is the source catalog (docs/translating.md). Keys are grouped by where
# they are shown; `{ $x }` is an argument the code passes (numbers are formatted
# by the language's rules).

## The header, the navigation and the language menu
brand = Ƈħaaiƞ Ŀaaƀ ~
nav-label = Şiḿuuŀaaŧiooƞş ~
sim-consensus-nav = Şaaḿƥŀiƞɠ ƈooƞşeeƞşuuş ~~~
sim-rollup-nav = Oƥŧiḿişŧiƈ řooŀŀuuƥ ~~~~
sim-swap-nav = Aŧooḿiƈ şẇaaƥ ~~
sim-stablecoin-nav = Şŧaaƀŀeeƈooiƞ 
sim-validators-nav = Ṽaaŀiḓaaŧoořş 
lang-menu-label = Ŀaaƞɠuuaaɠee
lang-problem = Şooḿee ooƒ ŧħiş ƥaaɠee ƈoouuŀḓ ƞooŧ ƀee şħooẇƞ iƞ ẏoouuř ŀaaƞɠuuaaɠee ( ~~~~ { $why }); iŧ iş şħooẇƞ iƞ Eƞɠŀişħ. ~~~~ ~~~~

## Loading and missing pages
app-opening-playlist = Oƥeeƞiƞɠ ŧħee ƥŀaaẏŀişŧ… ~~~~ 
app-loading-page = Ŀooaaḓiƞɠ ŧħee ƥaaɠee… ~
not-found-title = Ƞoo şuuƈħ şiḿuuŀaaŧiooƞ ẏeeŧ ~~
not-found-text = Ŧħeeřee iş ƞoo ƥaaɠee aaŧ ~ { $path }.
not-found-link = Şeeee ŧħee şiḿuuŀaaŧiooƞş Ƈħaaiƞ Ŀaaƀ ħaaş ~~~~
module-error-text = Eaaƈħ şiḿuuŀaaŧiooƞ ƈooḿeeş aaş aa ƒiŀee ooƒ iŧş ooẇƞ ( ~~~~ ~{ $file }), ƒeeŧƈħeeḓ ŧħee ƒiřşŧ ŧiḿee iŧş ƥaaɠee ooƥeeƞş, aaƞḓ ŧħiş ooƞee ƈoouuŀḓ ƞooŧ ƀee ŀooaaḓeeḓ. ~~~~ ~~~~ ~
offline-hint = Oƒƒŀiƞee? Ŧħee aaƥƥ ķeeeeƥş eeaaƈħ ƥaaɠee iŧ ħaaş ooƥeeƞeeḓ; ŧħiş ooƞee ħaaş ƞooŧ ƀeeeeƞ ooƥeeƞeeḓ ooƞŀiƞee iƞ ŧħiş ƀřooẇşeeř ẏeeŧ. Ƈooƞƞeeƈŧ aaƞḓ ŧřẏ aaɠaaiƞ. ~~~~ ~~~~ ~~~~ ~~~
try-again = Ŧřẏ aaɠaaiƞ ~
other-simulations = Oŧħeeř şiḿuuŀaaŧiooƞş ~~

## The keyboard help
help-button-title = Ķeeẏƀooaařḓ şħoořŧƈuuŧş (?) ~~~
help-title = Ķeeẏƀooaařḓ 
help-key-space = Şƥaaƈee
help-do-space = ƥŀaaẏ ooř ƥaauuşee 
help-key-next = → ooř Ƥaaɠee Ḓooẇƞ ~
help-do-next = şŧeeƥ ooƞee řoouuƞḓ (ẇħaaŧ ƥřeeşeeƞŧeeř ƈŀiƈķeeřş şeeƞḓ) ~~~~ ~
help-key-back = ← ooř Ƥaaɠee Uƥ ~
help-do-back = ƀaaƈķ ooƞee řoouuƞḓ (řeeƥŀaaẏş ŧħee řuuƞ ƒřooḿ iŧş şeeeeḓ) ~~~~ ~
help-key-reset = Ř
help-do-reset = řeeşeeŧ ŧħee řuuƞ ŧoo řoouuƞḓ 0 ~~
help-key-views = 1 – 4 ~
help-do-views = ƈooƞşeeƞşuuş ƥaaɠee: şẇiŧƈħ ṽieeẇ (ƞeeŧẇoořķ, ƈooḿƥaařee, eeẋƥeeřiḿeeƞŧ, şuuƀƞeeŧş) ~~~~ ~~~~ 
help-key-help = ?
help-do-help = ooƥeeƞ ŧħiş ħeeŀƥ ~~
help-key-close = Eşƈ
help-do-close = ƈŀooşee ŧħiş ħeeŀƥ ~~
help-key-tab = Ŧaaƀ
help-do-tab = ḿooṽee ƀeeŧẇeeeeƞ ƈooƞŧřooŀş; Eƞŧeeř ooř Şƥaaƈee aaƈŧiṽaaŧeeş ~~~~
help-clicker = A ƥřeeşeeƞŧeeř ƈŀiƈķeeř'ş ƒoořẇaařḓ aaƞḓ ƀaaƈķ ƀuuŧŧooƞş şeeƞḓ Ƥaaɠee Ḓooẇƞ aaƞḓ Ƥaaɠee Uƥ: ŧħeeẏ şŧeeƥ ŧħee şiḿuuŀaaŧiooƞ, ooř, iƞ ƥřeeşeeƞŧeeř ḿooḓee ẇiŧħ aa ƥŀaaẏŀişŧ, ḿooṽee ŧoo ŧħee ƞeeẋŧ ooř ƥřeeṽioouuş ƈuuee (ŧħee aařřooẇ ķeeẏş şŧiŀŀ şŧeeƥ). ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~~
close = Ƈŀooşee

## Each page's explanation panel
explain-label = Eẋƥŀaaƞaaŧiooƞ ~

## The time controls (every simulation page)
time-controls-label = Ŧiḿee ƈooƞŧřooŀş ~~
time-play = Ƥŀaaẏ 
time-pause = Ƥaauuşee
time-finished = Ƒiƞişħeeḓ ~~
time-play-title = Ƥŀaaẏ ooř ƥaauuşee (Şƥaaƈee) ~
time-back = Ɓaaƈķ 
time-back-title = Ɓaaƈķ ooƞee  { $unit } (Ŀeeƒŧ aařřooẇ, Ƥaaɠee Uƥ) ~~~
time-step = Şŧeeƥ 
time-step-title = Şŧeeƥ ooƞee  { $unit } (Řiɠħŧ aařřooẇ, Ƥaaɠee Ḓooẇƞ) ~~~~
time-reset = Řeeşeeŧ
time-reset-title = Řeeşeeŧ ŧoo ŧħee şŧaařŧ (Ř) ~~~
time-speed = Şƥeeeeḓ
time-speed-max = aaş ƒaaşŧ aaş ƥooşşiƀŀee ~~
time-seed = Şeeeeḓ
time-seed-error = { $value } iş ƞooŧ aa şeeeeḓ: uuşee aa ẇħooŀee ƞuuḿƀeeř ƒřooḿ 0 ŧoo 18446744073709551615 ~~~~ ~~~~ ~~
time-new-seed = Ƞeeẇ şeeeeḓ 
time-new-seed-title = Ḓřaaẇ aa ƞeeẇ řaaƞḓooḿ şeeeeḓ ~
time-copy-link = Ƈooƥẏ ŀiƞķ ~~
time-copy-link-title = Ƈooƥẏ aa ŀiƞķ ŧoo ŧħiş řuuƞ aaŧ ŧħiş ḿooḿeeƞŧ ~~~~ ~~~
time-link-copied = Ŀiƞķ ƈooƥieeḓ ~~
time-link-below = Ŀiƞķ ƀeeŀooẇ ~
time-link-label = Ŀiƞķ ŧoo ŧħiş ḿooḿeeƞŧ ~~~~
notice-settings = Şooḿee şeeŧŧiƞɠş iƞ ŧħiş ŀiƞķ ƈoouuŀḓ ƞooŧ ƀee uuşeeḓ: ~~~~ ~~~
notice-dismiss = Ḓişḿişş ~~

## What one step of a simulation is called (inserted into the time controls' texts)
unit-round = řoouuƞḓ
unit-run = řuuƞ
unit-block = ƀŀooƈķ 
unit-epoch = eeƥooƈħ
unit-minute = ḿiƞuuŧee 
unit-hour = ħoouuř
unit-batch = ƀaaŧƈħ 
unit-step = şŧeeƥ 

## The classroom tools: the dock, the QR code, embedding, exports
dock-timeline = Ŧiḿeeŀiƞee ~
dock-step-label = { $unit } { $step } ooƒ { $furthest } řeeaaƈħeeḓ
dock-tools-label = Ƈŀaaşşřooooḿ ŧooooŀş 
dock-qr = ɊŘ ƈooḓee 
dock-qr-title = Şħooẇ aa ɊŘ ƈooḓee ooƒ ŧħiş řuuƞ ƒooř ƥħooƞeeş ~~~~ 
dock-present = Ƥřeeşeeƞŧ 
dock-present-title = Ƥřooĵeeƈŧooř ŧħeeḿee, ƒuuŀŀşƈřeeeeƞ, ƥŀaaẏŀişŧş ~~~~ ~
dock-tour = Ɠuuiḓeeḓ ŧoouuř 
dock-embed = Eḿƀeeḓ 
dock-embed-title = Ƥuuŧ ŧħiş şiḿuuŀaaŧiooƞ iƞ ẏoouuř ooẇƞ ƥaaɠee ~~~~ 
qr-title = Oƥeeƞ ŧħiş řuuƞ ooƞ ẏoouuř ƥħooƞee ~~~
qr-image-label = ɊŘ ƈooḓee ooƒ ŧħee ŀiƞķ ŧoo ŧħiş řuuƞ ~~~~ ~
qr-too-long = Ŧħiş ŀiƞķ iş ŧoooo ŀooƞɠ ƒooř aa ɊŘ ƈooḓee. ~~~~ ~~
qr-link-label = Ŀiƞķ iƞ ŧħee ɊŘ ƈooḓee ~~~~
embed-title = Eḿƀeeḓ ŧħiş şiḿuuŀaaŧiooƞ ~~~~
embed-text = Ƥaaşŧee ŧħiş iƞŧoo ẏoouuř ƥaaɠee. Iŧ ooƥeeƞş aaŧ ŧħiş ḿooḿeeƞŧ, ẇiŧħoouuŧ ŧħee şiŧee'ş ḿeeƞuuş, şŧaařŧş ẇħeeƞ şƈřooŀŀeeḓ iƞŧoo ṽieeẇ, aaƞḓ ŧaaķeeş ƈooḿḿaaƞḓş ƀẏ ƥooşŧḾeeşşaaɠee (şeeee ḓooƈş/eeḿƀeeḓ.ḿḓ). ~~~~ ~~~~ ~~~~ ~~~~ ~~~~ ~~
embed-code-label = Eḿƀeeḓ ƈooḓee 
embed-copy = Ƈooƥẏ eeḿƀeeḓ ƈooḓee 
embed-copied = Ƈooƥieeḓ 
embed-copy-by-hand = Şeeŀeeƈŧ ŧħee ƈooḓee aaƀooṽee aaƞḓ ƈooƥẏ iŧ ~~~
# The title of the <iframe> in the embed code ($sim: the simulation's route name, "swap").
embed-iframe-title = Ƈħaaiƞ Ŀaaƀ: ~ { $sim } şiḿuuŀaaŧiooƞ 
embed-footer = Ƈħaaiƞ Ŀaaƀ · ooƥeeƞ ŧħee ƒuuŀŀ ƥaaɠee ~~~
export-button = Eẋƥoořŧ ~
export-files-failed = Ŧħee ḓaaŧaa ƒiŀeeş ƈoouuŀḓ ƞooŧ ƀee ẇřiŧŧeeƞ: ~~~~  { $why }
export-gone = { $file } iş ƞoo ŀooƞɠeeř ooƒƒeeřeeḓ ~
export-save-failed = Ŧħee ƒiŀee ƈoouuŀḓ ƞooŧ ƀee şaaṽeeḓ: ~~~ { $why }

## Presenter mode's bar
present-label = Ƥřeeşeeƞŧeeř 
present-back = Ɓaaƈķ ooƞee  { $unit }
present-back-title = Ɓaaƈķ ooƞee  { $unit } (Ŀeeƒŧ aařřooẇ) ~
present-step = Şŧeeƥ ooƞee  { $unit }
present-step-title = Şŧeeƥ ooƞee  { $unit } (Řiɠħŧ aařřooẇ) ~~~
present-reset = Řeeşeeŧ ŧoo ŧħee şŧaařŧ ~~
present-step-label = { $unit } { $step }
present-fullscreen = Ƒuuŀŀşƈřeeeeƞ 
present-playlist = Ƥŀaaẏŀişŧ ~~
present-playlist-none = ƞooƞee
present-playlist-file = ƒřooḿ aa ƒiŀee ~
present-playlist-unknown = ƞooŧ ƒoouuƞḓ:  { $name }
present-open = Oƥeeƞ ƒiŀee… ~
present-open-title = Oƥeeƞ aa ƥŀaaẏŀişŧ ƒiŀee ~~~
present-exit = Eẋiŧ ~
present-exit-title = Eẋiŧ ƥřeeşeeƞŧeeř ḿooḓee ~~

## Playlists and guided tours, cue by cue
walk-position = { $title } · { $i } ooƒ { $n }
walk-predict = Ƥřeeḓiƈŧ, ŧħeeƞ řuuƞ: ~~~~
walk-right = Řiɠħŧ. ~~
walk-wrong = Ƞooŧ ɋuuiŧee. 
walk-run = Řuuƞ
walk-show-answer = Şħooẇ aaƞşẇeeř ~
walk-next = Ƞeeẋŧ 
walk-end-tour = Eƞḓ ŧoouuř ~
walk-error = Ŧħiş ƥŀaaẏŀişŧ ƈoouuŀḓ ƞooŧ ƀee uuşeeḓ: ~~~~  { $why }

## Problems with a link's shell keys (embed, present, playlist, tour, cue, end, lang)
shell-not-on-off = { $key } = { $value } iş ƞooŧ 0 ooř 1; ŧaaķeeƞ aaş 1 (ooƞ) ~~~~ 
shell-lang = ŀaaƞɠ = ~ { $value } iş ƞooŧ aa ŀaaƞɠuuaaɠee ooƒ Ƈħaaiƞ Ŀaaƀ ( ~~~{ $tags }); uuşiƞɠ ŧħee ƀřooẇşeeř'ş ~~~~
shell-end = eeƞḓ =  { $value } iş ƞooŧ şŧooƥ ooř ŀooooƥ; şŧooƥƥiƞɠ aaŧ ŧħee ƒiřşŧ ḿooḿeeƞŧ ~~~~ ~~~~
shell-cue = ƈuuee = { $value } iş ƞooŧ aa ƈuuee ƞuuḿƀeeř (0, 1, 2…); şħooẇiƞɠ ƈuuee 0 ~~~~ ~~~
shell-cue-past = ƈuuee = { $cue } iş ƥaaşŧ ŧħiş ƥŀaaẏŀişŧ'ş ~~~~ ~~ { $n } ƈuueeş (0 ŧoo  { $last }); şħooẇiƞɠ ŧħee ŀaaşŧ ~~~~
# A long value from a link, cut short for a notice.
query-clipped = { $start }… ({ $n } ƈħaařaaƈŧeeřş) ~

## Problems with a playlist file
playlist-not-json = ƞooŧ aa ƥŀaaẏŀişŧ: ~~ { $why }
playlist-cue-count = aa ƥŀaaẏŀişŧ ħaaş 1 ŧoo ~~~ { $max } ƈuueeş, ŧħiş ooƞee ~ { $n }
playlist-cue-sim = ƈuuee { $n }: şiḿ ~ { $sim } iş ƞooŧ ooƞee ooƒ ~ { $sims }
playlist-cue-seed = ƈuuee { $n }: şeeeeḓ = ~ { $seed } iş ƥaaşŧ ~ { $max }, ŧħee ŀaařɠeeşŧ ẇħooŀee ƞuuḿƀeeř aa ƀřooẇşeeř ķeeeeƥş eeẋaaƈŧŀẏ ~~~~ 
playlist-cue-at = ƈuuee { $n }: aaŧ = ~ { $at } iş ƥaaşŧ ~ { $max }
playlist-cue-from = ƈuuee { $n }: ƒřooḿ ḿuuşŧ ƞooŧ ƀee aaƒŧeeř aaŧ ~~~
playlist-cue-params = ƈuuee { $n }: ƥaařaaḿş iş aa ɋuueeřẏ şŧřiƞɠ ŀiķee "ƞ=400&ķ=20" ~~~~ ~~~~ ~
playlist-cue-param-key = ƈuuee { $n }: ƥaařaaḿş ḿuuşŧ ƞooŧ şeeŧ ~~~ { $key } (uuşee ŧħee ƈuuee'ş ooẇƞ ƒieeŀḓş) ~~~
playlist-cue-predict = ƈuuee { $n }: aa ƥřeeḓiƈŧiooƞ ħaaş 2 ŧoo 6 ƈħooiƈeeş aaƞḓ aaƞ aaƞşẇeeř aaḿooƞɠ ŧħeeḿ ~~~~ ~~~~
playlist-unknown = ŧħeeřee iş ƞoo ƥŀaaẏŀişŧ ƈaaŀŀeeḓ ~~~~ { $name }
playlist-untranslated = Ŧħiş ƥŀaaẏŀişŧ iş ƞooŧ ẏeeŧ aaṽaaiŀaaƀŀee iƞ ẏoouuř ŀaaƞɠuuaaɠee ( ~~~~ ~~~{ $why }); iŧ iş şħooẇƞ iƞ Eƞɠŀişħ. ~~~~ ~~~~

## Errors
error-title = Şooḿeeŧħiƞɠ ẇeeƞŧ ẇřooƞɠ ~~~
error-text = Ŧħee şiḿuuŀaaŧiooƞ ħiŧ aaƞ eeřřooř iŧ ƈoouuŀḓ ƞooŧ řeeƈooṽeeř ƒřooḿ. Ẏoouuř ŀiƞķ iş uuƞƈħaaƞɠeeḓ; ẏoouu ƈaaƞ řeeŀooaaḓ iŧ, ooř řeeşeeŧ ŧoo ŧħee ħooḿee ƥaaɠee ẇiŧħ ḓeeƒaauuŀŧ şeeŧŧiƞɠş. ~~~~ ~~~~ ~~~~ ~~~~ 
error-reload = Řeeŀooaaḓ ŧħiş ŀiƞķ ~~~
error-reset = Řeeşeeŧ ŧoo ḓeeƒaauuŀŧş 
# $what: the picture, as the page names it ("history chart").
draw-failed = Ŧħee { $what } ƈoouuŀḓ ƞooŧ ƀee ḓřaaẇƞ: ~~ { $why }
export-empty = { $file } ƈaaḿee oouuŧ eeḿƥŧẏ 
codec-loading = Ŀooaaḓiƞɠ ŧħee ƀaaŧƈħ ƥooşŧeeř'ş Ɓřooŧŀi ( ~~~~ ~{ $file }, aaƀoouuŧ 460 ĶƁ); ŧħee řuuƞ ɠooeeş ooƞ ḿeeaaƞẇħiŀee. ~~~~ ~
codec-failed = Ŧħiş ƥaaɠee ƈooḿƥřeeşşeeş eeṽeeřẏ ƀaaŧƈħ ẇiŧħ řeeaaŀ Ɓřooŧŀi, ẇħiƈħ ƈooḿeeş aaş aa şeeƥaařaaŧee ƒiŀee ( ~~~~ ~~~~ ~~~{ $file }, aaƀoouuŧ 460 ĶƁ) ŧħee ƒiřşŧ ŧiḿee ŧħee ƥaaɠee ooƥeeƞş, aaƞḓ ŧħaaŧ ƒiŀee ƈoouuŀḓ ƞooŧ ƀee ŀooaaḓeeḓ: ~~~~ ~~~~ ~~ { $why }

## Chart text (drawn on the canvases; `long|short`: the short form is drawn where the long one does not fit)
chart-prefer = ƥřeeƒeeř  { $colour }
chart-mean-confidence = ḿeeaaƞ ƈooƞƒiḓeeƞƈee / Ɓeeŧaa ~
chart-finalised = ƒiƞaaŀişeeḓ ~
chart-history-title = Ħooƞeeşŧ ƞooḓeeş ƀẏ ƥřeeƒeeřeeƞƈee, řoouuƞḓ ƀẏ řoouuƞḓ ~~~~
chart-history-x = řoouuƞḓ
chart-history-y = şħaařee ooƒ ħooƞeeşŧ ƞooḓeeş|ħooƞeeşŧ ƞooḓeeş ~~
chart-histogram-title = Řoouuƞḓş ŧoo ƒiƞaaŀiŧẏ ooṽeeř ~~~ { $n } řuuƞş 
chart-histogram-empty = Ƥřeeşş Ƥŀaaẏ ŧoo şŧaařŧ ŧħee řuuƞş ~~~~ 
chart-histogram-none = Ƞoo řuuƞ ħaaş ƒiƞaaŀişeeḓ ẏeeŧ ~~~
chart-histogram-x = řoouuƞḓş uuƞŧiŀ eeṽeeřẏ ħooƞeeşŧ ƞooḓee ƒiƞaaŀişeeḓ|řoouuƞḓş ŧoo ƒiƞaaŀiŧẏ ~~~~ ~~~
chart-histogram-y = řuuƞş 
chart-balances-title = Ẇħoo ħooŀḓş eeaaƈħ ŀeeɠ ooƒ ŧħee şẇaaƥ ~~~
chart-balances-x-minutes = ŧiḿee şiƞƈee ŧħee şŧaařŧ (ḿiƞuuŧeeş)|ḿiƞuuŧeeş ~~~~ ~~
chart-balances-x-hours = ŧiḿee şiƞƈee ŧħee şŧaařŧ (ħoouuřş)|ħoouuřş ~~~~ 
chart-balances-y = şħaařee ooƒ ŧħee ŀeeɠ ħeeŀḓ|ħeeŀḓ ~~~
chart-alice-a = Aŀiƈee ooƞ A (ƁŦƇ) ~~~~
chart-bob-a = Ɓooƀ ooƞ A (ƁŦƇ) ~~~
chart-alice-b = Aŀiƈee ooƞ Ɓ (EŦĦ) ~~~~
chart-bob-b = Ɓooƀ ooƞ Ɓ (EŦĦ) ~~~
chart-held-all = { $wallet }: aaŀŀ 
chart-held-none = { $wallet }: ƞooƞee 
chart-held-part = { $wallet }: ƥaařŧ ~
chart-sweep-title = Ŀ1 aaŀooƞee aaɠaaiƞşŧ ŧħee řooŀŀuuƥ, ƀẏ ooƒƒeeřeeḓ ŀooaaḓ (ŀooɠ şƈaaŀeeş)|Ŀ1 aaŀooƞee aaɠaaiƞşŧ ŧħee řooŀŀuuƥ ~~~~ ~~~~
chart-sweep-l1 = Ŀ1 aaŀooƞee (21,000 ɠaaş aa ŧřaaƞşaaƈŧiooƞ)|Ŀ1 aaŀooƞee ~~~~ ~
chart-sweep-rollup = řooŀŀuuƥ (ƀaaŧƈħ ḓaaŧaa + 21,000 ɠaaş aa ƀaaŧƈħ)|řooŀŀuuƥ ~~~~ ~~~
chart-sweep-capacity = Ŀ1'ş ƈaaƥaaƈiŧẏ ~~~
chart-sweep-x = ooƒƒeeřeeḓ ŀooaaḓ, ŧẋ/ş ~~
chart-sweep-throughput = Ŧřaaƞşaaƈŧiooƞş iƞƈŀuuḓeeḓ (ŧħřoouuɠħƥuuŧ)|ŧħřoouuɠħƥuuŧ ~~~~ ~
chart-sweep-throughput-y = ŧẋ/ş iƞƈŀuuḓeeḓ ~~~
chart-sweep-cost = Ŀ1 ƈooşŧ ƥeeř ŧřaaƞşaaƈŧiooƞ ~~~~
chart-sweep-cost-y = ɠẇeei ƥeeř ŧẋ ~~

## A link's settings that were not used as given ($key: the parameter, $value: as written)
query-more = aaƞḓ { $n } ḿoořee şeeŧŧiƞɠş iƞ ŧħiş ŀiƞķ ẇeeřee ƞooŧ uuşeeḓ aaş ɠiṽeeƞ ~~~~ ~~~~
query-outside = { $key } = { $value } iş oouuŧşiḓee  { $lo }..{ $hi }; uuşiƞɠ ŧħee ḓeeƒaauuŀŧ, ~~ { $default }
query-not-whole = { $key } = { $value } iş ƞooŧ aa ẇħooŀee ƞuuḿƀeeř ƒřooḿ ~~~ { $lo } ŧoo { $hi }; uuşiƞɠ ŧħee ḓeeƒaauuŀŧ, ~~ { $default }
query-not-number = { $key } = { $value } iş ƞooŧ aa ƞuuḿƀeeř; uuşiƞɠ ŧħee ḓeeƒaauuŀŧ, ~~~~ { $default }
query-list-ignored = { $key }: iɠƞoořeeḓ ~ { $bad } (eeaaƈħ eeƞŧřẏ ḿuuşŧ ƀee aa ƞuuḿƀeeř ƒřooḿ ~~~~ { $lo } ŧoo { $hi })
query-not-one-of = { $key } = { $value } iş ƞooŧ ooƞee ooƒ ~ { $names }; uuşiƞɠ ŧħee ḓeeƒaauuŀŧ, ~~ { $default }
query-unknown = uuƞķƞooẇƞ ƥaařaaḿeeŧeeř  { $key } iɠƞoořeeḓ 
