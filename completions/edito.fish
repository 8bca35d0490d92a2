# fish completion for edito, generated from its command model by `edito completion fish`.
# Install: edito completion fish > ~/.config/fish/completions/edito.fish

# The subcommand path typed so far, such as "ledger show".
function __edito_path
    set -l path
    for w in (commandline -opc)[2..-1]
        if contains -- "$path $w" ' validate' ' agenda' ' check' ' report' ' due' ' publish' ' ledger' ' ledger list' ' ledger show' ' ledger export' ' ledger resolve' ' ledger migrate' ' login' ' listen' ' mentions' ' mentions list' ' mentions show' ' mentions assign' ' mentions answer' ' mentions close' ' mentions reopen' ' mentions export' ' preview' ' init' ' schema' ' shell' ' completion' ' help'
            set path "$path $w"
        end
    end
    string trim -- "$path"
end

# True when the subcommand path typed so far is exactly the arguments.
function __edito_at
    set -l path (__edito_path)
    test "$path" = "$argv"
end

# Values of a kind (posts, channels, brands) from the calendar of the command line typed so far.
function __edito_values
    edito __complete $argv[1] -- (commandline -opc)[2..-1] 2>/dev/null
end

# The same for a comma-separated list: each value after what the word holds up to its last comma.
function __edito_values_split
    set -l head (string match -r -- '^.*,' (commandline -ct))
    for v in (__edito_values $argv[1])
        echo "$head$v"
    end
end

# True when the previous word is an option that takes a value: no positional completion then.
function __edito_after_value_option
    set -l words (commandline -opc)
    contains -- $words[-1] --as --as-of --at --brand --by --changed-since --channel --charter --color --compare --config --fail-on --fold --format --from --handle --history --html --import --jar --join-tolerance --kind --lang --languages --ledger --note --output --password-env --post --rank-by --reason --since --sla --source --status --target --text --to --top --type --tz --width --window -o
end

complete -c edito -f

# edito
complete -c edito -n '__edito_at; and not __edito_after_value_option' -a 'validate' -d 'Load edito.yaml (with every channel\'s publish: settings), the calendar and the charters and report every structural problem, with file:line:column'
complete -c edito -n '__edito_at; and not __edito_after_value_option' -a 'agenda' -d 'List the calendar\'s posts by time: a week-by-week view, JSON, Markdown or an iCalendar feed'
complete -c edito -n '__edito_at; and not __edito_after_value_option' -a 'check' -d 'Check every post against the brand charter and each network\'s rules'
complete -c edito -n '__edito_at; and not __edito_after_value_option' -a 'report' -d 'KPI summaries from the networks\' CSV exports (X, Meta, LinkedIn, YouTube, TikTok, Publer, the generic format, mappings), with targets that fail the run when missed'
complete -c edito -n '__edito_at; and not __edito_after_value_option' -a 'due' -d 'List the (post, channel) pairs that are due now and not yet published, those missed, and those tried and not sent (failed, unknown, pending: the ledger\'s to retry or report, however old)'
complete -c edito -n '__edito_at; and not __edito_after_value_option' -a 'publish' -d 'Publish every due (post, channel) pair exactly once, recording each outcome in the ledger'
complete -c edito -n '__edito_at; and not __edito_after_value_option' -a 'ledger' -d 'The publishing ledger: what was sent where, what failed, what is unknown'
complete -c edito -n '__edito_at; and not __edito_after_value_option' -a 'login' -d 'Log a channel in to its network (X, LinkedIn, Instagram, Threads, Facebook, TikTok) and save its token in the credentials file, or list where every channel\'s token comes from (--status)'
complete -c edito -n '__edito_at; and not __edito_after_value_option' -a 'listen' -d 'Read every listening source, store each new mention of the brand or a competitor once, classify it, and alert on spikes, complaint shares and terms'
complete -c edito -n '__edito_at; and not __edito_after_value_option' -a 'mentions' -d 'The mentions edito listen stored, as tickets: new, open (assigned), answered, closed'
complete -c edito -n '__edito_at; and not __edito_after_value_option' -a 'preview' -d 'Show each post as each network will show it: account, time, the text as the network displays it, the "… more" fold, media with alt text and crop, thread, first comment, length against the limit and the post\'s findings'
complete -c edito -n '__edito_at; and not __edito_after_value_option' -a 'init' -d 'Create a calendar repository: edito.yaml, a charter with every rule commented, calendar/ with one example post, GitHub Actions and GitLab CI pipelines (checks on pull requests, scheduled publishing that commits the ledger and the outbox back), the edito they run (.edito/edito.jar), a .gitignore and a pre-commit hook'
complete -c edito -n '__edito_at; and not __edito_after_value_option' -a 'schema' -d 'Print the JSON Schema (draft 2020-12) of a calendar file, a charter or edito.yaml, for editors that validate and complete YAML (VS Code with the YAML extension, IntelliJ)'
complete -c edito -n '__edito_at; and not __edito_after_value_option' -a 'shell' -d 'An interactive shell: type edito\'s commands without \'edito\' (check, agenda --channel x, preview winter-sale-launch...), with TAB completion of commands, options, post ids, channels and brands, and history (Up, Ctrl-R) kept between sessions'
complete -c edito -n '__edito_at; and not __edito_after_value_option' -a 'completion' -d 'Print the shell completion script for bash, zsh or fish: subcommands, options, fixed values, and post ids, channels and brands read from the calendar at TAB time'
complete -c edito -n '__edito_at; and not __edito_after_value_option' -a 'help' -d 'When no COMMAND is given, the usage help for the main command is displayed'
complete -c edito -n '__edito_at' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'
complete -c edito -n '__edito_at' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at' -l version -s V -d 'Print version information and exit'

