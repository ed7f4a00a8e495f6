# canevas messages, in English: the command line's help, the interactive
# mode's questions, the editors' tables and export.
# Read only by those commands: `check` reads canevas.ftl alone.

## End of a run
md-file = File
md-errors = Errors
md-warnings = Warnings
md-code = Code
md-rule = Rule
md-count = Count
md-place = Place
md-severity = Severity
md-message = Message

## Writing a proposal: explain, rules, schema, new
new-created = Proposal created: { $path }. Replace each “[TODO]” with your text, then check it with: canevas check { $path }
new-exists = the file “{ $path }” already exists: canevas does not replace it. Choose another name, or add --force to replace it.
new-bad-id = “{ $id }” cannot be an id. Write letters, digits, dots, dashes or underscores, for example A3-02.
new-cannot-write = cannot write “{ $path }”: { $detail }. Check that the folder exists and that you may write there.
ask-intro = Answer the questions: canevas writes the proposal for you. Ctrl-C stops without writing anything.
ask-cancelled = Stopped: no file was written.
ask-required = An answer is needed here.
ask-placeholder = Write your own text, not a placeholder.
ask-too-short = Write at least { $min } words: the plan asks for a text that explains.
ask-optional-help = Optional: press Enter without typing to skip.
ask-list-help-required = One answer per question; at least one is needed.
ask-list-help = Press Enter without typing when the list is complete.
ask-select-help = Up and down arrows to choose, Enter to confirm.
ask-multiselect-help = Arrows to move, Space to tick or untick, Enter to confirm.
ask-confirm-help = Answer y (yes) or n (no).
ask-title = Short title of the action:
ask-axis = Plan axis:
ask-axis-1 = 1 — Partager au quotidien une culture commune de la QVT
ask-axis-2 = 2 — Développer des relations de travail inclusives et bienveillantes
ask-axis-3 = 3 — Accompagner les personnels
ask-axis-4 = 4 — Valoriser et reconnaître le travail
ask-problem = Problem statement: what problem does the action address?
    .hint = Who meets it, how it shows, what shows it. At least 15 words.
ask-solution = Proposed action-solution: what will be done?
    .hint = What will be set up, where, by whom, for whom, with verbs of action. At least 15 words.
