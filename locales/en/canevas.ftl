# Messages of canevas, in English.
# Every rule message has a .hint attribute: what to write.

## End of a run

summary = Checked { $files ->
        [one] { $files } file
       *[other] { $files } files
    }: { $errors ->
        [0] no errors
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [0] no warnings
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }{ $suppressed ->
        [0] {""}
        [one] , { $suppressed } finding silenced by a comment
       *[other] , { $suppressed } findings silenced by a comment
    }.
statistics-suppressed = Silenced by a "# canevas: allow" comment:
error-io = cannot write the report: { $detail }
error-output-is-input = "{ $path }" is one of the files to check: canevas never writes a report over a proposal. Choose another file name for --output.
config-unreadable = the configuration file cannot be read: { $detail }
    .hint = Check the path given to --config.
config-syntax = the configuration file is not valid TOML: { $detail }
    .hint = Compare with the example of the README (section "Configuration").
config-unknown-code = the rule code "{ $code }" does not exist.
    .hint = The codes are listed in the README; for example CON003 = "off".
config-bad-severity = "{ $value }" is not a possible severity.
    .hint = Write "off", "info", "warning" or "error".
config-bad-glob = the file pattern "{ $value }" is not valid: { $detail }
    .hint = For example "proposals/**/*.yaml" or "archives/**".
config-bad-range = the range of proposals per axis must go from the smaller to the larger number.
    .hint = For example proposals_per_axis = [5, 7].
config-bad-date = "{ $value }" is not a valid date.
    .hint = Write the date as YYYY-MM-DD or YYYY-MM, in quotes: start = "2025-09-01".
error-missing-path = the path "{ $path }" does not exist. Check the spelling of the file or folder.

## Short titles of the codes

FILE001-title = unreadable file
YAML001-title = YAML syntax error
YAML002-title = duplicate key
YAML003-title = the file does not hold exactly one proposal
YAML004-title = file too complex
SCHEMA001-title = structure does not follow the canvas
CAN001-title = problem statement too short
CAN002-title = solution too short
CAN003-title = calendar ends before it starts
CAN004-title = step outside the calendar
CAN005-title = no evaluation criterion has a target
CAN006-title = template placeholder left in
CAN007-title = steps out of date order
PIL001-title = piloting not at the academic level
PIL002-title = no lead named
CON001-title = fewer than 2 steps
CON002-title = no step produces a deliverable
CON003-title = solution worded with vague verbs only
COV001-title = staff categories not covered
COV002-title = unknown staff category
COV003-title = complementary action for a category already targeted
FEA001-title = no resources
FEA002-title = resource not mobilisable
FEA003-title = calendar too long
FEA004-title = budget without an amount
PLAN001-title = id used twice
PLAN002-title = number of proposals of an axis out of range
PLAN003-title = transversal theme missing from an axis
PLAN004-title = id prefix disagrees with the axis
SUP001-title = suppression without a reason
SUP002-title = unusable suppression comment
SUP003-title = suppression that silences nothing

## Files

FILE001 = this file cannot be read: { $detail }
    .hint = Check that the file exists and that you may read it.
FILE001-too-large = this file is { $size } MB: above { $limit } MB it is not checked.
    .hint = A proposal is a few kilobytes; check that this is the right file.
FILE001-not-utf8 = this file is not UTF-8 text (line { $line }).
    .hint = Save it as "UTF-8" from your text editor (Save as… › Encoding).
FILE001-loop = this folder is part of a loop of symbolic links: { $detail }
    .hint = Remove the link that points to a parent folder.
FILE001-internal = canevas hit an internal error while reading this file; the other files were checked.
    .hint = This is a bug in canevas: please report it with this file.

## YAML

YAML002 = the key "{ $key }" appears twice (first on line { $line }); the second would silently replace the first.
    .hint = Keep a single "{ $key }" key and put all its text there.
YAML002-other-language = the key "{ $key }" is the same as "{ $first }" (line { $line }), written in the other language.
    .hint = Keep only one of them, in French or in English, and put all the text there.
YAML002-first = first occurrence
YAML003-empty = the file is empty: it holds no proposal.
    .hint = Create a proposal with "canevas new", or delete this file.
YAML003-not-mapping = the file must hold one proposal made of "key: value" entries (id, title, axis…), not a list or a lone text.
    .hint = Start the file with "id:", then "title:", "axis:"… each at the start of a line.
YAML003-multiple = the file holds several documents separated by "---"; one proposal per file.
    .hint = Put each proposal in its own .yaml file.
