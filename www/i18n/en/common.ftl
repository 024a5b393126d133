# Chain Lab: the shell, the classroom tools and the notices every page shares.
# English is the source catalog (docs/translating.md). Keys are grouped by where
# they are shown; `{ $x }` is an argument the code passes (numbers are formatted
# by the language's rules).

## The header, the navigation and the language menu
brand = Chain Lab
nav-label = Simulations
sim-consensus-nav = Sampling consensus
sim-rollup-nav = Optimistic rollup
sim-swap-nav = Atomic swap
sim-stablecoin-nav = Stablecoin
sim-validators-nav = Validators
lang-menu-label = Language
lang-problem = Some of this page could not be shown in your language ({ $why }); it is shown in English.

## Loading and missing pages
app-opening-playlist = Opening the playlist…
app-loading-page = Loading the page…
not-found-title = No such simulation yet
not-found-text = There is no page at { $path }.
not-found-link = See the simulations Chain Lab has
module-error-text = Each simulation comes as a file of its own ({ $file }), fetched the first time its page opens, and this one could not be loaded.
offline-hint = Offline? The app keeps each page it has opened; this one has not been opened online in this browser yet. Connect and try again.
try-again = Try again
other-simulations = Other simulations

## The keyboard help
help-button-title = Keyboard shortcuts (?)
help-title = Keyboard
help-key-space = Space
help-do-space = play or pause
help-key-next = → or Page Down
help-do-next = step one round (what presenter clickers send)
help-key-back = ← or Page Up
help-do-back = back one round (replays the run from its seed)
help-key-reset = R
help-do-reset = reset the run to round 0
help-key-views = 1 – 4
help-do-views = consensus page: switch view (network, compare, experiment, subnets)
help-key-help = ?
help-do-help = open this help
help-key-close = Esc
help-do-close = close this help
help-key-tab = Tab
help-do-tab = move between controls; Enter or Space activates
help-clicker = A presenter clicker's forward and back buttons send Page Down and Page Up: they step the simulation, or, in presenter mode with a playlist, move to the next or previous cue (the arrow keys still step).
close = Close

## Each page's explanation panel
explain-label = Explanation
