//! What opening an older plan changed in it, said to the owner when it opens (`socialplan
//! check`, the window's status line), so that nothing changes in silence.

use super::audience::Customer;
use super::cadence::Cadence;
use super::language::Language;
use crate::format;

#[derive(Clone, Debug, PartialEq)]
pub enum Migration {
    /// Posts a week a calendar cannot show (2.5) became the nearest cadence it can (3 a week).
    Cadence { platform: String, from: f64, to: Cadence },
    /// Answers are promised within the same hours, counted in opening hours, with an away
    /// message for the rest: what the week of an older plan did.
    PromisesInOpeningHours,
    /// Who the customers are, from the products (sold to people or to businesses) and goals.
    Audience { customers: Vec<Customer> },
}

impl Migration {
    pub fn words(&self, lang: Language) -> String {
        let text = match self {
            Migration::Cadence { platform, from, to } => lang.pick(
                format!(
                    "{platform} : {} publication(s) par semaine devient {}, qu'un calendrier peut montrer",
                    format::number(*from, 2, lang),
                    format::cadence(*to, lang)
                ),
                format!(
                    "{platform}: {} posts a week becomes {}, which a calendar can show",
                    format::number(*from, 2, lang),
                    format::cadence(*to, lang)
                ),
            ),
            Migration::PromisesInOpeningHours => lang
                .pick(
                    "les délais de réponse se comptent en heures d'ouverture, avec un message d'absence pour le reste du temps : c'est ce que faisait la semaine de ce plan",
                    "answer times are counted in opening hours, with an away message for the rest of the time: that is what this plan's week did",
                )
                .to_owned(),
            Migration::Audience { customers } => {
                let names: Vec<&str> = customers.iter().map(|c| c.label(lang)).collect();
                lang.pick(
                    format!("votre public, d'après vos produits et objectifs : {}", names.join(", ")),
                    format!("your audience, from your products and goals: {}", names.join(", ")),
                )
            }
        };
        format::typography(&text, lang)
    }
}