YAML004 = the file exceeds the safety limits (aliases, nesting or size).
    .hint = A proposal needs neither many aliases (&, *) nor more than a few levels of nesting; write the file plainly.

## Structure (canvas)

SCHEMA001-required-root = the key "{ $key }" is missing: { $what }.
    .hint = Add the key "{ $key }:".{ $fix }
SCHEMA001-required = "{ $key }" is missing in "{ $parent }": { $what }.
    .hint = Add "{ $key }:" under "{ $parent }", indented by two spaces.
SCHEMA001-unknown-key-suggest = the key "{ $key }" is not part of the canvas. Did you mean "{ $suggestion }"?
    .hint = Replace "{ $key }" with "{ $suggestion }".
SCHEMA001-unknown-key = the key "{ $key }" is not part of the canvas at this place.
    .hint = Keys allowed here: { $allowed }.
SCHEMA001-empty = the key "{ $key }" is empty.
    .hint = Write its content after "{ $key }:", or remove the key if it is optional.
SCHEMA001-type-text = "{ $key }" must be a text, not "{ $value }".
    .hint = Write a text after "{ $key }:", in quotes if it contains ": ".{ $fix }
SCHEMA001-type-integer = "{ $key }" must be a whole number, not "{ $value }".
    .hint = Write the number in digits, for example "{ $key }: 2".
SCHEMA001-type-number = "{ $key }" must be a number, not "{ $value }".
    .hint = Write the number in digits, with no unit or space: for example "{ $key }: 12000".
SCHEMA001-type-boolean = "{ $key }" must be yes or no (true/false, oui/non), not "{ $value }".
    .hint = Write "{ $key }: true" or "{ $key }: false".
SCHEMA001-type-list = "{ $key }" must be a list.
    .hint = Write one item a line, each starting with "- " under "{ $key }:".{ $fix }
SCHEMA001-type-object = "{ $key }" must hold "key: value" entries on the following lines.
    .hint = Break the line after "{ $key }:" and indent each entry by two spaces.{ $fix }
SCHEMA001-type-text-or-number = "{ $key }" must be a text or a number.
    .hint = For example "{ $key }: 80 %" or "{ $key }: 50".
SCHEMA001-enum-suggest = "{ $value }" is not a possible value of "{ $key }". Did you mean "{ $suggestion }"?
    .hint = Possible values: { $allowed }.
SCHEMA001-enum = "{ $value }" is not a possible value of "{ $key }".
    .hint = Possible values: { $allowed }.
SCHEMA001-date = "{ $value }" is not a date in the expected form for "{ $key }".
    .hint = Write the date as YYYY-MM-DD (2025-09-01), or YYYY-MM for a whole month (2025-09).
SCHEMA001-no-such-date = the date "{ $value }" of "{ $key }" does not exist.
    .hint = Check the day and the month: February has 28 days (29 in leap years).
SCHEMA001-id = the id "{ $value }" holds characters that are not allowed.
    .hint = Use only unaccented letters, digits and "-", "_" or ".": for example A3-02.
SCHEMA001-minimum = "{ $key }" is { $value }, below the minimum of { $limit }.
    .hint = Write a number greater than or equal to { $limit }.
SCHEMA001-maximum = "{ $key }" is { $value }, above the maximum of { $limit }.
    .hint = Write a number less than or equal to { $limit }.
SCHEMA001-other = "{ $key }" does not follow the canvas: { $detail }
    .hint = Compare with an example proposal (folder examples/plan-qvt).

## What each key expects (used when it is missing)

field-id = the id of the proposal, for example A3-02 (A, the axis number, a hyphen, a number)
field-title = a short title
field-axis = the number of the plan axis, 1 to 4
field-themes = the transversal themes served
field-status = where the proposal stands (draft, submitted or adopted)
field-group = the working group
field-problem = the statement of the problem the action answers
field-solution = the proposed action, described concretely
field-success_conditions = the list of conditions of success, one a line starting with "- "
field-calendar = the period of the action, with "start:" and "end:" below
field-steps = the list of steps
field-piloting = who carries the action and at what level, with "level:" and "lead:" below
field-audience = the staff categories targeted, with "categories:" below
field-complementary_actions = the actions for the categories not targeted
field-resources = the list of resources
field-experimentation = the scope and duration of the experimentation
field-evaluation = the list of evaluation criteria, each with "criterion:", "indicator:" and "method:"
field-start = the start date, for example 2025-09-01
field-end = the end date, for example 2027-06-30
field-label = the label of the step
field-due = the due date of the step
field-deliverable = the deliverable of the step
field-level = the piloting level (academic, departmental, school or national)
field-lead = the service or person who carries the action
field-partners = the partners
field-categories = the list of staff categories (or "all")
field-action = the action for these categories
field-kind = the kind of resource (staff, budget, equipment, time, partnership or support)
field-description = the description of the resource
field-amount = the amount in euros
field-mobilisable = "true" if the resource can actually be mobilised, else "false"
field-scope = the scope of the experimentation
field-duration_months = the duration of the experimentation in months
field-criterion = the evaluation criterion
field-indicator = the measured indicator
field-target = the target
field-method = the evaluation method (survey, count…)

