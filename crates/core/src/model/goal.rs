//! What the owner wants from social networks: the goals a plan lists and the catalogue scores
//! each platform on. Its own file, so that the plan and the catalogue both read it without
//! reading each other.

use serde::{Deserialize, Serialize};

use super::language::Language;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Goal {
    /// Being known: reputation spread by people who pass the word on.
    Notoriety,
    Sales,
    CustomerService,
    Recruiting,
}

impl Goal {
    pub const ALL: [Goal; 4] = [Goal::Notoriety, Goal::Sales, Goal::CustomerService, Goal::Recruiting];

    pub fn label(self, language: Language) -> &'static str {
        match self {
            Goal::Notoriety => language.pick("Notoriété", "Awareness"),
            Goal::Sales => language.pick("Ventes", "Sales"),
            Goal::CustomerService => language.pick("Service client", "Customer service"),
            Goal::Recruiting => language.pick("Recrutement", "Recruiting"),
        }
    }
}