ask-success-condition = Condition of success no. { $n }:
ask-start = Start of the action:
ask-end = End of the action:
ask-date-help = A date YYYY-MM-DD (2025-09-01) or a month YYYY-MM (2025-09). Enter keeps the date shown.
ask-bad-date = This is not a date: write YYYY-MM-DD, for example 2025-09-01, or YYYY-MM.
ask-date-too-early = This date must be { $date } or later.
ask-date-too-late = This date must be { $date } or earlier (end of the calendar, or the plan's longest duration).
ask-step = Step no. { $n } (what will be done):
ask-step-due = Due date of this step:
ask-step-deliverable = Deliverable of this step (a guide, a charter, a review…):
ask-step-deliverable-required = Deliverable of the first step:
ask-need-deliverable = Precondition 2: at least one step must produce a deliverable.
ask-level = Piloting level:
ask-level-academic = academic
ask-level-departmental = departmental (accepted with a warning)
ask-lead = Lead: which service or role carries the action?
    .hint = For example “HR department, quality of working life office”.
ask-lead-nobody = Name a service or a role: “to be appointed” or “?” is not enough.
ask-partners = Partners, separated by commas:
ask-everyone = Does the action target every staff category?
ask-all-id = all
ask-categories = Staff categories targeted:
ask-left-out = Precondition 3: these categories are not targeted: { $categories }. Propose a complementary action for them.
ask-complementary = Complementary action for these categories:
ask-resource-kind = Kind of resource:
ask-kind-staff = staff (people, working time)
ask-kind-budget = budget
ask-kind-equipment = equipment
ask-kind-time = time
ask-kind-partnership = partnership
ask-resource-description = Description of this resource:
ask-amount = Amount in euros:
ask-bad-amount = Write a number, for example 1500, 1500.50 or 8,000.
ask-mobilisable = Can this resource actually be mobilised?
ask-not-mobilisable = Precondition 4: a resource that cannot be mobilised makes the action impossible. It is not kept; give an available resource.
ask-more-resources = Add another resource?
ask-criterion = Evaluation criterion (what you want to know):
ask-indicator = Indicator (what is measured):
ask-target = Target (the result aimed at, for example “80 %”):
ask-method = Method (how it is measured: survey, count…):
ask-more-criteria = Add another criterion?
ask-yes = yes
ask-no = no

## summary and export (the plan's editors)
ed-axis = Axis { $axis }
ed-axis-title = { $axis ->
    [1] Sharing a common culture of quality of working life every day
    [2] Developing inclusive and caring working relationships
    [3] Supporting staff
   *[4] Valuing and recognising work
}
ed-status-draft = draft
ed-status-submitted = submitted
ed-status-adopted = adopted
ed-status-unreadable = unreadable
ed-summary-title = Summary of the academic QVT plan
ed-view-proposals = Proposals: canvas and preconditions
ed-view-axes = Axes of the plan
ed-view-coverage = Coverage of the staff categories by axis
ed-col-id = Id
ed-col-axis = Axis
ed-col-title = Title
ed-col-status = Status
ed-col-canvas = Canvas
ed-col-piloting = Piloting
ed-col-concreteness = Concrete
ed-col-coverage = Coverage
ed-col-feasibility = Feasibility
ed-col-errors = Errors
ed-col-warnings = Warnings
ed-col-file = File
ed-col-p1 = P1
ed-col-p2 = P2
ed-col-p3 = P3
ed-col-p4 = P4
ed-col-errors-short = Err.
ed-col-warnings-short = Warn.
ed-col-label = Title
ed-col-proposals = Proposals
ed-col-band = Band
ed-col-drafts = Drafts
ed-col-submitted = Submitted
ed-col-adopted = Adopted
ed-col-themes = Themes served
ed-col-with-errors = With errors
ed-col-category = Staff category
ed-verdict-met = met
ed-verdict-warning = met, with a warning: { $codes }
ed-verdict-not-met = not met: { $codes }
ed-verdict-not-assessed = not assessed (syntax or type error)
ed-band-in = within ({ $band })
ed-band-out = outside the band ({ $band })
ed-reach-targeted = targeted ({ $count })
ed-reach-complementary = complementary action ({ $count })
ed-reach-nothing = none
ed-legend = P1 academic piloting · P2 concreteness · P3 coverage of the staff categories · P4 feasibility.
    ✓ met · ✗ not met (codes of the errors) · ! warning · – not assessed: the file has a syntax or type error (canevas check says where).
    What a code means: canevas explain CODE.
ed-legend-ascii = P1 academic piloting · P2 concreteness · P3 coverage of the staff categories · P4 feasibility.
    ok met · X not met (codes of the errors) · ! warning · - not assessed: the file has a syntax or type error (canevas check says where).
    What a code means: canevas explain CODE.
ed-export-default-title = Academic plan for the quality of working life
ed-export-kicker = Action proposals of the working groups
ed-export-period = Period of the plan: { $start } to { $end }
ed-export-count = { $count ->
    [0] No proposal
    [one] { $count } proposal
   *[other] { $count } proposals
}
ed-export-left-out = { $count ->
    [one] { $count } proposal with errors is left out of this document.
   *[other] { $count } proposals with errors are left out of this document.
}
ed-export-date = Document produced on { $date }
ed-export-toc = Contents
ed-export-overview = Overview
ed-export-unreadable = Unreadable files
ed-unreadable-note = These files could not be read as proposals; here is what canevas reports in them. Run "canevas check" on each to see where to correct them.
ed-export-footer = Document produced by canevas from the proposal files. The findings refer to the rules of the canvas: "canevas explain CODE" explains each.
ed-page = Page
ed-date = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
ed-month-year = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
ed-chart-axes-title = Number of proposals per axis
ed-chart-axes-desc = Bar chart: one bar per axis, as high as its number of proposals; the green band marks the expected number, { $min } to { $max }. The table below gives the same figures.
ed-chart-band = expected: { $min } to { $max }
ed-chart-coverage-title = Coverage of the staff categories by axis
ed-chart-coverage-desc = Heat map: one row per staff category, one column per axis; the number says how many proposals of the axis target the category (the darker the cell, the more); "c" and a number: the category is covered only by complementary actions; a dash: no proposal of the axis reaches it. The table below gives the same information.
ed-chart-coverage-legend = Number: proposals that target the category · c1: covered only by a complementary action · –: nothing
ed-chart-table-caption = { $title } (the figures of the chart)
ed-fact = { $label }: { $value }
ed-part-problem = Problem statement
ed-part-solution = Proposed action
ed-part-success = Conditions of success
ed-part-calendar = Calendar and steps
ed-part-piloting = Piloting
ed-part-audience = Audience and complementary actions
ed-part-resources = Resources
ed-part-experimentation = Experimentation
ed-part-evaluation = Evaluation criteria and methods
ed-calendar-range = From { $start } to { $end }.
ed-step-no-date = no due date
ed-step-deliverable = Deliverable: { $deliverable }
ed-label-group = Group
ed-label-themes = Themes
ed-label-level = Level
ed-label-lead = Lead
ed-label-partners = Partners
ed-label-targeted = Categories targeted
ed-label-complementary = Complementary actions for the other categories:
ed-label-scope = Scope
ed-label-duration = Duration: { $months } months
ed-all-categories = every staff category
ed-level-academic = academic
ed-level-departmental = departmental
ed-level-school = school
ed-level-national = national
ed-kind-staff = staff
ed-kind-budget = budget
ed-kind-equipment = equipment
ed-kind-time = time
ed-kind-partnership = partnership
ed-col-kind = Kind
ed-col-description = Description
ed-col-amount = Amount
ed-col-mobilisable = Mobilisable
ed-yes = yes
ed-no = no
ed-col-criterion = Criterion
ed-col-indicator = Indicator
ed-col-target = Target
ed-col-method = Method
ed-badge-clean = Meets the canvas and the preconditions
ed-badge-warnings = { $warnings ->
    [one] Meets them, { $warnings } warning
   *[other] Meets them, { $warnings } warnings
}
ed-badge-errors = To be revised: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}
ed-findings-title = Findings of canevas
ed-severity-error = error
ed-severity-warning = warning
ed-severity-info = information
ed-finding-line = line { $line }