# edito validate
complete -c edito -n '__edito_at validate' -l tz -x -d 'Time zone for local times, replacing the brand\'s (an IANA zone such as Europe/Paris)'
complete -c edito -n '__edito_at validate' -l format -x -a 'text json' -d 'text or json (default: text)'
complete -c edito -n '__edito_at validate' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at validate' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at validate' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at validate' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at validate' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at validate' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'
complete -c edito -n '__edito_at validate; and not __edito_after_value_option' -F -d 'PATH'

# edito agenda
complete -c edito -n '__edito_at agenda' -l tz -x -d 'Time zone for local times, replacing the brand\'s (an IANA zone such as Europe/Paris)'
complete -c edito -n '__edito_at agenda' -l from -x -d 'First day (or date and time) to include'
complete -c edito -n '__edito_at agenda' -l to -x -d 'Last day to include (a date includes the whole day, a date and time that minute)'
complete -c edito -n '__edito_at agenda' -l channel -x -a '(__edito_values_split channels)' -d 'Only posts on these channels (a network id: all its accounts)'
complete -c edito -n '__edito_at agenda' -l brand -x -a '(__edito_values_split brands)' -d 'Only these brands'
complete -c edito -n '__edito_at agenda' -l status -x -a 'draft review approved scheduled published cancelled' -d 'Only these statuses: draft, review, approved, scheduled, published, cancelled'
complete -c edito -n '__edito_at agenda' -l format -x -a 'text json markdown ics' -d 'text, json, markdown or ics (default: text)'
complete -c edito -n '__edito_at agenda' -l width -x -d 'Width of the text view (default: the terminal\'s)'
complete -c edito -n '__edito_at agenda' -l output -s o -r -F -d 'Write to FILE (atomically: whole or not at all; missing folders are created) instead of standard output'
complete -c edito -n '__edito_at agenda' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at agenda' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at agenda' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at agenda' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at agenda' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at agenda' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'
complete -c edito -n '__edito_at agenda; and not __edito_after_value_option' -F -d 'PATH'

# edito check
complete -c edito -n '__edito_at check' -l tz -x -d 'Time zone for local times, replacing the brand\'s (an IANA zone such as Europe/Paris)'
complete -c edito -n '__edito_at check' -l charter -r -F -d 'The charter (default: each brand\'s own, named by its charter: key)'
complete -c edito -n '__edito_at check' -l format -x -a 'text json sarif junit github checkstyle' -d 'text, json, sarif, junit, github or checkstyle (default: text)'
complete -c edito -n '__edito_at check' -l fail-on -x -a 'error warning info' -d 'Exit 1 on findings at or above: error, warning or info (default: error)'
complete -c edito -n '__edito_at check' -l from -x -d 'First day (or date and time) to include'
complete -c edito -n '__edito_at check' -l to -x -d 'Last day to include (a date includes the whole day, a date and time that minute)'
complete -c edito -n '__edito_at check' -l channel -x -a '(__edito_values_split channels)' -d 'Only posts on these channels (a network id: all its accounts)'
complete -c edito -n '__edito_at check' -l brand -x -a '(__edito_values_split brands)' -d 'Only these brands'
complete -c edito -n '__edito_at check' -l changed-since -x -d 'Only the posts a change since this git revision can affect: those of changed calendar files, those using a changed media file; every post of a brand whose charter changed; every post when edito.yaml or edito\'s network facts changed'
complete -c edito -n '__edito_at check' -l at -x -d 'Run as if it were TIME (2026-12-01 18:30 in the brand\'s time zone, or --tz\'s; 2026-12-01T18:30:00+01:00 or 2026-12-01T17:30Z with its offset); default: now'
complete -c edito -n '__edito_at check' -l output -s o -r -F -d 'Write to FILE (atomically: whole or not at all; missing folders are created) instead of standard output'
complete -c edito -n '__edito_at check' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at check' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at check' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at check' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at check' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at check' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'
complete -c edito -n '__edito_at check; and not __edito_after_value_option' -F -d 'PATH'

