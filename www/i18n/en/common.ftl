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

## The time controls (every simulation page)
time-controls-label = Time controls
time-play = Play
time-pause = Pause
time-finished = Finished
time-play-title = Play or pause (Space)
time-back = Back
time-back-title = Back one { $unit } (Left arrow, Page Up)
time-step = Step
time-step-title = Step one { $unit } (Right arrow, Page Down)
time-reset = Reset
time-reset-title = Reset to the start (R)
time-speed = Speed
time-speed-max = as fast as possible
time-seed = Seed
time-seed-error = { $value } is not a seed: use a whole number from 0 to 18446744073709551615
time-new-seed = New seed
time-new-seed-title = Draw a new random seed
time-copy-link = Copy link
time-copy-link-title = Copy a link to this run at this moment
time-link-copied = Link copied
time-link-below = Link below
time-link-label = Link to this moment
notice-settings = Some settings in this link could not be used:
notice-dismiss = Dismiss

## What one step of a simulation is called (inserted into the time controls' texts)
unit-round = round
unit-run = run
unit-block = block
unit-epoch = epoch
unit-minute = minute
unit-hour = hour
unit-batch = batch
unit-step = step

## The classroom tools: the dock, the QR code, embedding, exports
dock-timeline = Timeline
dock-step-label = { $unit } { $step } of { $furthest } reached
dock-tools-label = Classroom tools
dock-qr = QR code
dock-qr-title = Show a QR code of this run for phones
dock-present = Present
dock-present-title = Projector theme, fullscreen, playlists
dock-tour = Guided tour
dock-embed = Embed
dock-embed-title = Put this simulation in your own page
qr-title = Open this run on your phone
qr-image-label = QR code of the link to this run
qr-too-long = This link is too long for a QR code.
qr-link-label = Link in the QR code
embed-title = Embed this simulation
embed-text = Paste this into your page. It opens at this moment, without the site's menus, starts when scrolled into view, and takes commands by postMessage (see docs/embed.md).
embed-code-label = Embed code
embed-copy = Copy embed code
embed-copied = Copied
embed-copy-by-hand = Select the code above and copy it
# The title of the <iframe> in the embed code ($sim: the simulation's route name, "swap").
embed-iframe-title = Chain Lab: { $sim } simulation
embed-footer = Chain Lab · open the full page
export-button = Export
export-files-failed = The data files could not be written: { $why }
export-gone = { $file } is no longer offered
export-save-failed = The file could not be saved: { $why }

## Presenter mode's bar
present-label = Presenter
present-back = Back one { $unit }
present-back-title = Back one { $unit } (Left arrow)
present-step = Step one { $unit }
present-step-title = Step one { $unit } (Right arrow)
present-reset = Reset to the start
present-step-label = { $unit } { $step }
present-fullscreen = Fullscreen
present-playlist = Playlist
present-playlist-none = none
present-playlist-file = from a file
present-playlist-unknown = not found: { $name }
present-open = Open file…
present-open-title = Open a playlist file
present-exit = Exit
present-exit-title = Exit presenter mode

## Playlists and guided tours, cue by cue
walk-position = { $title } · { $i } of { $n }
walk-predict = Predict, then run:
walk-right = Right.
walk-wrong = Not quite.
walk-run = Run
walk-show-answer = Show answer
walk-next = Next
walk-end-tour = End tour
walk-error = This playlist could not be used: { $why }

## Problems with a link's shell keys (embed, present, playlist, tour, cue, end, lang)
shell-not-on-off = { $key } = { $value } is not 0 or 1; taken as 1 (on)
shell-lang = lang = { $value } is not a language of Chain Lab ({ $tags }); using the browser's
shell-end = end = { $value } is not stop or loop; stopping at the first moment
shell-cue = cue = { $value } is not a cue number (0, 1, 2…); showing cue 0
shell-cue-past = cue = { $cue } is past this playlist's { $n } cues (0 to { $last }); showing the last
# A long value from a link, cut short for a notice.
query-clipped = { $start }… ({ $n } characters)

