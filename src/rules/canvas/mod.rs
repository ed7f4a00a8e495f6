//! Rules on the canvas itself: problem, solution, calendar, evaluation, placeholders.

pub(crate) mod can001_problem_too_short;
pub(crate) mod can002_solution_too_short;
pub(crate) mod can003_calendar_reversed;
pub(crate) mod can004_step_outside_calendar;
pub(crate) mod can005_no_target;
pub(crate) mod can006_placeholder_left;
pub(crate) mod can007_steps_out_of_order;

/// The words a problem statement and a solution need at least (`CAN001`,
/// `CAN002`; the interactive mode asks for as many).
pub(crate) const MIN_WORDS: usize = 15;

/// Whether a text of `count` words is too short for `CAN001`/`CAN002`.
pub(crate) fn too_few_words(count: usize) -> bool {
    count < MIN_WORDS
}