# edito report
complete -c edito -n '__edito_at report' -l no-calendar -d 'Do not read edito.yaml and the calendar (no zone, targets, mappings or plan vs actual from them)'
complete -c edito -n '__edito_at report' -l type -x -d 'Read every FILE as this export type instead of detecting it'
complete -c edito -n '__edito_at report' -l by -x -a 'network day week month type campaign pillar lang channel source kind competitor' -d 'Group by network, channel (the account), day, week, month, type, campaign, pillar, lang (comma-separated, in order); source, kind or competitor: the listening section\'s table (default source)'
complete -c edito -n '__edito_at report' -l from -x -d 'First day included (yyyy-MM-dd, or today, yesterday, tomorrow: the day of --as-of, in the brand\'s zone)'
complete -c edito -n '__edito_at report' -l to -x -d 'Last day included (yyyy-MM-dd, today, yesterday or tomorrow)'
complete -c edito -n '__edito_at report' -l compare -x -d 'Compare with the previous period of the same length (needs --from and --to)'
complete -c edito -n '__edito_at report' -l top -x -d 'List the top and bottom N posts'
complete -c edito -n '__edito_at report' -l rank-by -x -d 'What --top ranks on: engagements, engagement_rate, impressions, reach, clicks, ctr..'
complete -c edito -n '__edito_at report' -l target -x -d 'A target such as engagement_rate>=3%@instagram or response_rate>=99%; a missed target exits 1'
complete -c edito -n '__edito_at report' -l brand -x -a '(__edito_values brands)' -d 'The brand to report on, in a project of several (needed there): its accounts, zone, targets, mappings, mentions and planned posts'
complete -c edito -n '__edito_at report' -l tz -x -d 'The brand\'s time zone (default: the configured one, else the system\'s)'
complete -c edito -n '__edito_at report' -l as-of -x -d 'The day the report is made as of: dates written without a year (TikTok) are the latest such day on or before it, and planned posts due by its end should have metrics (default: today)'
complete -c edito -n '__edito_at report' -l strict -d 'Fail on the first malformed row instead of skipping and reporting it'
complete -c edito -n '__edito_at report' -l best-time -d 'Show the weekday x hour heatmap in text output (always in json and html)'
complete -c edito -n '__edito_at report' -l sla -x -d 'Community-care first-response target: 30m, 1h, 1h30m, 1d (default: 1h)'
complete -c edito -n '__edito_at report' -l join-tolerance -x -d 'Largest gap between planned and published time for a network+time match with the calendar (default: 30m)'
complete -c edito -n '__edito_at report' -l format -x -a 'text markdown json csv html' -d 'text, markdown, json, csv or html (default: text)'
complete -c edito -n '__edito_at report' -l output -s o -r -F -d 'Write to FILE (atomically: whole or not at all; missing folders are created) instead of standard output'
complete -c edito -n '__edito_at report' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at report' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at report' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at report' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at report' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at report' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'
complete -c edito -n '__edito_at report; and not __edito_after_value_option' -F -d 'FILE'

# edito due
complete -c edito -n '__edito_at due' -l tz -x -d 'Time zone for local times, replacing the brand\'s (an IANA zone such as Europe/Paris)'
complete -c edito -n '__edito_at due' -l at -x -d 'Run as if it were TIME (2026-12-01 18:30 in the brand\'s time zone, or --tz\'s; 2026-12-01T18:30:00+01:00 or 2026-12-01T17:30Z with its offset); default: now'
complete -c edito -n '__edito_at due' -l window -x -d 'Also list pairs due within DURATION after now (e.g. 2h)'
complete -c edito -n '__edito_at due' -l include-missed -d 'Count pairs older than the catch-up limit as due'
complete -c edito -n '__edito_at due' -l brand -x -a '(__edito_values_split brands)' -d 'Only these brands\' posts'
complete -c edito -n '__edito_at due' -l format -x -a 'text json' -d 'text or json (default: text)'
complete -c edito -n '__edito_at due' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at due' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at due' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at due' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at due' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at due' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'
complete -c edito -n '__edito_at due; and not __edito_after_value_option' -F -d 'PATH'

