//! The codes found by a stage of the pipeline (reading, YAML, schema,
//! suppression comments) rather than by a rule: declared here so that the
//! registry, `explain` and `rules` treat them like every other code.

use crate::declare_rule;

declare_rule! {
    FILE001 = File001 "FILE001" "file-unreadable",
    family: Files, severity: Error, check: Stage,
}

declare_rule! {
    YAML001 = Yaml001 "YAML001" "yaml-syntax-error",
    family: Yaml, severity: Error, check: Stage,
}

declare_rule! {
    YAML002 = Yaml002 "YAML002" "duplicate-key",
    family: Yaml, severity: Error, check: Stage,
}

declare_rule! {
    YAML003 = Yaml003 "YAML003" "not-one-mapping",
    family: Yaml, severity: Error, check: Stage,
}

declare_rule! {
    YAML004 = Yaml004 "YAML004" "resource-limit",
    family: Yaml, severity: Error, check: Stage,
}

declare_rule! {
    SCHEMA001 = Schema001 "SCHEMA001" "schema-violation",
    family: Structure, severity: Error, check: Stage,
}

declare_rule! {
    SUP001 = Sup001 "SUP001" "allow-without-reason",
    family: Suppressions, severity: Warning, check: Stage,
}

declare_rule! {
    SUP002 = Sup002 "SUP002" "allow-unusable",
    family: Suppressions, severity: Warning, check: Stage,
}

declare_rule! {
    SUP003 = Sup003 "SUP003" "allow-unused",
    family: Suppressions, severity: Info, check: Stage,
}