## Problems with a playlist file
playlist-not-json = not a playlist: { $why }
playlist-cue-count = a playlist has 1 to { $max } cues, this one { $n }
playlist-cue-sim = cue { $n }: sim { $sim } is not one of { $sims }
playlist-cue-seed = cue { $n }: seed = { $seed } is past { $max }, the largest whole number a browser keeps exactly
playlist-cue-at = cue { $n }: at = { $at } is past { $max }
playlist-cue-from = cue { $n }: from must not be after at
playlist-cue-params = cue { $n }: params is a query string like "n=400&k=20"
playlist-cue-param-key = cue { $n }: params must not set { $key } (use the cue's own fields)
playlist-cue-predict = cue { $n }: a prediction has 2 to 6 choices and an answer among them
playlist-unknown = there is no playlist called { $name }
playlist-untranslated = This playlist is not yet available in your language ({ $why }); it is shown in English.

## Errors
error-title = Something went wrong
error-text = The simulation hit an error it could not recover from. Your link is unchanged; you can reload it, or reset to the home page with default settings.
error-reload = Reload this link
error-reset = Reset to defaults
# $what: the picture, as the page names it ("history chart").
draw-failed = The { $what } could not be drawn: { $why }
export-empty = { $file } came out empty
codec-loading = Loading the batch poster's Brotli ({ $file }, about 460 KB); the run goes on meanwhile.
codec-failed = This page compresses every batch with real Brotli, which comes as a separate file ({ $file }, about 460 KB) the first time the page opens, and that file could not be loaded: { $why }

## Chart text (drawn on the canvases; `long|short`: the short form is drawn where the long one does not fit)
chart-prefer = prefer { $colour }
chart-mean-confidence = mean confidence / Beta
chart-finalised = finalised
chart-history-title = Honest nodes by preference, round by round
chart-history-x = round
chart-history-y = share of honest nodes|honest nodes
chart-histogram-title = Rounds to finality over { $n } runs
chart-histogram-empty = Press Play to start the runs
chart-histogram-none = No run has finalised yet
chart-histogram-x = rounds until every honest node finalised|rounds to finality
chart-histogram-y = runs
chart-balances-title = Who holds each leg of the swap
chart-balances-x-minutes = time since the start (minutes)|minutes
chart-balances-x-hours = time since the start (hours)|hours
chart-balances-y = share of the leg held|held
chart-alice-a = Alice on A (BTC)
chart-bob-a = Bob on A (BTC)
chart-alice-b = Alice on B (ETH)
chart-bob-b = Bob on B (ETH)
chart-held-all = { $wallet }: all
chart-held-none = { $wallet }: none
chart-held-part = { $wallet }: part
chart-sweep-title = L1 alone against the rollup, by offered load (log scales)|L1 alone against the rollup
chart-sweep-l1 = L1 alone (21,000 gas a transaction)|L1 alone
chart-sweep-rollup = rollup (batch data + 21,000 gas a batch)|rollup
chart-sweep-capacity = L1's capacity
chart-sweep-x = offered load, tx/s
chart-sweep-throughput = Transactions included (throughput)|throughput
chart-sweep-throughput-y = tx/s included
chart-sweep-cost = L1 cost per transaction
chart-sweep-cost-y = gwei per tx

## A link's settings that were not used as given ($key: the parameter, $value: as written)
query-more = and { $n } more settings in this link were not used as given
query-outside = { $key } = { $value } is outside { $lo }..{ $hi }; using the default, { $default }
query-not-whole = { $key } = { $value } is not a whole number from { $lo } to { $hi }; using the default, { $default }
query-not-number = { $key } = { $value } is not a number; using the default, { $default }
query-list-ignored = { $key }: ignored { $bad } (each entry must be a number from { $lo } to { $hi })
query-not-one-of = { $key } = { $value } is not one of { $names }; using the default, { $default }
query-unknown = unknown parameter { $key } ignored