# edito publish
complete -c edito -n '__edito_at publish' -l tz -x -d 'Time zone for local times, replacing the brand\'s (an IANA zone such as Europe/Paris)'
complete -c edito -n '__edito_at publish' -l at -x -d 'Run as if it were TIME (2026-12-01 18:30 in the brand\'s time zone, or --tz\'s; 2026-12-01T18:30:00+01:00 or 2026-12-01T17:30Z with its offset); default: now'
complete -c edito -n '__edito_at publish' -l dry-run -d 'Say what would be sent; send nothing, write nothing, need no secrets'
complete -c edito -n '__edito_at publish' -l channel -x -a '(__edito_values_split channels)' -d 'Only these channels (a network id: all its accounts)'
complete -c edito -n '__edito_at publish' -l brand -x -a '(__edito_values_split brands)' -d 'Only these brands\' posts (an agency\'s cron line per brand)'
complete -c edito -n '__edito_at publish' -l post -x -a '(__edito_values_split posts)' -d 'Only these posts'
complete -c edito -n '__edito_at publish' -l include-missed -d 'Also publish pairs older than the catch-up limit (late)'
complete -c edito -n '__edito_at publish' -l retry-failed -d 'Retry pairs that failed for good or ran out of attempts'
complete -c edito -n '__edito_at publish' -l format -x -a 'text json' -d 'text or json (default: text)'
complete -c edito -n '__edito_at publish' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at publish' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at publish' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at publish' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at publish' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at publish' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'
complete -c edito -n '__edito_at publish; and not __edito_after_value_option' -F -d 'PATH'

# edito ledger
complete -c edito -n '__edito_at ledger; and not __edito_after_value_option' -a 'list' -d 'Every entry, oldest first'
complete -c edito -n '__edito_at ledger; and not __edito_after_value_option' -a 'show' -d 'One entry with its history'
complete -c edito -n '__edito_at ledger; and not __edito_after_value_option' -a 'export' -d 'The whole ledger as CSV (cells that a spreadsheet would run as formulas are neutralised) or JSON'
complete -c edito -n '__edito_at ledger; and not __edito_after_value_option' -a 'resolve' -d 'Record a person\'s decision on an entry whose outcome is unknown'
complete -c edito -n '__edito_at ledger; and not __edito_after_value_option' -a 'migrate' -d 'Copy the whole ledger (entries with their ids, history and notices) to another store'
complete -c edito -n '__edito_at ledger' -l ledger -r -F -d 'The ledger database (default: publishing.ledger from edito.yaml, else .edito/ledger.db)'
complete -c edito -n '__edito_at ledger' -l format -x -a 'text json csv' -d 'text, json or csv (default: text; csv: ledger export only, whose default it is)'
complete -c edito -n '__edito_at ledger' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at ledger' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at ledger' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at ledger' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at ledger' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at ledger' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'

# edito ledger list
complete -c edito -n '__edito_at ledger list' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at ledger list' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at ledger list' -l ledger -r -F -d 'The ledger database (default: publishing.ledger from edito.yaml, else .edito/ledger.db)'
complete -c edito -n '__edito_at ledger list' -l format -x -a 'text json csv' -d 'text, json or csv (default: text; csv: ledger export only, whose default it is)'
complete -c edito -n '__edito_at ledger list' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at ledger list' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at ledger list' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at ledger list' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'

# edito ledger show
complete -c edito -n '__edito_at ledger show' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at ledger show' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at ledger show' -l ledger -r -F -d 'The ledger database (default: publishing.ledger from edito.yaml, else .edito/ledger.db)'
complete -c edito -n '__edito_at ledger show' -l format -x -a 'text json csv' -d 'text, json or csv (default: text; csv: ledger export only, whose default it is)'
complete -c edito -n '__edito_at ledger show' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at ledger show' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at ledger show' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at ledger show' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'

# edito ledger export
complete -c edito -n '__edito_at ledger export' -l as -x -a 'csv json' -d 'csv or json (default: csv; --format json also gives JSON)'
complete -c edito -n '__edito_at ledger export' -l output -s o -r -F -d 'Write to FILE (atomically: whole or not at all; missing folders are created) instead of standard output'
complete -c edito -n '__edito_at ledger export' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at ledger export' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at ledger export' -l ledger -r -F -d 'The ledger database (default: publishing.ledger from edito.yaml, else .edito/ledger.db)'
complete -c edito -n '__edito_at ledger export' -l format -x -a 'text json csv' -d 'text, json or csv (default: text; csv: ledger export only, whose default it is)'
complete -c edito -n '__edito_at ledger export' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at ledger export' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at ledger export' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at ledger export' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'

