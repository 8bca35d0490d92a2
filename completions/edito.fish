# fish completion for edito, generated from its command model by `edito completion fish`.
# Install: edito completion fish > ~/.config/fish/completions/edito.fish

# The subcommand path typed so far, such as "ledger show".
function __edito_path
    set -l path
    for w in (commandline -opc)[2..-1]
        if contains -- "$path $w" ' validate' ' agenda' ' check' ' report' ' due' ' publish' ' ledger' ' ledger list' ' ledger show' ' ledger export' ' ledger resolve' ' ledger migrate' ' preview' ' init' ' schema' ' shell' ' completion' ' help'
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

# True when the previous word is an option that takes a value: no positional completion then.
function __edito_after_value_option
    set -l words (commandline -opc)
    contains -- $words[-1] --as --as-of --at --brand --by --changed-since --channel --charter --color --compare --config --fail-on --fold --format --from --history --html --join-tolerance --lang --ledger --note --now --output --password-env --post --rank-by --sla --status --target --to --top --type --tz --width --window -o
end

complete -c edito -f

# edito
complete -c edito -n '__edito_at; and not __edito_after_value_option' -a 'validate' -d 'Load edito.yaml (with every channel\'s publish: settings), the calendar and the charters and report every structural problem, with file:line:column'
complete -c edito -n '__edito_at; and not __edito_after_value_option' -a 'agenda' -d 'List the calendar\'s posts by time: a week-by-week view, JSON, Markdown or an iCalendar feed'
complete -c edito -n '__edito_at; and not __edito_after_value_option' -a 'check' -d 'Check every post against the brand charter and each network\'s rules'
complete -c edito -n '__edito_at; and not __edito_after_value_option' -a 'report' -d 'KPI summaries from the networks\' CSV exports (X, Meta, LinkedIn, YouTube, TikTok, Publer, the generic format, mappings), with targets that fail the run when missed'
complete -c edito -n '__edito_at; and not __edito_after_value_option' -a 'due' -d 'List the (post, channel) pairs that are due now and not yet published, and those missed'
complete -c edito -n '__edito_at; and not __edito_after_value_option' -a 'publish' -d 'Publish every due (post, channel) pair exactly once, recording each outcome in the ledger'
complete -c edito -n '__edito_at; and not __edito_after_value_option' -a 'ledger' -d 'The publishing ledger: what was sent where, what failed, what is unknown'
complete -c edito -n '__edito_at; and not __edito_after_value_option' -a 'preview' -d 'Show each post as each network will show it: account, time, the text as the network displays it, the "… more" fold, media with alt text and crop, thread, first comment, length against the limit and the post\'s findings'
complete -c edito -n '__edito_at; and not __edito_after_value_option' -a 'init' -d 'Create a calendar repository: edito.yaml, a charter with every rule commented, calendar/ with one example post, GitHub Actions and GitLab CI pipelines (checks on pull requests, scheduled publishing), a pre-commit hook and a .gitignore'
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
complete -c edito -n '__edito_at agenda' -l to -x -d 'Last day to include (a date includes the whole day)'
complete -c edito -n '__edito_at agenda' -l channel -x -a '(__edito_values channels)' -d 'Only posts on these networks'
complete -c edito -n '__edito_at agenda' -l brand -x -a '(__edito_values brands)' -d 'Only these brands'
complete -c edito -n '__edito_at agenda' -l status -x -a 'DRAFT REVIEW APPROVED SCHEDULED PUBLISHED CANCELLED' -d 'Only these statuses: DRAFT, REVIEW, APPROVED, SCHEDULED, PUBLISHED, CANCELLED'
complete -c edito -n '__edito_at agenda' -l format -x -a 'text json markdown ics' -d 'text, json, markdown or ics (default: text)'
complete -c edito -n '__edito_at agenda' -l width -x -d 'Width of the text view (default: the terminal\'s)'
complete -c edito -n '__edito_at agenda' -l output -s o -r -F -d 'Write to FILE (atomically) instead of stdout'
complete -c edito -n '__edito_at agenda' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at agenda' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at agenda' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at agenda' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at agenda' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at agenda' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'
complete -c edito -n '__edito_at agenda; and not __edito_after_value_option' -F -d 'PATH'

