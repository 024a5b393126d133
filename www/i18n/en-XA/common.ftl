# Chain Lab: the shell, the classroom tools and the notices every page shares.
# English is the source catalog (docs/translating.md). Keys are grouped by where
# they are shown; `{ $x }` is an argument the code passes (numbers are formatted
# by the language's rules).

## The header, the navigation and the language menu
brand = Ƈħaaiƞ Ŀaaƀ~~
nav-label = Şiḿuuŀaaŧiooƞş~~
sim-consensus-nav = Şaaḿƥŀiƞɠ ƈooƞşeeƞşuuş~~~~
sim-rollup-nav = Oƥŧiḿişŧiƈ řooŀŀuuƥ~~~~~
sim-swap-nav = Aŧooḿiƈ şẇaaƥ~~~
sim-stablecoin-nav = Şŧaaƀŀeeƈooiƞ~
sim-validators-nav = Ṽaaŀiḓaaŧoořş~
lang-menu-label = Ŀaaƞɠuuaaɠee
lang-problem = Şooḿee ooƒ ŧħiş ƥaaɠee ƈoouuŀḓ ƞooŧ ƀee şħooẇƞ iƞ ẏoouuř ŀaaƞɠuuaaɠee (~~~~~~{ $why }); iŧ iş şħooẇƞ iƞ Eƞɠŀişħ.~~~~~~~~~~

## Loading and missing pages
app-opening-playlist = Oƥeeƞiƞɠ ŧħee ƥŀaaẏŀişŧ…~~~~~~
app-loading-page = Ŀooaaḓiƞɠ ŧħee ƥaaɠee…~~
not-found-title = Ƞoo şuuƈħ şiḿuuŀaaŧiooƞ ẏeeŧ~~~
not-found-text = Ŧħeeřee iş ƞoo ƥaaɠee aaŧ~~ { $path }.
not-found-link = Şeeee ŧħee şiḿuuŀaaŧiooƞş Ƈħaaiƞ Ŀaaƀ ħaaş~~~~~
module-error-text = Eaaƈħ şiḿuuŀaaŧiooƞ ƈooḿeeş aaş aa ƒiŀee ooƒ iŧş ooẇƞ (~~~~~~~{ $file }), ƒeeŧƈħeeḓ ŧħee ƒiřşŧ ŧiḿee iŧş ƥaaɠee ooƥeeƞş, aaƞḓ ŧħiş ooƞee ƈoouuŀḓ ƞooŧ ƀee ŀooaaḓeeḓ.~~~~~~~~~~~~
offline-hint = Oƒƒŀiƞee? Ŧħee aaƥƥ ķeeeeƥş eeaaƈħ ƥaaɠee iŧ ħaaş ooƥeeƞeeḓ; ŧħiş ooƞee ħaaş ƞooŧ ƀeeeeƞ ooƥeeƞeeḓ ooƞŀiƞee iƞ ŧħiş ƀřooẇşeeř ẏeeŧ. Ƈooƞƞeeƈŧ aaƞḓ ŧřẏ aaɠaaiƞ.~~~~~~~~~~~~~~~~~~~
try-again = Ŧřẏ aaɠaaiƞ~~
other-simulations = Oŧħeeř şiḿuuŀaaŧiooƞş~~~

## The keyboard help
help-button-title = Ķeeẏƀooaařḓ şħoořŧƈuuŧş (?)~~~~
help-title = Ķeeẏƀooaařḓ~
help-key-space = Şƥaaƈee
help-do-space = ƥŀaaẏ ooř ƥaauuşee~
help-key-next = → ooř Ƥaaɠee Ḓooẇƞ~~
help-do-next = şŧeeƥ ooƞee řoouuƞḓ (ẇħaaŧ ƥřeeşeeƞŧeeř ƈŀiƈķeeřş şeeƞḓ)~~~~~~~
help-key-back = ← ooř Ƥaaɠee Uƥ~~
help-do-back = ƀaaƈķ ooƞee řoouuƞḓ (řeeƥŀaaẏş ŧħee řuuƞ ƒřooḿ iŧş şeeeeḓ)~~~~~~~
help-key-reset = Ř
help-do-reset = řeeşeeŧ ŧħee řuuƞ ŧoo řoouuƞḓ 0~~~
help-key-views = 1 – 4~~
help-do-views = ƈooƞşeeƞşuuş ƥaaɠee: şẇiŧƈħ ṽieeẇ (ƞeeŧẇoořķ, ƈooḿƥaařee, eeẋƥeeřiḿeeƞŧ, şuuƀƞeeŧş)~~~~~~~~~~~
help-key-help = ?
help-do-help = ooƥeeƞ ŧħiş ħeeŀƥ~~~
help-key-close = Eşƈ
help-do-close = ƈŀooşee ŧħiş ħeeŀƥ~~~
help-key-tab = Ŧaaƀ
help-do-tab = ḿooṽee ƀeeŧẇeeeeƞ ƈooƞŧřooŀş; Eƞŧeeř ooř Şƥaaƈee aaƈŧiṽaaŧeeş~~~~~
help-clicker = A ƥřeeşeeƞŧeeř ƈŀiƈķeeř'ş ƒoořẇaařḓ aaƞḓ ƀaaƈķ ƀuuŧŧooƞş şeeƞḓ Ƥaaɠee Ḓooẇƞ aaƞḓ Ƥaaɠee Uƥ: ŧħeeẏ şŧeeƥ ŧħee şiḿuuŀaaŧiooƞ, ooř, iƞ ƥřeeşeeƞŧeeř ḿooḓee ẇiŧħ aa ƥŀaaẏŀişŧ, ḿooṽee ŧoo ŧħee ƞeeẋŧ ooř ƥřeeṽioouuş ƈuuee (ŧħee aařřooẇ ķeeẏş şŧiŀŀ şŧeeƥ).~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
close = Ƈŀooşee

## Each page's explanation panel
explain-label = Eẋƥŀaaƞaaŧiooƞ~~