# edito ledger resolve
complete -c edito -n '__edito_at ledger resolve' -l as -x -a 'sent failed' -d 'sent or failed'
complete -c edito -n '__edito_at ledger resolve' -l note -x -d 'Why (kept in the entry\'s history)'
complete -c edito -n '__edito_at ledger resolve' -l force -d 'Also overturn an entry that is sent or failed (sent as failed: the next publish run posts it again; failed as sent: edito never sends it)'
complete -c edito -n '__edito_at ledger resolve' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at ledger resolve' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at ledger resolve' -l ledger -r -F -d 'The ledger database (default: publishing.ledger from edito.yaml, else .edito/ledger.db)'
complete -c edito -n '__edito_at ledger resolve' -l format -x -a 'text json csv' -d 'text, json or csv (default: text; csv: ledger export only, whose default it is)'
complete -c edito -n '__edito_at ledger resolve' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at ledger resolve' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at ledger resolve' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at ledger resolve' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'

# edito ledger migrate
complete -c edito -n '__edito_at ledger migrate' -l to -x -d 'Where to copy to: a postgresql://USER@HOST:PORT/DATABASE URL (no password in it) or a file (default: the configured ledger)'
complete -c edito -n '__edito_at ledger migrate' -l from -x -d 'Where to copy from, the same way (default: the configured ledger)'
complete -c edito -n '__edito_at ledger migrate' -l password-env -x -d 'The variable holding the database password (default: publishing.ledger_password_env from edito.yaml)'
complete -c edito -n '__edito_at ledger migrate' -l force -d 'Replace the content of a target ledger that already has entries'
complete -c edito -n '__edito_at ledger migrate' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at ledger migrate' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at ledger migrate' -l ledger -r -F -d 'The ledger database (default: publishing.ledger from edito.yaml, else .edito/ledger.db)'
complete -c edito -n '__edito_at ledger migrate' -l format -x -a 'text json csv' -d 'text, json or csv (default: text; csv: ledger export only, whose default it is)'
complete -c edito -n '__edito_at ledger migrate' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at ledger migrate' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at ledger migrate' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at ledger migrate' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'

# edito login
complete -c edito -n '__edito_at login' -l brand -x -a '(__edito_values brands)' -d 'The brand whose channel it is (when several have it)'
complete -c edito -n '__edito_at login' -l no-browser -d 'Print the URL and read the redirected URL (or the code) pasted back'
complete -c edito -n '__edito_at login' -l status -d 'List every channel with publish settings: where its token comes from, owner, scopes, expiry (never a secret)'
complete -c edito -n '__edito_at login' -l format -x -a 'text json' -d 'text or json (default: text)'
complete -c edito -n '__edito_at login' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at login' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at login' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at login' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at login' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at login' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'

# edito listen
complete -c edito -n '__edito_at listen' -l tz -x -d 'Time zone for local times, replacing the brand\'s (an IANA zone such as Europe/Paris)'
complete -c edito -n '__edito_at listen' -l source -x -d 'Only these sources (their id)'
complete -c edito -n '__edito_at listen' -l at -x -d 'Run as if it were TIME (2026-12-01 18:30 in the brand\'s time zone, or --tz\'s; 2026-12-01T18:30:00+01:00 or 2026-12-01T17:30Z with its offset); default: now'
complete -c edito -n '__edito_at listen' -l import -r -F -d 'Read a listening tool\'s CSV export (or the community-care inbox export, --type inbox, or Google\'s reviews of the brand\'s places as JSON, --type reviews) into the store instead of the sources'
complete -c edito -n '__edito_at listen' -l type -x -a 'generic meltwater brandwatch brand24 mention talkwalker inbox reviews' -d 'The export\'s format: generic, meltwater, brandwatch, brand24, mention, talkwalker, inbox, reviews (default: generic)'
complete -c edito -n '__edito_at listen' -l brand -x -a '(__edito_values brands)' -d 'The brand whose listening: to use (when several brands have one)'
complete -c edito -n '__edito_at listen' -l format -x -a 'text json' -d 'text or json (default: text)'
complete -c edito -n '__edito_at listen' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at listen' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at listen' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at listen' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at listen' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at listen' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'
complete -c edito -n '__edito_at listen; and not __edito_after_value_option' -F -d 'PATH'