## server: safe fixes (check --fix, --diff) and the language server (canevas server)
completion-all-categories = every staff category
cli-check-arg-fix = Apply the safe fixes to the files (a misspelt key, category or value; a date or an amount written another way; "Oui."), then report what remains
cli-check-arg-diff = Print the safe fixes as a unified diff, without writing anything
cli-server-about = A language server (LSP, over standard input and output) for editors: the findings of "check" as you type, help on hover, completion, quick fixes

## french: the command line in French (cli/localise.rs)
cli-about = Checks action-proposal files against the canvas of an academic plan for the quality of working life (QVT)
cli-arg-lang = Language of the messages [default: CANEVAS_LANG, then the locale]
cli-arg-lang-fr = French
cli-arg-lang-en = English
cli-arg-config = The configuration file [default: canevas.toml in the current folder or its parents]
cli-arg-color = When to use colours (NO_COLOR is respected)
cli-arg-color-auto = in a terminal only
cli-arg-color-always = always
cli-arg-color-never = never
cli-arg-help = Print help
cli-arg-version = Print version
cli-check-about = Check proposal files and report every problem
cli-check-arg-paths = Files, folders (walked for .yaml/.yml files) or - for standard input
cli-check-arg-format = Output format [default: human]. Repeat it to write several reports in one run: each --output belongs to the --format before it, and at most one format goes to the standard output
cli-check-arg-format-human = Code frames with the offending text underlined, and a hint (miette).
cli-check-arg-format-concise = One line a finding: `path:line:col: severity[CODE] message`.
cli-check-arg-format-json = One JSON document, described by `schemas/report.schema.json`.
cli-check-arg-format-github = GitHub Actions annotations, and a Markdown summary in `GITHUB_STEP_SUMMARY`.
cli-check-arg-format-gitlab = GitLab Code Quality report.
cli-check-arg-format-sarif = SARIF 2.1.0, for GitHub code scanning.
cli-check-arg-format-junit = JUnit XML, for the test reports of GitLab and Jenkins.
cli-check-arg-plan = The files form a whole plan: also check the proposals per axis and the themes (PLAN002, PLAN003)
cli-check-arg-output = Write the report to this file instead of the standard output (replaced atomically; never one of the inputs)
cli-check-arg-deny_warnings = Exit with 1 when there are warnings, not only errors
cli-check-arg-quiet = Print only the closing line with the counts
cli-check-arg-statistics = Print the number of findings per rule code
cli-new-about = Write a proposal to fill in (a commented template, or --interactive questions)
cli-new-arg-file = The file to create [default: the standard output]; never replaced without --force
cli-new-arg-axis = The plan axis, 1 to 4 [default: the axis of --id, else 1]
cli-new-arg-id = The proposal's id [default: the next free id of the axis in the target folder]
cli-new-arg-force = Replace FILE if it exists
cli-new-arg-interactive = Ask for each section instead of writing a template to fill in
cli-explain-about = Explain what a rule checks, why, and how to satisfy it
cli-explain-arg-code = The rule code, e.g. CON003 (see `canevas rules`)
cli-rules-about = Print the table of the rules
cli-rules-arg-format = Output format
cli-rules-arg-format-table = Aligned columns for the terminal
cli-rules-arg-format-markdown = A Markdown table for documentation
cli-schema-about = Print the JSON Schema of a proposal (French keys with --lang fr), for editor completion
cli-completions-about = Print the completion script of a shell
cli-completions-arg-shell = The shell
cli-man-about = Print the manual page (roff), e.g. `canevas man > canevas.1`
cli-summary-about = Tables for editors: proposals, axes, coverage of the staff categories and working groups
cli-summary-arg-paths = Files, folders (walked for .yaml/.yml files) or - for standard input
cli-summary-arg-view = Which tables [default: all; proposals for csv, which holds one table]
cli-summary-arg-view-proposals = the proposals
cli-summary-arg-view-axes = the axes
cli-summary-arg-view-coverage = the coverage of the staff categories
cli-summary-arg-view-all = every table
cli-summary-arg-view-groups = The working groups: composition and the verdicts of GRP001-GRP006
cli-summary-arg-format = Output format
cli-summary-arg-format-table = Tables sized to the terminal
cli-summary-arg-format-markdown = Markdown tables
cli-summary-arg-format-csv = RFC 4180, UTF-8 with a byte-order mark; cells never start a formula
cli-summary-arg-format-html = One accessible HTML page
cli-summary-arg-format-json = Described by schemas/summary.schema.json
cli-summary-arg-output = Write the tables to this file instead of the standard output (replaced atomically; never one of the inputs)
cli-summary-arg-ascii = Plain ASCII borders and marks for the terminal table
cli-summary-arg-delimiter = The CSV field separator: ',' (default) or ';' for a French-locale spreadsheet, or 'tab'
cli-summary-arg-sort = The order of the proposals
cli-summary-arg-sort-axis = By axis, then id (the plan's order).
cli-summary-arg-sort-id = by id
cli-summary-arg-sort-title = by title
cli-summary-arg-sort-status = Drafts first, then submitted, then adopted.
cli-summary-arg-sort-errors = The most errors first.
cli-summary-arg-status = Only the proposals with these statuses (comma-separated); axes and coverage follow
cli-summary-arg-status-draft = draft
cli-summary-arg-status-submitted = submitted
cli-summary-arg-status-adopted = adopted
cli-export-about = The plan as one printable document (HTML, Markdown or PDF)
cli-export-arg-paths = Files, folders (walked for .yaml/.yml files) or - for standard input
cli-export-arg-format = Output format
cli-export-arg-format-html = One self-contained page, printable on A4 (no script, no external file)
cli-export-arg-format-markdown = A Markdown document
cli-export-arg-format-pdf = The page printed to A4 by Chromium (which must be installed), its contents with page numbers
cli-export-arg-output = Write the document to this file instead of the standard output (replaced atomically; never one of the inputs)
cli-export-arg-only_valid = Leave out the proposals that have errors (by default they are exported and marked)
cli-new-arg-group = Write a working group file (name it groupe.yaml or group.yaml) instead of a proposal
cli-schema-arg-kind = Which file: a proposal, a working group (groupe.yaml) or the support group (appui.yaml)
cli-schema-arg-kind-proposal = a proposal
cli-schema-arg-kind-group = a working group
cli-schema-arg-kind-support = the support group
cli-help-template = {"{"}about-with-newline{"}"}
    {"{"}usage-heading{"}"} {"{"}usage{"}"}

    {"{"}all-args{"}"}{"{"}after-help{"}"}
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-heading-commands = Commands
cli-value-name-command = COMMAND
cli-value-name-file = FILE
cli-value-name-paths = PATHS
cli-value-name-char = CHAR
cli-value-name-lang = LANG
cli-value-name-color = COLOR
cli-value-name-view = VIEW
cli-value-name-sort = SORT
cli-value-name-status = STATUS
cli-value-name-axis = AXIS
cli-value-name-shell = SHELL
cli-value-with-help = { $name } — { $help }
cli-possible-values = Possible values: { $values }.
cli-default-value = Default: "{ $value }".
cli-usage = Usage: { $usage }
cli-error = error: { $detail }
cli-error-subcommand = "{ $subcommand }" is not a command of canevas.
cli-error-argument = the option "{ $arg }" does not exist for this command.
cli-error-value = the value "{ $value }" is not possible for "{ $arg }"; possible values: { $valid }.
cli-error-empty-value = "{ $arg }" needs a value.
cli-error-validation = the value "{ $value }" does not suit "{ $arg }".
cli-error-missing = a required argument is missing: { $arg }.
cli-error-no-subcommand = name a command, for example "canevas check".
cli-error-conflict = these options cannot go together: { $arg }.
cli-error-values = "{ $arg }" has the wrong number of values.
cli-error-twice = "{ $arg }" is given more than once.
cli-error-other = the command line is not valid.
cli-suggestion = Did you mean "{ $suggestion }"?
cli-more = For more information, type "canevas --help".
cli-error-two-outputs = --format { $format } has two --output files ({ $first } and { $second }); give each report its own --format
cli-error-stdout-twice = only one report can go to the standard output, not { $formats }: put --output FILE after each --format but one
cli-error-same-output = two reports would be written to { $path }
cli-error-delimiter = one ASCII punctuation character, such as ';' or ',', or 'tab'
man-section-name = NAME
man-section-synopsis = SYNOPSIS
man-section-description = DESCRIPTION
man-section-options = OPTIONS
man-section-subcommands = SUBCOMMANDS
man-section-version = VERSION
man-section-authors = AUTHORS

## french: why a file cannot be read or written (i18n::io_reason)
ed-list-separator = ;{" "}

## french: the interactive mode asks for themes, status and group, warns on vague verbs (writing/interactive/questions.rs)
ask-amount-help = A decimal point or comma, spaces between thousands and "€" are accepted.
ask-themes = Transversal themes the action serves:
ask-status = Status of the proposal:
ask-status-draft = draft
ask-status-submitted = submitted
ask-status-adopted = adopted
ask-vague = Beware: this solution rests only on vague verbs ({ $verbs }), and "canevas check" will say so (CON003). Say what will actually be done, with an action verb such as: { $examples }.
ask-rewrite-solution = Do you want to rewrite the solution?
new-created-interactive = Proposal created: { $path }. Read it again, then check it with: canevas check { $path }

## booklet: terminal tables that fit, salvaged files, the printed booklet
ed-col-canvas-short = Can.
ed-col-proposals-short = Prop.
ed-col-statuses = Statuses
ed-axis-statuses = { $drafts } draft, { $submitted } submitted, { $adopted } adopted
ed-table-codes = Codes that do not fit their cell:
ed-status-broken = to rework
ed-broken-note = This file could not be read whole (a syntax or type error): correct the points below first; "canevas check" shows where.

## groups: working groups (groupe.yaml), the support group (appui.yaml), GRP001-GRP007, FEA005
new-created-group = Working group created: { $path }. Replace each "[To complete]", brackets included, then check it with: canevas check { $path }
new-group-name = "{ $path }": a working group file must be named group.yaml (or groupe.yaml) for canevas to recognise it. Write for example: canevas new --group axe-1/group.yaml
ask-group = Working group:
    .hint = The name under "name:" in the axis's group file. Clear the text to give none.
ask-group-default = Groupe de travail axe { $axis }
ask-kind-support = support (an expertise of the support group, named in the description)
ed-kind-support = support

## seams: the plan's scope, outputs that cannot be written
cli-check-arg-force_exclude = Leave out the files named that [files] of canevas.toml excludes, as when walking a folder (the pre-commit hook passes it)
