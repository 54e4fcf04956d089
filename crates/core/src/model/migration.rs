//! What opening an older plan changed in it, said to the owner when it opens (`socialplan
//! check`, the window's status line), so that nothing changes in silence.

use super::audience::Customer;
use super::cadence::Cadence;
use super::language::Language;
use crate::format;
use crate::locale::Sentence as S;

#[derive(Clone, Debug, PartialEq)]
pub enum Migration {
    /// Posts a week a calendar cannot show (2.5) became the nearest cadence it can (3 a week).
    Cadence { platform: String, from: f64, to: Cadence },
    /// Answers are promised within the same hours, counted in opening hours, with an away
    /// message for the rest: what the week of an older plan did.
    PromisesInOpeningHours,
    /// Who the customers are, from the products (sold to people or to businesses) and goals.
    Audience { customers: Vec<Customer> },
    /// Format 4: the plan has no post ideas of its own yet; the starter ideas of its kind of
    /// business stand in (docs/method.md, "What to post").
    StarterIdeas,
    /// Format 5: the plan has no country (whose holidays the year shows) nor seasons yet.
    NoCountry,
    /// Format 5: no review routine nor ambassadors yet; the week is as it was (docs/method.md,
    /// "Reviews and ambassadors").
    NoVoicesYet,
}

impl Migration {
    pub fn words(&self, lang: Language) -> String {
        let text = match self {
            Migration::Cadence { platform, from, to } => lang.say(
                S::MigratedCadence,
                &[
                    ("platform", platform),
                    ("posts", &format::number(*from, 2, lang)),
                    ("cadence", &to.words(lang)),
                ],
            ),
            Migration::PromisesInOpeningHours => lang.word(S::MigratedPromisesInOpeningHours).to_owned(),
            Migration::StarterIdeas => lang.word(S::MigratedStarterIdeas).to_owned(),
            Migration::NoCountry => lang.word(S::MigratedNoCountry).to_owned(),
            Migration::NoVoicesYet => lang.word(S::MigratedNoVoicesYet).to_owned(),
            Migration::Audience { customers } => {
                let names: Vec<&str> = customers.iter().map(|c| c.label(lang)).collect();
                lang.say(S::MigratedAudience, &[("customers", &names.join(", "))])
            }
        };
        format::typography(&text, lang)
    }
}