# edito mentions
complete -c edito -n '__edito_at mentions; and not __edito_after_value_option' -a 'list' -d 'The mentions the filters select, oldest first'
complete -c edito -n '__edito_at mentions; and not __edito_after_value_option' -a 'show' -d 'One mention with its history'
complete -c edito -n '__edito_at mentions; and not __edito_after_value_option' -a 'assign' -d 'Give a mention to someone (a new mention becomes open)'
complete -c edito -n '__edito_at mentions; and not __edito_after_value_option' -a 'answer' -d 'Record that a mention was answered (its first answer sets the first-response time)'
complete -c edito -n '__edito_at mentions; and not __edito_after_value_option' -a 'close' -d 'Close a mention\'s ticket'
complete -c edito -n '__edito_at mentions; and not __edito_after_value_option' -a 'reopen' -d 'Reopen a closed mention'
complete -c edito -n '__edito_at mentions; and not __edito_after_value_option' -a 'export' -d 'The mentions the filters select, as CSV (default here) or JSON, to stdout or a file'
complete -c edito -n '__edito_at mentions' -l tz -x -d 'Time zone for local times, replacing the brand\'s (an IANA zone such as Europe/Paris)'
complete -c edito -n '__edito_at mentions' -l brand -x -a '(__edito_values brands)' -d 'The brand whose listening: to use (when several brands have one)'
complete -c edito -n '__edito_at mentions' -l format -x -a 'text json csv' -d 'text, json or csv (default: text; export: csv, and csv or json only)'
complete -c edito -n '__edito_at mentions' -l status -x -a 'new open answered closed' -d 'Only mentions in this state: new, open, answered or closed'
complete -c edito -n '__edito_at mentions' -l kind -x -d 'Only this kind (complaint, praise..., other)'
complete -c edito -n '__edito_at mentions' -l source -x -d 'Only this source'
complete -c edito -n '__edito_at mentions' -l since -x -d 'Only mentions published (else found) at or after TIME (2026-12-01 18:30 in the brand\'s time zone, or --tz\'s; or with its offset, 2026-12-01T17:30Z)'
complete -c edito -n '__edito_at mentions' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at mentions' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at mentions' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at mentions' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at mentions' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at mentions' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'
complete -c edito -n '__edito_at mentions; and not __edito_after_value_option' -F -d 'PATH'

# edito mentions list
complete -c edito -n '__edito_at mentions list' -l status -x -a 'new open answered closed' -d 'Only mentions in this state: new, open, answered or closed'
complete -c edito -n '__edito_at mentions list' -l kind -x -d 'Only this kind (complaint, praise..., other)'
complete -c edito -n '__edito_at mentions list' -l source -x -d 'Only this source'
complete -c edito -n '__edito_at mentions list' -l since -x -d 'Only mentions published (else found) at or after TIME (2026-12-01 18:30 in the brand\'s time zone, or --tz\'s; or with its offset, 2026-12-01T17:30Z)'
complete -c edito -n '__edito_at mentions list' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at mentions list' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at mentions list' -l tz -x -d 'Time zone for local times, replacing the brand\'s (an IANA zone such as Europe/Paris)'
complete -c edito -n '__edito_at mentions list' -l brand -x -a '(__edito_values brands)' -d 'The brand whose listening: to use (when several brands have one)'
complete -c edito -n '__edito_at mentions list' -l format -x -a 'text json csv' -d 'text, json or csv (default: text; export: csv, and csv or json only)'
complete -c edito -n '__edito_at mentions list' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at mentions list' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at mentions list' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at mentions list' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'

# edito mentions show
complete -c edito -n '__edito_at mentions show' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at mentions show' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at mentions show' -l tz -x -d 'Time zone for local times, replacing the brand\'s (an IANA zone such as Europe/Paris)'
complete -c edito -n '__edito_at mentions show' -l brand -x -a '(__edito_values brands)' -d 'The brand whose listening: to use (when several brands have one)'
complete -c edito -n '__edito_at mentions show' -l format -x -a 'text json csv' -d 'text, json or csv (default: text; export: csv, and csv or json only)'
complete -c edito -n '__edito_at mentions show' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at mentions show' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at mentions show' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at mentions show' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'

# edito mentions assign
complete -c edito -n '__edito_at mentions assign' -l to -x -d 'Who handles it'
complete -c edito -n '__edito_at mentions assign' -l at -x -d 'Run as if it were TIME (2026-12-01 18:30 in the brand\'s time zone, or --tz\'s; 2026-12-01T18:30:00+01:00 or 2026-12-01T17:30Z with its offset); default: now'
complete -c edito -n '__edito_at mentions assign' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at mentions assign' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at mentions assign' -l tz -x -d 'Time zone for local times, replacing the brand\'s (an IANA zone such as Europe/Paris)'
complete -c edito -n '__edito_at mentions assign' -l brand -x -a '(__edito_values brands)' -d 'The brand whose listening: to use (when several brands have one)'
complete -c edito -n '__edito_at mentions assign' -l format -x -a 'text json csv' -d 'text, json or csv (default: text; export: csv, and csv or json only)'
complete -c edito -n '__edito_at mentions assign' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at mentions assign' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at mentions assign' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at mentions assign' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'