## Canvas

CAN001 = the problem statement has only { $count ->
        [one] { $count } word
       *[other] { $count } words
    }: at least { $min } are expected for the problem to be understood.
    .hint = Describe the problem observed: who is concerned, what happens, and where the observation comes from (survey, feedback, indicators).
CAN002 = the solution has only { $count ->
        [one] { $count } word
       *[other] { $count } words
    }: at least { $min } are expected to describe the action.
    .hint = Describe what will be done, by whom, for whom and in what form.
CAN003 = the calendar ends ({ $end }) before it starts ({ $start }).
    .hint = Check the dates: "end" must come after "start".
CAN003-start = start of the calendar
CAN004 = the step "{ $label }" ({ $due }) falls outside the calendar of the action ({ $start } – { $end }).
    .hint = Move the step's due date into the period, or widen the calendar.
CAN005 = no evaluation criterion has a target: nobody will be able to tell whether the action succeeded.
    .hint = Add "target:" to at least one criterion, for example "target: 80 % of newcomers welcomed".
CAN006 = the template placeholder "{ $placeholder }" was left in.
    .hint = Replace it with the real content of the proposal.
CAN007 = the step "{ $label }" is dated before the previous step "{ $previous }".
    .hint = Put the steps in date order, or correct their due dates.

## Precondition 1: academic piloting