# edito check
complete -c edito -n '__edito_at check' -l tz -x -d 'Time zone for local times, replacing the brand\'s (an IANA zone such as Europe/Paris)'
complete -c edito -n '__edito_at check' -l charter -r -F -d 'The charter (default: each brand\'s charter: in edito.yaml)'
complete -c edito -n '__edito_at check' -l format -x -a 'text json sarif junit github checkstyle' -d 'text, json, sarif, junit, github or checkstyle (default: text)'
complete -c edito -n '__edito_at check' -l fail-on -x -d 'Exit 1 on findings at or above: error, warning or info (default: error)'
complete -c edito -n '__edito_at check' -l from -x -d 'First day (or date and time) to include'
complete -c edito -n '__edito_at check' -l to -x -d 'Last day to include (a date includes the whole day)'
complete -c edito -n '__edito_at check' -l channel -x -a '(__edito_values channels)' -d 'Only posts on these networks'
complete -c edito -n '__edito_at check' -l brand -x -a '(__edito_values brands)' -d 'Only these brands'
complete -c edito -n '__edito_at check' -l changed-since -x -d 'Only the posts a change since this git revision can affect: those of changed calendar files, those using a changed media file; every post of a brand whose charter changed; every post when edito.yaml or edito\'s network facts changed'
complete -c edito -n '__edito_at check' -l now -x -d 'Check as if it were TIME (with an offset or Z, e.g. 2026-11-30T09:00:00Z), for reproducible runs'
complete -c edito -n '__edito_at check' -l output -s o -r -F -d 'Write the report to FILE (atomically) instead of stdout'
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
complete -c edito -n '__edito_at report' -l by -x -d 'Group by network, day, week, month, type, campaign, pillar, lang (comma-separated, in order)'
complete -c edito -n '__edito_at report' -l from -x -d 'First day included (yyyy-MM-dd, brand\'s zone)'
complete -c edito -n '__edito_at report' -l to -x -d 'Last day included (yyyy-MM-dd, brand\'s zone)'
complete -c edito -n '__edito_at report' -l compare -x -d 'Compare with the previous period of the same length (needs --from and --to)'
complete -c edito -n '__edito_at report' -l top -x -d 'List the top and bottom N posts'
complete -c edito -n '__edito_at report' -l rank-by -x -d 'What --top ranks on: engagements, engagement_rate, impressions, reach, clicks, ctr..'
complete -c edito -n '__edito_at report' -l target -x -d 'A target such as engagement_rate>=3%@instagram or response_rate>=99%; a missed target exits 1'
complete -c edito -n '__edito_at report' -l tz -x -d 'The brand\'s time zone (default: the configured one, else the system\'s)'
complete -c edito -n '__edito_at report' -l as-of -x -d 'The day the report is made as of: dates written without a year (TikTok) are the latest such day on or before it, and planned posts due by its end should have metrics (default: today)'
complete -c edito -n '__edito_at report' -l strict -d 'Fail on the first malformed row instead of skipping and reporting it'
complete -c edito -n '__edito_at report' -l best-time -d 'Show the weekday x hour heatmap in text output (always in json and html)'
complete -c edito -n '__edito_at report' -l sla -x -d 'Community-care first-response target: 30m, 1h, 1h30m, 1d (default: 1h)'
complete -c edito -n '__edito_at report' -l join-tolerance -x -d 'Largest gap between planned and published time for a network+time match with the calendar (default: 30m)'
complete -c edito -n '__edito_at report' -l format -x -a 'text markdown json csv html' -d 'text, markdown, json, csv or html (default: text)'
complete -c edito -n '__edito_at report' -l output -s o -r -F -d 'Write the report to FILE (atomically) instead of standard output'
complete -c edito -n '__edito_at report' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at report' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at report' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at report' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at report' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at report' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'
complete -c edito -n '__edito_at report; and not __edito_after_value_option' -F -d 'FILE'