# edito mentions answer
complete -c edito -n '__edito_at mentions answer' -l by-hand -d 'It was answered elsewhere (on the network, by mail, by phone)'
complete -c edito -n '__edito_at mentions answer' -l text -x -d 'Post T as a reply to the mention\'s post through the brand\'s channel on its network (Mastodon, Bluesky), exactly once (recorded in the ledger)'
complete -c edito -n '__edito_at mentions answer' -l note -x -d 'What was answered (kept in the history)'
complete -c edito -n '__edito_at mentions answer' -l channel -x -a '(__edito_values channels)' -d 'With --text: the channel to answer from (when the brand has several on the mention\'s network)'
complete -c edito -n '__edito_at mentions answer' -l dry-run -d 'With --text: say what would be sent; send and record nothing'
complete -c edito -n '__edito_at mentions answer' -l retry-failed -d 'With --text: send again an answer that failed before, once its cause is fixed (a failed answer is not sent again otherwise)'
complete -c edito -n '__edito_at mentions answer' -l at -x -d 'Run as if it were TIME (2026-12-01 18:30 in the brand\'s time zone, or --tz\'s; 2026-12-01T18:30:00+01:00 or 2026-12-01T17:30Z with its offset); default: now'
complete -c edito -n '__edito_at mentions answer' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at mentions answer' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at mentions answer' -l tz -x -d 'Time zone for local times, replacing the brand\'s (an IANA zone such as Europe/Paris)'
complete -c edito -n '__edito_at mentions answer' -l brand -x -a '(__edito_values brands)' -d 'The brand whose listening: to use (when several brands have one)'
complete -c edito -n '__edito_at mentions answer' -l format -x -a 'text json csv' -d 'text, json or csv (default: text; export: csv, and csv or json only)'
complete -c edito -n '__edito_at mentions answer' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at mentions answer' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at mentions answer' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at mentions answer' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'

# edito mentions close
complete -c edito -n '__edito_at mentions close' -l reason -x -d 'Why (kept with the mention)'
complete -c edito -n '__edito_at mentions close' -l at -x -d 'Run as if it were TIME (2026-12-01 18:30 in the brand\'s time zone, or --tz\'s; 2026-12-01T18:30:00+01:00 or 2026-12-01T17:30Z with its offset); default: now'
complete -c edito -n '__edito_at mentions close' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at mentions close' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at mentions close' -l tz -x -d 'Time zone for local times, replacing the brand\'s (an IANA zone such as Europe/Paris)'
complete -c edito -n '__edito_at mentions close' -l brand -x -a '(__edito_values brands)' -d 'The brand whose listening: to use (when several brands have one)'
complete -c edito -n '__edito_at mentions close' -l format -x -a 'text json csv' -d 'text, json or csv (default: text; export: csv, and csv or json only)'
complete -c edito -n '__edito_at mentions close' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at mentions close' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at mentions close' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at mentions close' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'

# edito mentions reopen
complete -c edito -n '__edito_at mentions reopen' -l at -x -d 'Run as if it were TIME (2026-12-01 18:30 in the brand\'s time zone, or --tz\'s; 2026-12-01T18:30:00+01:00 or 2026-12-01T17:30Z with its offset); default: now'
complete -c edito -n '__edito_at mentions reopen' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at mentions reopen' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at mentions reopen' -l tz -x -d 'Time zone for local times, replacing the brand\'s (an IANA zone such as Europe/Paris)'
complete -c edito -n '__edito_at mentions reopen' -l brand -x -a '(__edito_values brands)' -d 'The brand whose listening: to use (when several brands have one)'
complete -c edito -n '__edito_at mentions reopen' -l format -x -a 'text json csv' -d 'text, json or csv (default: text; export: csv, and csv or json only)'
complete -c edito -n '__edito_at mentions reopen' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at mentions reopen' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at mentions reopen' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at mentions reopen' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'

# edito mentions export
complete -c edito -n '__edito_at mentions export' -l output -s o -r -F -d 'Write to FILE (atomically: whole or not at all; missing folders are created) instead of standard output'
complete -c edito -n '__edito_at mentions export' -l status -x -a 'new open answered closed' -d 'Only mentions in this state: new, open, answered or closed'
complete -c edito -n '__edito_at mentions export' -l kind -x -d 'Only this kind (complaint, praise..., other)'
complete -c edito -n '__edito_at mentions export' -l source -x -d 'Only this source'
complete -c edito -n '__edito_at mentions export' -l since -x -d 'Only mentions published (else found) at or after TIME (2026-12-01 18:30 in the brand\'s time zone, or --tz\'s; or with its offset, 2026-12-01T17:30Z)'
complete -c edito -n '__edito_at mentions export' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at mentions export' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at mentions export' -l tz -x -d 'Time zone for local times, replacing the brand\'s (an IANA zone such as Europe/Paris)'
complete -c edito -n '__edito_at mentions export' -l brand -x -a '(__edito_values brands)' -d 'The brand whose listening: to use (when several brands have one)'
complete -c edito -n '__edito_at mentions export' -l format -x -a 'text json csv' -d 'text, json or csv (default: text; export: csv, and csv or json only)'
complete -c edito -n '__edito_at mentions export' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at mentions export' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at mentions export' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at mentions export' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'