PIL001 = the piloting level "{ $level }" does not allow academic piloting: the plan keeps only actions piloted at the academic level.
    .hint = If the action really is piloted by the academy (an academic service carries it, with the academy's means), write "level: academic" and name that service under "lead:"; if it depends on a national decision only, propose instead what the academy can do itself: relay, inform, experiment.
PIL001-school = the level "{ $level }" (a school) does not allow academic piloting: the plan keeps only actions piloted at the academic level.
    .hint = If the action starts in a school, propose that an academic service pilots it ("level: academic") and spreads it.
PIL001-departmental = the level "{ $level }" (a department) is possible, but the plan expects academic piloting.
    .hint = If the action really is piloted by the academy, write "level: academic" and name under "lead:" the academic service that carries it; otherwise, describe in the solution how the academy coordinates the departments.
PIL002 = the lead "{ $lead }" names nobody: the action needs an identified lead.
    .hint = Write under "piloting:" the service or role that carries the action, for example "lead: HR – QVT office".
PIL002-missing = no lead is named: the action needs an identified lead.
    .hint = Add under "piloting:" a line "lead:" with the service or role that carries the action.

## Precondition 2: concreteness

CON001 = { $count ->
        [0] no step is planned
        [one] only one step is planned
       *[other] only { $count } steps are planned
    }: at least { $min } are expected for the action to be concrete.
    .hint = Add under "steps:" the steps of the action, each with "label:", "due:" and if possible "deliverable:".
CON002 = no step produces a deliverable: the action must produce protocol elements.
    .hint = Say for at least one step what it produces, with "deliverable:" (guide, charter, form, protocol, report…).
CON003 = the solution rests only on { $count ->
        [one] a vague verb
       *[other] vague verbs
    } ({ $verbs }) and does not say what will actually be done.
    .hint = Say what the action will produce, with an action verb such as: { $examples } (for example « créer un guide », « un référent est désigné dans chaque département »).

## Precondition 3: coverage of staff categories

COV001 = { $count ->
        [one] one staff category is
       *[other] { $count } staff categories are
    } neither targeted nor covered by a complementary action: { $categories }.
    .hint = If the action really concerns all the staff, add the missing categories ({ $ids }) under "audience: categories:"; otherwise, propose a new action for them under "complementary_actions:".{ $fix }
COV002-suggest = the category "{ $category }" does not exist. Did you mean "{ $suggestion }"?
    .hint = Replace "{ $category }" with "{ $suggestion }".
COV002 = the category "{ $category }" does not exist.
    .hint = Possible categories: { $allowed }, or "all".
COV003 = the complementary action targets "{ $category }", which the proposal already targets.
    .hint = A complementary action serves the categories not targeted: remove "{ $category }" from its list.

## Precondition 4: feasibility

FEA001 = no resources are given: the action must rest on means that can actually be mobilised.
    .hint = Add under "resources:" at least one resource, with "kind:", "description:" and "mobilisable: true".
FEA002 = the resource "{ $description }" cannot be mobilised: the action must rest on available means.
    .hint = Replace it with an available resource, or say how it will become available and write "mobilisable: true".
FEA003 = the calendar covers { $months } months, beyond the plan's horizon ({ $horizon } months).
    .hint = Shorten the period, or split the action into a first phase that fits the plan's horizon.
FEA003-period = the calendar goes beyond the plan's period ({ $start } – { $end }).
    .hint = Fit the action into the plan's period, or propose it for the next plan.
FEA004 = the budget "{ $description }" has no amount.
    .hint = Add "amount:" with the sum in euros, in digits (for example "amount: 5000").

## The plan as a whole

PLAN001 = the id "{ $id }" is already used by { $other }.
    .hint = Each proposal needs a unique id: take the next free number of the axis.
PLAN001-first = first use of "{ $id }"
PLAN002 = axis { $axis } has { $count } { $count ->
        [one] proposal
       *[other] proposals
    }, while the plan expects { $min } to { $max }.
    .hint = Add or merge proposals of this axis.
PLAN003 = no proposal of axis { $axis } serves the transversal theme "{ $theme }".
    .hint = Add this theme under "themes:" of a proposal of the axis that serves it.
PLAN004 = the id "{ $id }" announces axis { $prefix }, but the proposal says axis { $axis }.
    .hint = Correct "axis:" or rename the id to A{ $axis }-….
theme-internal-communication = internal communication
theme-work-organisation = work organisation

## Suppression comments (# canevas: allow CODE -- reason)

SUP001 = this "# canevas: allow" comment gives no reason.
    .hint = Add the reason after two dashes: # canevas: allow CON003 -- the approach is deliberately exploratory. Reviewers need to see why a precondition is waived.
SUP002-unknown = "{ $code }" is not a rule code of canevas.
    .hint = Write the code as the report shows it, for example CON003.
SUP002-unknown-close = "{ $code }" is not a rule code of canevas: did you mean { $suggestion }?
    .hint = Write the code as the report shows it: { $suggestion }.
SUP002-not-silenceable = { $code } cannot be silenced by a comment in a proposal.
    .hint = An unreadable file or a count over the whole plan is not waived file by file: correct the file, or set the rule's severity under [rules] in canevas.toml.
SUP002-syntax = this comment starts with "canevas:" but is not a suppression the tool can read.
    .hint = Write: # canevas: allow CODE -- reason (for example: # canevas: allow CON003 -- the approach is deliberately exploratory).
SUP002-no-code = this suppression names no rule code.
    .hint = After "allow", name the codes to silence, separated by commas: # canevas: allow CON003, FEA004 -- reason.
SUP002-misplaced = this suppression is followed by no key, so it silences nothing.
    .hint = Put it on the line just above the key it concerns, or at the top of the file, before the first key, to cover the whole file.
SUP003 = { $code } is allowed here, but no { $code } finding was found to silence.
    .hint = Remove { $code } from this comment: the proposal now meets the rule.

## Rule families: what each group of rules checks (SARIF rule descriptions)

family-files = files
family-files-checks = These rules check that the file can be read: it exists, is UTF-8 text and stays within the size limit.
family-yaml = YAML
family-yaml-checks = These rules check that the file is valid YAML holding exactly one proposal, without duplicate keys.
family-structure = structure
family-structure-checks = These rules check that the proposal follows the structure of the canvas: required keys, types and allowed values.
family-canvas = canvas
family-canvas-checks = These rules check the parts of the canvas: problem statement, proposed solution, calendar, steps and evaluation criteria.
family-piloting = precondition 1: academic piloting
family-piloting-checks = These rules check precondition 1: the action can be carried and piloted at the academic level.
family-concreteness = precondition 2: concreteness
family-concreteness-checks = These rules check precondition 2: the action is concrete and produces steps and protocol elements.
family-coverage = precondition 3: coverage of staff categories
family-coverage-checks = These rules check precondition 3: the action targets every staff category, or complementary actions are proposed for the others.
family-feasibility = precondition 4: feasibility
family-feasibility-checks = These rules check precondition 4: the action can be carried out or experimented within a time and with means that can actually be mobilised.
family-plan = the plan as a whole
family-plan-checks = These rules check the proposals together: unique ids, number of proposals per axis, transversal themes.
rule-full-description = { $title } (rule family: { $family }).
junit-hint = Hint: { $hint }
family-suppressions = suppression comments
family-suppressions-checks = These rules check the "# canevas: allow" comments that silence a rule: each must name real codes, give its reason and still be needed.

## Writing a proposal: explain, rules, schema, new

rules-severity-error = error
rules-severity-warning = warning
rules-severity-info = info
rules-checks = What it checks
rules-explain-hint = For the details of a rule and an example: canevas explain CODE (for example canevas explain CON003).
explain-unknown-code = “{ $code }” is not a rule code. The list of codes: canevas rules
explain-unknown-code-suggestion = “{ $code }” is not a rule code. Did you mean “{ $suggestion }”? Try: canevas explain { $suggestion }
explain-missing = the rule { $code } has no documentation in this language. This is a bug of canevas: please report it.
schema-title = Action proposal of the academic QVT plan
schema-description = One action proposal, with French key names (canevas also accepts the English names).
explain-family = Rule family: { $family }
## summary and export (the plan's editors)

error-csv-one-view = a CSV file holds one table: choose --view proposals, --view axes or --view coverage.

## server: safe fixes (check --fix, --diff) and the language server (canevas server)
fix-kind-key = key
fix-kind-category = category
fix-kind-value = value
fix-kind-date = date
fix-kind-amount = amount
fix-kind-boolean = yes/no
fix-applied = { $place }: "{ $written }" replaced by "{ $replacement }" ({ $kind })
fix-would-apply = { $place }: "{ $written }" would be replaced by "{ $replacement }" ({ $kind })
fix-summary = { $fixes ->
    [one] { $fixes } fix applied
   *[other] { $fixes } fixes applied
} in { $files ->
    [one] { $files } file
   *[other] { $files } files
}.
fix-summary-diff = { $fixes ->
    [one] { $fixes } fix possible
   *[other] { $fixes } fixes possible
} in { $files ->
    [one] { $files } file
   *[other] { $files } files
}; nothing was written (run again with --fix to apply them).
fix-none = No safe fix to apply.
fix-not-written = { $path }: the file could not be rewritten ({ $detail }); it was left as it was.
fix-no-stdin = --fix and --diff fix files: give their paths, not "-" (standard input).
action-fix = Write "{ $replacement }" instead of "{ $written }"
action-fix-all = Apply every safe fix of the file
action-allow = Silence { $code } here, giving the reason
server-failed = the language server stopped: { $detail }
server-hover-key = { $names }: { $what }

## french: syntax slips, explained where they are (pipeline/slips.rs)

YAML001 = canevas cannot read line { $line }: it is not written the way the canvas expects.
    .hint = Compare it with the same key in the template (canevas new): the same spaces at the start of the line, "- " before each item of a list, ": " after the name of each key.{ $fix }
YAML001-tab = line { $line } is indented with a tab; canevas reads only spaces at the start of a line.
    .hint = Replace the tab with spaces.{ $fix }
YAML001-colon-in-text = this text holds ": ", which canevas reads as the name of a key followed by its value.
    .hint = Put the whole text between straight double quotes ("…").{ $fix }
YAML001-typographic-quotes = this text holds ": ", and typographic quotes (“ ” or « ») do not protect it.
    .hint = Put the whole text between straight double quotes ("…").{ $fix }
YAML001-colon-glued = a space is missing after ":" on line { $line }.
    .hint = After the name of a key, write ":" then a space.{ $fix }
YAML001-missing-colon = ":" is missing after the name of the key on line { $line }.
    .hint = Write the name of the key, ":", a space, then its value.{ $fix }
YAML001-key-indent = the key "{ $key }" (line { $line }) is not aligned with the keys of its level.
    .hint = Keys of one level start with the same number of spaces.{ $fix }
YAML001-text-indent = line { $line } goes on with a text, but is less indented than that text.
    .hint = Indent every line of a text by the same number of spaces.{ $fix }
YAML001-dash-indent = the list item on line { $line } is not aligned with the items above it.
    .hint = Align the "-" of one list one under the other.{ $fix }
YAML001-missing-dash = line { $line } is inside a list but does not start with "- ".
    .hint = Start each item of a list with "-" and a space. If the line rather goes on with the text of the line above, indent it by two more spaces.{ $fix }
YAML001-list-continuation = line { $line } goes on with the text of the list item above, but is not indented under it.
    .hint = Indent it under the item's text, two spaces after the "-". If it is a new item, start it with "- " instead.{ $fix }
YAML001-block-indicator = ">" or "|" at the start of a value announces a text on the following lines: nothing may follow it on the same line.
    .hint = Write the text right after ":", or put it between straight double quotes when it starts with ">".{ $fix }
YAML001-quote-part = the double quotes on line { $line } enclose only part of the text: canevas cannot tell what to do with the rest.
    .hint = Straight quotes must enclose the whole text; to quote a few words, use “ ”.{ $fix }
YAML001-apostrophe = an apostrophe stands in a text written between apostrophes ('…'): it ends the text too early.
    .hint = Put the text between straight double quotes ("…") instead of apostrophes.{ $fix }
YAML001-unclosed-quote = the quote opened on line { $line } is never closed.
    .hint = Close the text with the same quote, at the end of the line.{ $fix }
YAML001-hash = "#" in the middle of this text starts a comment: the rest of the text would be lost.
    .hint = Put the whole text between straight double quotes, or write "no." instead of "#".{ $fix }
YAML001-dash-after-key = a list cannot start on the line of its key.
    .hint = Leave the key alone on its line, and each item on the following lines, indented by two spaces.{ $fix }
YAML001-reserved = this text starts with a reserved sign (@, `, *, & or !).
    .hint = Put the text between straight double quotes, or remove that sign.{ $fix }
YAML001-bracket = a "[" or "{"{"}" opened on line { $line } is not closed.
    .hint = Close it on the same line, or write one item a line with "- ".{ $fix }
YAML001-bracket-text = a text cannot start with "[" or "{"{"}": they announce a list written on one line.
    .hint = Put the whole text between straight double quotes.{ $fix }
YAML001-escape = a backslash (\) in a text between double quotes must be followed by a known code.
    .hint = Double it (\\) or put the text between apostrophes ('…').
YAML001-directive = line { $line } holds an instruction ("%", "!", "---" or "...") that a proposal does not need.
    .hint = Remove the line, or put the text between straight double quotes when it starts with one of these signs.
YAML001-end = the file stops in the middle of a key: a list or a text is not finished.
    .hint = Check the end of the file: quotes and brackets closed, last key complete.
slip-fix-line = Write line { $line } as:
slip-fix-lines = Replace lines { $first } to { $last } with:

## french: staff categories as people name them (vocabulary/categories.rs)

COV002-alias = "{ $category }" is not a category id of the canvas; { $count ->
    [one] it names the category { $suggestion }
   *[other] it names the categories { $suggestion }
}.
    .hint = Replace "{ $category }" with { $count ->
        [one] "{ $ids }".
       *[other] these ids, one a line: { $ids }.
    }
category-with-label = "{ $id }" ({ $label })
category-all = "{ $id }" (every category)
SCHEMA001-colon-in-text = this text holds ": ", so canevas reads the name of a key followed by its value instead of a text.
    .hint = Put the whole text between straight double quotes ("…").{ $fix }
SCHEMA001-typographic-quotes = this text holds ": ", and typographic quotes (“ ” or « ») do not protect it: canevas reads the name of a key followed by its value.
    .hint = Put the whole text between straight double quotes ("…").{ $fix }
SCHEMA001-sentence-as-key = this line belongs to the text above, but starts at the left edge: canevas reads it as a key named "{ $key }".
    .hint = Indent it like the other lines of the text.{ $fix }
SCHEMA001-type-object-item = each item of "{ $key }" is made of "name: value" keys, not of a text alone.
    .hint = Write it with { $keys }, one under the other.{ $fix }
quoted = "{ $text }"
list-and = and

## french: the command line in French (cli/localise.rs)

slip-example-end = For example, at the end of the file:
placeholder = [TODO]

## french: why a file cannot be read or written (i18n::io_reason)

io-not-found = it does not exist
io-permission = access to it is denied
io-is-directory = it is a folder
io-storage-full = the disk is full
io-read-only = the disk is read-only
io-exists = it already exists
slip-example-under = For example, under "{ $section }:", after the last action:

## french: the interactive mode asks for themes, status and group, warns on vague verbs (writing/interactive/questions.rs)

tool-says = canevas: { $message }
YAML001-misplaced-line = line { $line } is out of place: canevas cannot tell which key it belongs to.
    .hint = Check its indentation: keys of one level start with the same number of spaces, and each item of a list with "-".{ $fix }
YAML002-new-item = the key "{ $key }" appears twice in one list item (first on line { $line }): if it starts a new item, its "- " is missing.
    .hint = Start each item of a list with "-", aligned with the "-" of the item before.{ $fix }
## booklet: terminal tables that fit, salvaged files, the printed booklet
error-no-browser = --format pdf prints the page with Chromium, which cannot be found: install it (package chromium) or give its path in CANEVAS_CHROMIUM. Without it, --format html gives the same page, to print from a browser.
error-print = printing to PDF failed: { $detail }

## groups: working groups (groupe.yaml), the support group (appui.yaml), GRP001-GRP007, FEA005

GRP001-title = the pair does not join a school and the academic services
GRP002-title = number of members out of range
GRP003-title = women/men parity not met
GRP004-title = little geographic diversity
GRP005-title = little diversity of staff categories
GRP006-title = an axis without a working group, or with two
GRP007-title = unknown working group
FEA005-title = expertise missing from the support group
family-groups = working groups
family-groups-checks = These rules check the composition of the working groups the plan describes: a pair that joins a school and the academic services, 7 to 8 members, parity, diverse departments and missions, one group per axis.
GRP001 = the pair must join a person who works in a school (école, collège or lycée) and a person from the rectorat or a DSDEN; here: { $places }.
    .hint = Under "co_leads:", write "workplace: ecole" (or college, lycee) for one and "workplace: rectorat" (or dsden) for the other.
GRP001-count = the pair has { $count } { $count ->
        [one] person
       *[other] persons
    } instead of 2.
    .hint = Under "co_leads:", describe exactly two persons, each starting with "-" and with "category:", "workplace:" and "department:"; the others go under "members:".
GRP002 = the group has { $count } { $count ->
        [one] member
       *[other] members
    } around the pair, while the plan expects { $min } to { $max }.
    .hint = { $side ->
        [few] Add persons under "members:", each on a line starting with "-" with "category:", "workplace:" and "department:", up to { $min }; the pair is not in it.
       *[many] Keep at most { $max } persons under "members:": the others can join the support group or another group; the pair is not in it.
    }
GRP003 = { $side ->
        [women] women
       *[men] men
    } are { $count } of { $total } in the group (pair included), { $share } %, under the { $min } % parity asks.
    .hint = Complete the group so that women and men are each at least { $min } % of it.
GRP003-unknown = parity is not checked: { $unknown } { $unknown ->
        [one] person
       *[other] persons
    } of { $total } without a gender.
    .hint = The gender is optional. For parity to be checked, add "gender: f" or "gender: h" to each person; no report shows it, only the group's totals.
GRP004 = the group comes from { $count } { $count ->
        [one] department
       *[other] departments
    } ({ $found }), while the plan expects at least { $min }.
    .hint = Bring in persons from other departments: { $missing }.
GRP005 = the group has only { $count } staff { $count ->
        [one] category
       *[other] categories
    }, while the plan expects at least { $min } so that missions are diverse.
    .hint = Bring in persons of other categories, for example AESH, administrative or health staff.
GRP005-dominant = the category "{ $category }" has { $count } persons of { $total } ({ $share } %), more than { $max } % of the group.
    .hint = Replace some of them with persons of other categories.
GRP006 = axis { $axis } has no working group file.
    .hint = Create the group file of the axis: canevas new --group --axis { $axis } axe-{ $axis }/group.yaml
GRP006-two = axis { $axis } already has a working group, described in { $first }.
    .hint = Each axis has one group: merge the two files, or correct "axis:" in this one.
GRP006-first = first group of axis { $axis }
GRP007 = no working group is named "{ $group }".
    .hint = Write the name of a group as its group.yaml file gives it under "name:": { $known }.
GRP007-suggest = no working group is named "{ $group }". Did you mean "{ $suggestion }"?
    .hint = Replace the name with "{ $suggestion }".
GRP007-unnamed = no working group is named "{ $group }": the group files give no name.
    .hint = Add "name: { $group }" to the group file of that group.
grp-quoted = "{ $text }"
FEA005 = the support resource "{ $wanted }" names no expertise of the support group.
    .hint = Write under "expertise:" an expertise of the appui.yaml file: { $held }.
schema-group-title = Working group of an axis of the academic QVT plan
schema-group-description = A groupe.yaml file: the pair and the members of an axis's working group, with French key names (canevas also accepts the English names). Names are optional (initials are enough), genders too; only the group's totals are shown.
schema-support-title = Support group of the academic QVT plan
schema-support-description = The appui.yaml file: the expertise of the resource persons the working groups can call on, with French key names.
grp-view-groups = Working groups
grp-col-pair = Pair
grp-col-members = Members
grp-col-departments = Departments
grp-col-categories = Categories
grp-col-women = Women
grp-col-men = Men
grp-col-gender-unknown = Gender not given
grp-col-names = Names
grp-no-group = no group
grp-view-composition = Composition of the working groups (persons, pair included)
grp-col-composition = Department or category
grp-department = Department { $department }
grp-export-title = Governance
grp-export-intro = Each axis was entrusted to a working group coordinated by a pair that joins the experience of schools and of academic services, surrounded by 7 to 8 members, diverse and balanced in geographic origin, women/men parity and kinds of missions. The tables give the composition of each group; only each group's totals appear, never a person's gender.
grp-export-support = Support group: { $expertise }.
grp-chart-title = Women/men balance of the working groups
grp-chart-desc = For each axis, the share of women, men and genders not given in the group, pair included. The lines mark { $min } % on each side.
grp-col-rules = Rules
grp-col-GRP001 = School-services pair (GRP001)
grp-col-GRP002 = 7 to 8 members (GRP002)
grp-col-GRP003 = Parity (GRP003)
grp-col-GRP004 = Departments (GRP004)
grp-col-GRP005 = Missions (GRP005)
grp-col-GRP006 = One group an axis (GRP006)
grp-rules-all-met = all met
YAML003-empty-group = the file is empty: it describes no working group.
    .hint = Write the group with "canevas new --group --axis N group.yaml", or delete this file.
YAML003-not-mapping-group = the file must describe a working group with "key: value" entries (name, axis, co_leads, members), not a list or a lone text.
    .hint = Start the file with "axis:", then "co_leads:" and "members:", each at the start of a line.
YAML003-multiple-group = the file holds several documents, separated by a "---" line; a group file describes one group.
    .hint = Put each group in its axis's folder, in its own group file.
YAML003-empty-support = the file is empty: it lists no expertise of the support group.
    .hint = Write "expertise:" then one expertise a line starting with "-", or delete this file.
YAML003-not-mapping-support = the file must describe the support group with the "expertise:" key, not a list or a lone text.
    .hint = Start the file with "expertise:", then one expertise a line starting with "-".
YAML003-multiple-support = the file holds several documents, separated by a "---" line; only one is allowed.
    .hint = Gather every expertise under one "expertise:" key.
FEA005-no-support-group = the support resource "{ $wanted }" calls on the support group, but the plan has no appui.yaml file.
    .hint = Create an appui.yaml file at the root of the plan with "expertise:" then one expertise a line starting with "-", this one included.
grp-workplace-ecole = école
grp-workplace-college = collège
grp-workplace-lycee = lycée
grp-workplace-rectorat = rectorat
grp-workplace-dsden = DSDEN
grp-workplace-autre = another place
config-bad-members-range = the range of members of a group must go from the smaller to the larger number.
config-bad-percent = "{ $value }" is not a possible share: write a percentage from 0 to 100.
field-name = the name (of the group; for a person, initials are enough)
field-co_leads = the pair who coordinate the group: two persons, one from a school, the other from the rectorat or a DSDEN
field-members = the members of the group around the pair (7 to 8)
field-category = the staff category (for example enseignants-2d)
field-workplace = the workplace (ecole, college, lycee, rectorat, dsden or autre)
field-department = the department where the person works (25, 39, 70 or 90)
field-gender = optional: f or h, for parity; only the group's totals are shown
field-expertise = the support group's expertise (psychologue du travail, médecin de prévention, juriste…)

## judgement: national measures (PIL003), complementary actions that propose nothing (COV004)

PIL003-title = national measure asked of the academy
COV004-title = complementary action that proposes nothing new
PIL003 = the solution asks to change a measure that only the State decides ("{ $verb }" and "{ $object }", in "{ $sentence }"), yet the piloting is declared academic.
    .hint = Write what the academy can do itself: relay and explain the measure, inform the staff, experiment with its own means. If the action really is a demand addressed to the State, declare "level: national".
COV004 = the complementary action (categories: { $categories }) only states what exists ("{ $marker }"): it proposes nothing new.
    .hint = Write what will be done in addition for these staff, with an action verb, for example « des ateliers leur sont proposés chaque trimestre » or « organiser une réunion d'information annuelle ».

## seams: the plan's scope, outputs that cannot be written
PLAN001-other = other use of "{ $id }"
error-output-device = "{ $path }" is a storage device (a disk): canevas writes nothing onto it. Choose a file.
junit-failures = { $count } problems; the first: { $first }
error-summary-is-input = GITHUB_STEP_SUMMARY names "{ $path }", one of the files to check: canevas never writes a summary into a proposal.
error-output-link = "{ $path }" is a link to a file: canevas writes neither over it nor through it (the file it names could be any file). Remove the link or choose another name.