# edito due
complete -c edito -n '__edito_at due' -l tz -x -d 'Time zone for local times, replacing the brand\'s (an IANA zone such as Europe/Paris)'
complete -c edito -n '__edito_at due' -l at -x -d 'Act as if it were TIME (ISO-8601 with offset or Z); default: now'
complete -c edito -n '__edito_at due' -l window -x -d 'Also list pairs due within DURATION after now (e.g. 2h)'
complete -c edito -n '__edito_at due' -l include-missed -d 'Count pairs older than the catch-up limit as due'
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
complete -c edito -n '__edito_at publish' -l at -x -d 'Run as if it were TIME (ISO-8601 with offset or Z): due pairs, retry times and the times recorded in the ledger follow it; default: now'
complete -c edito -n '__edito_at publish' -l dry-run -d 'Say what would be sent; send nothing, write nothing, need no secrets'
complete -c edito -n '__edito_at publish' -l channel -x -a '(__edito_values channels)' -d 'Only these networks'
complete -c edito -n '__edito_at publish' -l post -x -a '(__edito_values posts)' -d 'Only these posts'
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
complete -c edito -n '__edito_at ledger; and not __edito_after_value_option' -a 'resolve' -d 'Record a person\'s decision on an entry whose outcome is unknown: --as sent: it was published, never send it again; --as failed: it was not, the next publish run sends it'
complete -c edito -n '__edito_at ledger; and not __edito_after_value_option' -a 'migrate' -d 'Copy the whole ledger (entries with their ids, history and notices) to another store: --to a PostgreSQL database from the configured ledger, or --from one back into it'
complete -c edito -n '__edito_at ledger' -l ledger -r -F -d 'The ledger database (default: publishing.ledger from edito.yaml, else .edito/ledger.db)'
complete -c edito -n '__edito_at ledger' -l format -x -a 'text json' -d 'text or json (default: text)'
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
complete -c edito -n '__edito_at ledger list' -l format -x -a 'text json' -d 'text or json (default: text)'
complete -c edito -n '__edito_at ledger list' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at ledger list' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at ledger list' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at ledger list' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'

# edito ledger show
complete -c edito -n '__edito_at ledger show' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at ledger show' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at ledger show' -l ledger -r -F -d 'The ledger database (default: publishing.ledger from edito.yaml, else .edito/ledger.db)'
complete -c edito -n '__edito_at ledger show' -l format -x -a 'text json' -d 'text or json (default: text)'
complete -c edito -n '__edito_at ledger show' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at ledger show' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at ledger show' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at ledger show' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'

# edito ledger export
complete -c edito -n '__edito_at ledger export' -l as -x -a 'csv json' -d 'csv or json (default: csv)'
complete -c edito -n '__edito_at ledger export' -l output -s o -r -F -d 'Write to FILE instead of stdout'
complete -c edito -n '__edito_at ledger export' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at ledger export' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at ledger export' -l ledger -r -F -d 'The ledger database (default: publishing.ledger from edito.yaml, else .edito/ledger.db)'
complete -c edito -n '__edito_at ledger export' -l format -x -a 'text json' -d 'text or json (default: text)'
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
complete -c edito -n '__edito_at ledger resolve' -l format -x -a 'text json' -d 'text or json (default: text)'
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
complete -c edito -n '__edito_at ledger migrate' -l format -x -a 'text json' -d 'text or json (default: text)'
complete -c edito -n '__edito_at ledger migrate' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at ledger migrate' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at ledger migrate' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at ledger migrate' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'

# edito preview
complete -c edito -n '__edito_at preview' -l channel -x -a '(__edito_values channels)' -d 'Only these networks'
complete -c edito -n '__edito_at preview' -l lang -x -d 'Only these languages'
complete -c edito -n '__edito_at preview' -l from -x -d 'First day (or date and time) to show'
complete -c edito -n '__edito_at preview' -l to -x -d 'Last day to show (a date includes the whole day)'
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
complete -c edito -n '__edito_at init' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at init' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at init' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at init' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at init' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at init' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'
complete -c edito -n '__edito_at init; and not __edito_after_value_option' -F -d 'DIR'

# edito schema
complete -c edito -n '__edito_at schema' -l output -s o -r -F -d 'Write to FILE (atomically) instead of stdout'
complete -c edito -n '__edito_at schema' -l help -s h -d 'Show this help message and exit'
complete -c edito -n '__edito_at schema' -l version -s V -d 'Print version information and exit'
complete -c edito -n '__edito_at schema' -l stacktrace -d 'Print the stack trace of an error (for bug reports)'
complete -c edito -n '__edito_at schema' -l color -x -a 'auto always never' -d 'Colour output: auto, always, never (default: auto: only on a terminal, never with NO_COLOR)'
complete -c edito -n '__edito_at schema' -l quiet -s q -d 'Print only errors and the results asked for'
complete -c edito -n '__edito_at schema' -l config -r -F -d 'The project file (default: edito.yaml in this folder or the nearest folder above)'
complete -c edito -n '__edito_at schema; and not __edito_after_value_option' -a 'calendar charter config' -d 'KIND'

# edito shell
complete -c edito -n '__edito_at shell' -l history -r -F -d 'Where history is kept (default: .edito_history in the home folder)'
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
complete -c edito -n '__edito_at help; and not __edito_after_value_option' -a 'validate agenda check report due publish ledger preview init schema shell completion' -d 'COMMAND'