# edito preview
complete -c edito -n '__edito_at preview' -l from -x -d 'First day (or date and time) to include'
complete -c edito -n '__edito_at preview' -l to -x -d 'Last day to include (a date includes the whole day, a date and time that minute)'
complete -c edito -n '__edito_at preview' -l channel -x -a '(__edito_values_split channels)' -d 'Only posts on these channels (a network id: all its accounts)'
complete -c edito -n '__edito_at preview' -l brand -x -a '(__edito_values_split brands)' -d 'Only these brands'
complete -c edito -n '__edito_at preview' -l lang -x -d 'Only these languages'
complete -c edito -n '__edito_at preview' -l width -x -d 'Width of the cards (default: the terminal\'s)'
complete -c edito -n '__edito_at preview' -l fold -x -d 'Fold a network\'s text after N characters instead of its usual cut-off (0: never), e.g. linkedin=140 for LinkedIn on mobile'
complete -c edito -n '__edito_at preview' -l html -r -F -d 'Write one self-contained HTML page (mock-ups per network and a week grid) instead'
complete -c edito -n '__edito_at preview' -l watch -d 'With --html: write the page again whenever a calendar file changes, until Ctrl-C'
complete -c edito -n '__edito_at preview' -l tz -x -d 'Time zone for local times, replacing the brand\'s (an IANA zone such as Europe/Paris)'
complete -c edito -n '__edito_at preview' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at preview' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at preview' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at preview' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at preview' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at preview' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'
complete -c edito -n '__edito_at preview; and not __edito_after_value_option' -F -a '(__edito_values posts)' -d 'POST-ID|PATH'

# edito init
complete -c edito -n '__edito_at init' -l brand -x -a '(__edito_values brands)' -d 'The brand\'s id (default: made from the folder\'s name)'
complete -c edito -n '__edito_at init' -l tz -x -d 'The brand\'s time zone, an IANA zone such as Europe/Paris (default: the system\'s)'
complete -c edito -n '__edito_at init' -l languages -x -d 'The brand\'s languages, comma-separated, the first being a post\'s default (such as fr,ar,en; default: en)'
complete -c edito -n '__edito_at init' -l handle -x -d 'The account on a network of the project file (instagram, x, mastodon, bluesky, linkedin), checked against that network\'s rules; repeatable (default: made from the brand id)'
complete -c edito -n '__edito_at init' -l jar -r -F -d 'The edito jar the repository keeps as .edito/edito.jar, which the pipelines run (default: the running edito\'s own jar)'
complete -c edito -n '__edito_at init' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at init' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at init' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at init' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at init' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at init' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'
complete -c edito -n '__edito_at init; and not __edito_after_value_option' -F -d 'DIR'

# edito schema
complete -c edito -n '__edito_at schema' -l output -s o -r -F -d 'Write to FILE (atomically: whole or not at all; missing folders are created) instead of standard output'
complete -c edito -n '__edito_at schema' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at schema' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at schema' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at schema' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at schema' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at schema' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'
complete -c edito -n '__edito_at schema; and not __edito_after_value_option' -a 'calendar charter config' -d 'KIND'

# edito shell
complete -c edito -n '__edito_at shell' -l history -r -F -d 'Where history is kept (default: .edito_history in the home folder; none for commands piped in)'
complete -c edito -n '__edito_at shell' -l no-history -d 'Keep no history'
complete -c edito -n '__edito_at shell' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at shell' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at shell' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at shell' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at shell' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at shell' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'

# edito completion
complete -c edito -n '__edito_at completion' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at completion' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at completion' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at completion' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at completion' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at completion' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'
complete -c edito -n '__edito_at completion; and not __edito_after_value_option' -a 'bash zsh fish' -d 'SHELL'

# edito help
complete -c edito -n '__edito_at help' -l help -s h -d 'Show usage help for the help command and exit'
complete -c edito -n '__edito_at help' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at help' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at help' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at help' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'
complete -c edito -n '__edito_at help; and not __edito_after_value_option' -a 'validate agenda check report due publish ledger login listen mentions preview init schema shell completion' -d 'COMMAND'
